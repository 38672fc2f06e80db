// Language: the browser's, or English or Arabic whatever the browser says. Each language is named in itself.
import { t } from '../i18n/t';
import { LANGUAGES } from '../settings/settings-defaults';
import type { Settings } from '../settings/settings-schema';
import { ChoiceGroup } from './ChoiceGroup';
import { Section } from './Section';

const LANGUAGE_LABELS = { auto: 'optionsLanguageAuto', en: 'optionsLanguageEnglish', ar: 'optionsLanguageArabic' } as const;

export function LanguageSection({ settings, save }: { settings: Settings; save: (patch: Partial<Settings>) => void }) {
  return (
    <Section id="language" title={t('optionsLanguage')}>
      <ChoiceGroup
        name="language"
        legend={t('optionsLanguageChoice')}
        choices={LANGUAGES}
        labels={LANGUAGE_LABELS}
        langs={{ en: 'en', ar: 'ar' }}
        value={settings.language}
        help={t('optionsLanguageHelp')}
        onChange={(language) => save({ language })}
      />
    </Section>
  );
}
