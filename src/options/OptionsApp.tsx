// The options page: a stateful shell over one section per concern, saved on change (the background sends
// every change to open tabs). The UI language and the page's colours follow the settings as they change.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n/t';
import { applyLanguageToDocument } from '../i18n/ui-language';
import type { Settings } from '../settings/settings-schema';
import { loadSettings, repairItem, resetSettings, type SettingsRepair, saveSettings, watchSettings } from '../settings/settings-store';
import { AboutSection } from './AboutSection';
import { AppearanceSection } from './AppearanceSection';
import { BackupSection } from './BackupSection';
import { DataSection } from './DataSection';
import { GeneralSection } from './GeneralSection';
import { LanguageSection } from './LanguageSection';
import { applyPageTheme } from './page-theme';
import { RepairNotice } from './RepairNotice';
import { SitesSection } from './SitesSection';

/** Before a render: t() must already speak the new language when the components read it. */
function adopt(settings: Settings): void {
  applyLanguageToDocument(settings.language);
  applyPageTheme(settings.theme);
  document.title = t('optionsTitle');
}

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [repair, setRepair] = useState<SettingsRepair | null>(null);
  const [status, setStatus] = useState('');
  // One save at a time: each reads the stored settings and writes them back whole.
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    void loadSettings().then(({ settings: loaded }) => {
      adopt(loaded);
      setSettings(loaded);
    });
    void repairItem.getValue().then(setRepair);
    // The popup's "pause on this site" (or another options tab) changes settings too: show them as stored.
    return watchSettings((next) => {
      adopt(next);
      setSettings(next);
    });
  }, []);

  const announce = (message: string) => {
    // Emptied first so a repeated "Saved" is announced again.
    setStatus('');
    requestAnimationFrame(() => setStatus(message));
  };

  const apply = (write: () => Promise<Settings>, message: () => string): Promise<void> => {
    const done = queue.current.then(write).then(
      (next) => {
        adopt(next);
        setSettings(next);
        announce(message());
      },
      (error: unknown) => announce(t('optionsSaveFailed', String(error))),
    );
    queue.current = done;
    return done;
  };
  const save = (patch: Partial<Settings>, message = () => t('optionsSaved')) => apply(() => saveSettings(patch), message);
  const reset = () => apply(resetSettings, () => t('optionsResetDone'));

  return (
    <main class="gtc-options">
      <h1>{t('optionsTitle')}</h1>
      {repair && (
        <RepairNotice
          repair={repair}
          onDismiss={() => {
            setRepair(null);
            void repairItem.setValue(null);
          }}
        />
      )}
      <p class="gtc-intro">{t('optionsIntro')}</p>
      {settings && (
        <>
          <GeneralSection settings={settings} save={(patch) => void save(patch)} />
          <SitesSection settings={settings} save={(patch) => void save(patch)} />
          <AppearanceSection settings={settings} save={(patch) => void save(patch)} />
          <LanguageSection settings={settings} save={(patch) => void save(patch)} />
          <DataSection />
          <BackupSection settings={settings} save={save} reset={reset} />
        </>
      )}
      <AboutSection />
      <p class="gtc-status" role="status">
        {status}
      </p>
    </main>
  );
}
