// A labelled checkbox for an on/off setting, with its help text tied to it for screen readers.
import { useId } from 'preact/hooks';

export interface ToggleProps {
  name: string;
  label: string;
  checked: boolean;
  help?: string | undefined;
  onChange: (checked: boolean) => void;
}

export function Toggle({ name, label, checked, help, onChange }: ToggleProps) {
  const helpId = useId();
  return (
    <div class="gtc-control">
      <label class="gtc-toggle">
        <input
          type="checkbox"
          name={name}
          checked={checked}
          aria-describedby={help ? helpId : undefined}
          onChange={(e) => onChange(e.currentTarget.checked)}
        />
        <span>{label}</span>
      </label>
      {help && (
        <p class="gtc-help" id={helpId}>
          {help}
        </p>
      )}
    </div>
  );
}
