// Settings backup: export to a JSON file, import one (what cannot be used is listed), and reset to the
// defaults after a confirm step in the page (window.confirm is blocked in some extension pages and not styled).
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { t } from '../i18n/t';
import type { Settings } from '../settings/settings-schema';
import { downloadJson } from './download-json';
import { Section } from './Section';
import { readSettingsFile, SETTINGS_FILE_NAME } from './settings-import';

export interface BackupSectionProps {
  settings: Settings;
  /** Saves and then says `message` (read after the save: an import may change the page's language). */
  save: (patch: Partial<Settings>, message: () => string) => Promise<void>;
  reset: () => Promise<void>;
}

interface ImportReport {
  fileName: string;
  problems: string[];
}

function ResetControl({ reset }: Pick<BackupSectionProps, 'reset'>) {
  const [confirming, setConfirming] = useState(false);
  const resetButton = useRef<HTMLButtonElement>(null);
  const question = useRef<HTMLFieldSetElement>(null);
  const asked = useRef(false);
  // Focus goes to the question when it appears, and back to the button when it is answered.
  useEffect(() => {
    if (confirming) question.current?.focus();
    else if (asked.current) resetButton.current?.focus();
    asked.current = confirming;
  }, [confirming]);

  if (!confirming) {
    return (
      <button type="button" ref={resetButton} onClick={() => setConfirming(true)}>
        {t('optionsReset')}
      </button>
    );
  }
  return (
    <fieldset class="gtc-confirm" tabIndex={-1} ref={question} onKeyDown={(e) => e.key === 'Escape' && setConfirming(false)}>
      <legend>{t('optionsResetConfirm')}</legend>
      <div class="gtc-buttons">
        <button type="button" class="gtc-danger" onClick={() => void reset().then(() => setConfirming(false))}>
          {t('optionsResetYes')}
        </button>
        <button type="button" onClick={() => setConfirming(false)}>
          {t('optionsResetCancel')}
        </button>
      </div>
    </fieldset>
  );
}

export function BackupSection({ settings, save, reset }: BackupSectionProps) {
  const [report, setReport] = useState<ImportReport | undefined>();
  const [unreadable, setUnreadable] = useState<string | undefined>();
  const helpId = useId();

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    // Choosing the same file again must import it again.
    input.value = '';
    const read = readSettingsFile(await file.text());
    if (!read) {
      setReport(undefined);
      setUnreadable(t('optionsImportNotSettings', file.name));
      return;
    }
    setUnreadable(undefined);
    setReport({ fileName: file.name, problems: read.problems });
    await save(read.patch, () => t('optionsImported', file.name));
  };

  return (
    <Section id="backup" title={t('optionsBackup')}>
      <div class="gtc-buttons">
        <button type="button" onClick={() => downloadJson(settings, SETTINGS_FILE_NAME)}>
          {t('optionsExport')}
        </button>
      </div>
      <div class="gtc-control">
        <label class="gtc-field">
          <span>{t('optionsImport')}</span>
          <input
            type="file"
            name="importSettings"
            accept="application/json,.json"
            aria-describedby={helpId}
            onChange={(e) => void importFile(e.currentTarget)}
          />
        </label>
        <p class="gtc-help" id={helpId}>
          {t('optionsImportHelp')}
        </p>
        <div class="gtc-error" role="alert">
          {unreadable && <p>{unreadable}</p>}
          {report && report.problems.length > 0 && (
            <>
              <p>{t('optionsImportProblems', report.fileName)}</p>
              <ul>
                {report.problems.map((problem) => (
                  <li key={problem} dir="auto">
                    {problem}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      </div>
      <ResetControl reset={reset} />
    </Section>
  );
}
