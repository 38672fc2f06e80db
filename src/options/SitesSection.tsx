// Sites: everywhere but the paused sites, or only on listed ones; both lists are one pattern a line.
import { t } from '../i18n/t';
import { SITE_MODES } from '../settings/settings-defaults';
import type { Settings } from '../settings/settings-schema';
import { ChoiceGroup } from './ChoiceGroup';
import { Section } from './Section';
import { SiteListField } from './SiteListField';

const MODE_LABELS = { all: 'optionsSiteModeAll', only: 'optionsSiteModeOnly' } as const;
const SYNTAX_HELP_ID = 'gtc-site-syntax';

export function SitesSection({ settings, save }: { settings: Settings; save: (patch: Partial<Settings>) => void }) {
  return (
    <Section id="sites" title={t('optionsSites')}>
      <ChoiceGroup
        name="siteMode"
        legend={t('optionsSiteMode')}
        choices={SITE_MODES}
        labels={MODE_LABELS}
        value={settings.siteMode}
        onChange={(siteMode) => save({ siteMode })}
      />
      <p class="gtc-help gtc-syntax" id={SYNTAX_HELP_ID}>
        {t('optionsSitePatternHelp')}
      </p>
      <SiteListField
        name="pausedSites"
        label={t('optionsDisabledSites')}
        help={t('optionsDisabledSitesHelp')}
        syntaxHelpId={SYNTAX_HELP_ID}
        sites={settings.pausedSites}
        onChange={(pausedSites) => save({ pausedSites })}
      />
      <SiteListField
        name="onlySites"
        label={t('optionsOnlySites')}
        help={t('optionsOnlySitesHelp')}
        syntaxHelpId={SYNTAX_HELP_ID}
        sites={settings.onlySites}
        onChange={(onlySites) => save({ onlySites })}
      />
    </Section>
  );
}
