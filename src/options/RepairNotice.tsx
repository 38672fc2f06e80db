// Shown at the top when the background found the stored settings corrupted and repaired them: when, what was
// wrong, the value it replaced (to download), and a way to dismiss the notice for good.
import { t } from '../i18n/t';
import { uiLocale } from '../i18n/ui-language';
import type { SettingsRepair } from '../settings/settings-store';
import { downloadJson } from './download-json';

export const PREVIOUS_FILE_NAME = 'gaza-talks-context-settings-before-repair.json';

function when(at: string): string {
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? at : date.toLocaleString(uiLocale(), { dateStyle: 'long', timeStyle: 'short' });
}

export function RepairNotice({ repair, onDismiss }: { repair: SettingsRepair; onDismiss: () => void }) {
  return (
    <div class="gtc-notice" role="alert" aria-labelledby="gtc-repair-heading">
      <h2 id="gtc-repair-heading">{t('optionsRepairTitle')}</h2>
      <p>{t('optionsRepairText', when(repair.at))}</p>
      {/* The store's own words: technical records, in English whatever the page's language. */}
      <ul lang="en" dir="ltr">
        {repair.problems.map((problem) => (
          <li key={problem}>
            <code>{problem}</code>
          </li>
        ))}
      </ul>
      <div class="gtc-buttons">
        <button type="button" onClick={() => downloadJson(repair.previous, PREVIOUS_FILE_NAME)}>
          {t('optionsRepairDownload')}
        </button>
        <button type="button" onClick={onDismiss}>
          {t('optionsRepairDismiss')}
        </button>
      </div>
    </div>
  );
}
