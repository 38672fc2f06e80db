// One choice among a setting's values, as radio buttons in a fieldset: arrow keys move within it, Tab leaves.
import { useId } from 'preact/hooks';
import { type MessageKey, t } from '../i18n/t';

export interface ChoiceGroupProps<T extends string> {
  /** The setting's name, also the radios' `name`. */
  name: string;
  legend: string;
  choices: readonly T[];
  labels: Record<T, MessageKey>;
  value: T;
  help?: string | undefined;
  /** A choice named in its own language (a language's name) carries that language's tag. */
  langs?: Partial<Record<T, string>>;
  onChange: (value: T) => void;
}

export function ChoiceGroup<T extends string>({ name, legend, choices, labels, value, help, langs, onChange }: ChoiceGroupProps<T>) {
  const helpId = useId();
  return (
    <fieldset class="gtc-fieldset" aria-describedby={help ? helpId : undefined}>
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice} class="gtc-choice">
          <input type="radio" name={name} value={choice} checked={value === choice} onChange={() => onChange(choice)} />
          <span lang={langs?.[choice]}>{t(labels[choice])}</span>
        </label>
      ))}
      {help && (
        <p class="gtc-help" id={helpId}>
          {help}
        </p>
      )}
    </fieldset>
  );
}
