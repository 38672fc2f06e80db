// The welcome page, opened once on install (src/messaging/welcome.ts), in the reader's language and colours.
import { render } from 'preact';
import '@/src/welcome/welcome.css';
import { t } from '@/src/i18n/t';
import { applyLanguageToDocument } from '@/src/i18n/ui-language';
import { applyPageTheme } from '@/src/options/page-theme';
import { loadSettings } from '@/src/settings/settings-store';
import { WelcomeApp } from '@/src/welcome/WelcomeApp';

void loadSettings().then(({ settings }) => {
  applyLanguageToDocument(settings.language);
  applyPageTheme(settings.theme);
  document.title = t('welcomeTitle');
  const root = document.getElementById('app');
  if (root) render(<WelcomeApp />, root);
});
