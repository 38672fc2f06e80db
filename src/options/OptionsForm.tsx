import { t } from '../i18n/t';
import type { Settings } from '../settings/settings-schema';

export function OptionsForm({ settings, onChange }: { settings: Settings; onChange: (patch: Partial<Settings>) => void }) {
  return (
    <form class="gtc-form" onSubmit={(e) => e.preventDefault()}>
      <label class="gtc-toggle">
        <input type="checkbox" name="enabled" checked={settings.enabled} onChange={(e) => onChange({ enabled: e.currentTarget.checked })} />
        <span>{t('optionsEnabled')}</span>
      </label>
      <p class="gtc-help">{t('optionsEnabledHelp')}</p>
    </form>
  );
}
