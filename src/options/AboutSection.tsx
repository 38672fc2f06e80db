// About and privacy: what the extension reads, that nothing leaves the browser, and where facts come from.
import { browser } from 'wxt/browser';
import { t } from '../i18n/t';
import { Section } from './Section';

export function AboutSection() {
  return (
    <Section id="about" title={t('optionsAbout')}>
      <p>{t('optionsAboutReads')}</p>
      <p>{t('optionsAboutNothingSent')}</p>
      <p>{t('optionsAboutSources')}</p>
      <p>
        <a href={browser.runtime.getURL('/welcome.html')}>{t('optionsAboutWelcome')}</a>
      </p>
    </Section>
  );
}
