// A text field for a partial date (YYYY, YYYY-MM or YYYY-MM-DD) that only passes on valid values.
import { useState } from 'react';
import { isPartialDate } from '@kgx/contract';

export interface DateInputProps {
  label: string;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  testId: string;
}

/** What was typed, and the value it was typed over: once the value changes from elsewhere, the value shows instead. */
interface Draft {
  text: string;
  over: string | undefined;
}

export function DateInput({ label, value, onChange, testId }: DateInputProps) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const text = draft !== null && draft.over === value ? draft.text : (value ?? '');
  const invalid = text.trim() !== '' && !isPartialDate(text.trim());
  return (
    <label className="field">
      <span className="field-label">{label}</span>
      <input
        className={`input${invalid ? ' is-invalid' : ''}`}
        type="text"
        inputMode="numeric"
        placeholder="YYYY[-MM[-DD]]"
        value={text}
        aria-invalid={invalid}
        data-testid={testId}
        onChange={(e) => {
          const next = e.target.value;
          const trimmed = next.trim();
          if (trimmed === '') {
            setDraft({ text: next, over: undefined });
            onChange(undefined);
          } else if (isPartialDate(trimmed)) {
            setDraft({ text: next, over: trimmed });
            onChange(trimmed);
          } else {
            setDraft({ text: next, over: value });
          }
        }}
      />
      {invalid ? <span className="field-error">Use 2023, 2023-09 or 2023-09-19</span> : null}
    </label>
  );
}
