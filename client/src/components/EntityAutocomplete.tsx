// A combobox that suggests entities as you type: arrows move, Enter picks, Escape closes.
import { useId, useState, type KeyboardEvent, type Ref } from 'react';
import type { EntityType, SearchResult } from '@kgx/contract';
import { entityStyle } from '../graph-view/entity-style.ts';
import { TypeGlyph } from './TypeGlyph.tsx';
import { useEntitySuggestions } from './use-entity-suggestions.ts';

export interface EntityAutocompleteProps {
  label: string;
  placeholder: string;
  onPick: (result: SearchResult) => void;
  types?: readonly EntityType[];
  inputTestId: string;
  optionTestId: string;
  listTestId: string;
  inputId?: string;
  inputRef?: Ref<HTMLInputElement>;
  /** Keep the typed text after a pick (a search box) or clear it (a field that shows the pick elsewhere). */
  clearOnPick?: boolean;
  autoFocus?: boolean;
  className?: string;
}

export function EntityAutocomplete(props: EntityAutocompleteProps) {
  const { label, placeholder, onPick, types, inputTestId, optionTestId, listTestId, inputRef, clearOnPick = true } = props;
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const suggestions = useEntitySuggestions(text, types);
  const listId = useId();
  const generatedId = useId();
  const inputId = props.inputId ?? generatedId;
  const results = suggestions.results;
  const showList = open && text.trim() !== '';

  function pick(result: SearchResult | undefined) {
    if (!result) return;
    onPick(result);
    setOpen(false);
    setActive(0);
    setText(clearOnPick ? '' : result.name);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (results.length === 0 ? 0 : (i + 1) % results.length));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => (results.length === 0 ? 0 : (i - 1 + results.length) % results.length));
    } else if (event.key === 'Enter') {
      if (showList && results.length > 0) {
        event.preventDefault();
        pick(results[Math.min(active, results.length - 1)]);
      }
    } else if (event.key === 'Escape') {
      if (showList) {
        event.stopPropagation();
        setOpen(false);
      } else if (text !== '') {
        event.stopPropagation();
        setText('');
      } else {
        event.currentTarget.blur();
      }
    }
  }

  const activeId = showList && results[active] ? `${listId}-${active}` : undefined;

  return (
    <div className={`autocomplete ${props.className ?? ''}`}>
      <label className="visually-hidden" htmlFor={inputId}>
        {label}
      </label>
      <input
        id={inputId}
        ref={inputRef}
        className="autocomplete-input"
        type="search"
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeId}
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        value={text}
        data-testid={inputTestId}
        data-status={suggestions.status}
        autoFocus={props.autoFocus}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {showList ? (
        <ul
          id={listId}
          className="autocomplete-list"
          role="listbox"
          aria-label={`${label} suggestions`}
          data-testid={listTestId}
          data-status={suggestions.status}
        >
          {results.map((result, index) => (
            <li
              key={result.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className={`autocomplete-option${index === active ? ' is-active' : ''}`}
              data-testid={optionTestId}
              data-entity-id={result.id}
              data-entity-type={result.type}
              onMouseDown={(event) => event.preventDefault()}
              onMouseEnter={() => setActive(index)}
              onClick={() => pick(result)}
            >
              <TypeGlyph type={result.type} size={18} />
              <span className="option-text">
                <span className="option-name">{result.name}</span>
                <span className="option-meta" style={{ color: entityStyle(result.type).ink }}>
                  {result.type}
                  {result.matched && result.matched !== result.name ? <span className="option-matched"> · “{result.matched}”</span> : null}
                </span>
                {result.description ? <span className="option-description">{result.description}</span> : null}
              </span>
            </li>
          ))}
          {suggestions.status === 'loading' && results.length === 0 ? <li className="autocomplete-empty">Searching…</li> : null}
          {suggestions.status === 'done' && results.length === 0 ? (
            <li className="autocomplete-empty" data-testid={`${listTestId}-empty`}>
              No entity matches “{text.trim()}”
            </li>
          ) : null}
          {suggestions.status === 'error' ? <li className="autocomplete-empty is-error">Search failed: {suggestions.error}</li> : null}
        </ul>
      ) : null}
    </div>
  );
}
