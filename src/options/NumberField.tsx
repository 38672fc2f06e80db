// A whole number within a range, saved when the field is left (or Enter): an out-of-range or empty value is
// said next to the field and not saved, and the stored value stays in force.
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { t } from '../i18n/t';

export interface NumberFieldProps {
  name: string;
  label: string;
  value: number;
  range: { readonly min: number; readonly max: number };
  step?: number;
  onChange: (value: number) => void;
}

export function NumberField({ name, label, value, range, step = 1, onChange }: NumberFieldProps) {
  const [draft, setDraft] = useState(String(value));
  const [invalid, setInvalid] = useState(false);
  const errorId = useId();
  const saving = useRef<number | undefined>(undefined);
  const previous = useRef(value);
  // A reset or an import changes the stored value under the field; our own save coming back must not undo
  // what the reader typed since.
  useEffect(() => {
    if (value === previous.current) return;
    previous.current = value;
    if (value === saving.current) {
      saving.current = undefined;
      return;
    }
    setDraft(String(value));
    setInvalid(false);
  }, [value]);

  const commit = (text: string) => {
    const number = Number(text);
    const ok = text.trim() !== '' && Number.isInteger(number) && number >= range.min && number <= range.max;
    setDraft(text);
    setInvalid(!ok);
    if (ok && number !== value) {
      saving.current = number;
      onChange(number);
    }
  };

  return (
    <div class="gtc-control">
      <label class="gtc-field">
        <span>{label}</span>
        <input
          type="number"
          name={name}
          min={range.min}
          max={range.max}
          step={step}
          value={draft}
          aria-invalid={invalid}
          aria-describedby={invalid ? errorId : undefined}
          onInput={(e) => setDraft(e.currentTarget.value)}
          onChange={(e) => commit(e.currentTarget.value)}
        />
      </label>
      <p class="gtc-error" id={errorId} role="alert">
        {invalid ? t('optionsNumberRange', [String(range.min), String(range.max)]) : ''}
      </p>
    </div>
  );
}
