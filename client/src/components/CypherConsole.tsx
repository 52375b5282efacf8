// The read-only Cypher console: write or pick a query, run it with Ctrl/Cmd+Enter, see a table and put the graph on the canvas.
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import type { CypherResponse } from '@kgx/contract';
import { ApiError, describeError } from '../api/api-error.ts';
import { runCypher } from '../api/cypher.ts';
import { useExplorer } from '../state/explorer-context.ts';
import { CYPHER_EXAMPLES } from './cypher-examples.ts';
import { CypherResultsTable } from './CypherResultsTable.tsx';

type Outcome =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; response: CypherResponse; ms: number }
  | { status: 'error'; code: string; message: string };

function parseParams(text: string): Record<string, unknown> | string {
  if (text.trim() === '') return {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
      return 'Parameters must be a JSON object, e.g. {"id": "person:ruben-vardanyan"}';
    return parsed as Record<string, unknown>;
  } catch (error) {
    return `Parameters are not valid JSON: ${describeError(error)}`;
  }
}

export function CypherConsole() {
  const { commands } = useExplorer();
  const [query, setQuery] = useState(CYPHER_EXAMPLES[0]?.query ?? '');
  const [paramsText, setParamsText] = useState('');
  const [outcome, setOutcome] = useState<Outcome>({ status: 'idle' });

  async function run() {
    const params = parseParams(paramsText);
    if (typeof params === 'string') {
      setOutcome({ status: 'error', code: 'INVALID_PARAMS', message: params });
      return;
    }
    setOutcome({ status: 'running' });
    const started = performance.now();
    try {
      const response = await runCypher({ query, params });
      setOutcome({ status: 'done', response, ms: Math.round(performance.now() - started) });
    } catch (error) {
      setOutcome({ status: 'error', code: error instanceof ApiError ? error.code : 'ERROR', message: describeError(error) });
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void run();
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void run();
    }
  }

  return (
    <div className="panel-body cypher-console" data-testid="cypher-console">
      <p className="panel-intro">Read-only Cypher. Writes are refused. Run with Ctrl+Enter (⌘+Enter on a Mac).</p>
      <div className="field">
        <span className="field-label">Examples</span>
        <div className="example-list">
          {CYPHER_EXAMPLES.map((example) => (
            <button
              key={example.title}
              type="button"
              className="example-button"
              data-testid="cypher-example"
              onClick={() => {
                setQuery(example.query);
                setParamsText(example.params ? JSON.stringify(example.params, null, 1) : '');
              }}
            >
              {example.title}
            </button>
          ))}
        </div>
      </div>
      <form className="form" onSubmit={onSubmit}>
        <label className="field">
          <span className="field-label">Query</span>
          <textarea
            className="code-editor"
            rows={7}
            spellCheck={false}
            value={query}
            data-testid="cypher-editor"
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={onKeyDown}
          />
        </label>
        <label className="field">
          <span className="field-label">Parameters (JSON)</span>
          <textarea
            className="code-editor is-small"
            rows={2}
            spellCheck={false}
            placeholder='{"id": "person:ruben-vardanyan"}'
            value={paramsText}
            data-testid="cypher-params"
            onChange={(e) => setParamsText(e.target.value)}
            onKeyDown={onKeyDown}
          />
        </label>
        <div className="form-actions">
          <button
            type="submit"
            className="button is-primary"
            data-testid="cypher-run"
            disabled={outcome.status === 'running' || query.trim() === ''}
          >
            {outcome.status === 'running' ? 'Running…' : 'Run'}
          </button>
          <span className="muted small">Ctrl/⌘ + Enter</span>
        </div>
      </form>
      {outcome.status === 'error' ? (
        <div className="error-box" role="alert" data-testid="cypher-error" data-code={outcome.code}>
          <strong className="mono">{outcome.code}</strong> {outcome.message}
        </div>
      ) : null}
      {outcome.status === 'done' ? (
        <CypherResultsTable response={outcome.response} ms={outcome.ms} onPutOnCanvas={() => commands.addGraph(outcome.response.graph)} />
      ) : null}
    </div>
  );
}
