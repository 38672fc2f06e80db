// The welcome page: what the extension does, how to use it, that nothing leaves the browser, and the options.
import { browser } from 'wxt/browser';
import { t } from '../i18n/t';

/** A shortcut inside a sentence: shown as keys, always left to right. */
const keys = (combo: string) => (
  <kbd dir="ltr" lang="en">
    {combo}
  </kbd>
);

/** A message with one placeholder, the shortcut, put in place as an element. */
function WithShortcut({ message, combo }: { message: (marker: string) => string; combo: string }) {
  const marker = '\u2063';
  const [before = '', after = ''] = message(marker).split(marker);
  return (
    <>
      {before}
      {keys(combo)}
      {after}
    </>
  );
}

export function WelcomeApp() {
  return (
    <main class="gtc-welcome">
      <h1>{t('welcomeTitle')}</h1>
      <p class="gtc-lead">{t('welcomeIntro')}</p>
      <section aria-labelledby="gtc-how-heading">
        <h2 id="gtc-how-heading">{t('welcomeHowTo')}</h2>
        <ul>
          <li>{t('welcomeHover')}</li>
          <li>
            <WithShortcut message={(m) => t('welcomePopup', m)} combo="Alt+Shift+L" />
          </li>
          <li>
            <WithShortcut message={(m) => t('welcomeBrowse', m)} combo="Alt+Shift+G" />
          </li>
          <li>{t('welcomeLookUp')}</li>
        </ul>
        <p class="gtc-note">{t('welcomeShortcuts')}</p>
      </section>
      <section aria-labelledby="gtc-privacy-heading">
        <h2 id="gtc-privacy-heading">{t('welcomePrivacyTitle')}</h2>
        <p>{t('welcomePrivacy')}</p>
      </section>
      <div class="gtc-options-link">
        <p>{t('welcomeOptionsHelp')}</p>
        <p>
          <a href={browser.runtime.getURL('/options.html')}>{t('welcomeOptions')}</a>
        </p>
      </div>
    </main>
  );
}
