// Appearance: the cards' (and this page's) colours, and the cards' text size.
import { t } from '../i18n/t';
import { TEXT_SIZES, THEMES } from '../settings/settings-defaults';
import type { Settings } from '../settings/settings-schema';
import { ChoiceGroup } from './ChoiceGroup';
import { Section } from './Section';

const THEME_LABELS = { auto: 'optionsThemeAuto', light: 'optionsThemeLight', dark: 'optionsThemeDark' } as const;
const SIZE_LABELS = { small: 'optionsTextSmall', medium: 'optionsTextMedium', large: 'optionsTextLarge' } as const;

export function AppearanceSection({ settings, save }: { settings: Settings; save: (patch: Partial<Settings>) => void }) {
  return (
    <Section id="appearance" title={t('optionsAppearance')}>
      <ChoiceGroup
        name="theme"
        legend={t('optionsTheme')}
        choices={THEMES}
        labels={THEME_LABELS}
        value={settings.theme}
        onChange={(theme) => save({ theme })}
      />
      <ChoiceGroup
        name="textSize"
        legend={t('optionsTextSize')}
        choices={TEXT_SIZES}
        labels={SIZE_LABELS}
        value={settings.textSize}
        onChange={(textSize) => save({ textSize })}
      />
    </Section>
  );
}
