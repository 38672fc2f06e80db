// The options page: a stateful shell around a pure form (the 10ten pattern), saved on change.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n/t';
import type { Settings } from '../settings/settings-schema';
import { loadSettings, saveSettings } from '../settings/settings-store';
import { OptionsForm } from './OptionsForm';

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [problems, setProblems] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void loadSettings().then((parsed) => {
      setSettings(parsed.settings);
      setProblems(parsed.problems);
    });
  }, []);

  const change = async (patch: Partial<Settings>) => {
    setSettings(await saveSettings(patch));
    setProblems([]);
    setSaved(true);
  };

  return (
    <main class="gtc-options">
      <h1>{t('optionsTitle')}</h1>
      {problems.length > 0 && (
        <div role="alert" class="gtc-problems">
          <p>{t('optionsProblems')}</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {settings && <OptionsForm settings={settings} onChange={(patch) => void change(patch)} />}
      <p class="gtc-saved" role="status">
        {saved ? t('optionsSaved') : ''}
      </p>
      <p class="gtc-privacy">{t('optionsPrivacy')}</p>
    </main>
  );
}
