// A text field for a partial date (YYYY, YYYY-MM or YYYY-MM-DD) that only passes on valid values.
import { useEffect, useState } from 'react';
import { isPartialDate } from '@kgx/contract';

export interface DateInputProps {
  label: string;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  testId: string;
}

export function DateInput({ label, value, onChange, testId }: DateInputProps) {
  const [text, setText] = useState(value ?? '');
  useEffect(() => setText(value ?? ''), [value]);
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
          setText(next);
          const trimmed = next.trim();
          if (trimmed === '') onChange(undefined);
          else if (isPartialDate(trimmed)) onChange(trimmed);
        }}
      />
      {invalid ? <span className="field-error">Use 2023, 2023-09 or 2023-09-19</span> : null}
    </label>
  );
}
