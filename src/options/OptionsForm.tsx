import { t } from '../i18n/t';
import { DENSITIES, type Density, type Settings } from '../settings/settings-schema';

const DENSITY_LABELS = { first: 'optionsDensityFirst', every: 'optionsDensityEvery', none: 'optionsDensityNone' } as const;

const parseSites = (text: string) =>
  [
    ...new Set(
      text
        .split(/[\s,]+/)
        .map((s) => s.trim().toLowerCase())
        .filter(Boolean),
    ),
  ].filter((s) => s.length <= 253);

export function OptionsForm({ settings, onChange }: { settings: Settings; onChange: (patch: Partial<Settings>) => void }) {
  return (
    <form class="gtc-form" onSubmit={(e) => e.preventDefault()}>
      <label class="gtc-toggle">
        <input type="checkbox" name="enabled" checked={settings.enabled} onChange={(e) => onChange({ enabled: e.currentTarget.checked })} />
        <span>{t('optionsEnabled')}</span>
      </label>
      <p class="gtc-help">{t('optionsEnabledHelp')}</p>

      <label class="gtc-toggle">
        <input type="checkbox" name="badge" checked={settings.badge} onChange={(e) => onChange({ badge: e.currentTarget.checked })} />
        <span>{t('optionsBadge')}</span>
      </label>

      <fieldset class="gtc-fieldset">
        <legend>{t('optionsDensity')}</legend>
        {DENSITIES.map((density: Density) => (
          <label key={density} class="gtc-choice">
            <input
              type="radio"
              name="density"
              value={density}
              checked={settings.density === density}
              onChange={() => onChange({ density })}
            />
            <span>{t(DENSITY_LABELS[density])}</span>
          </label>
        ))}
      </fieldset>

      <label class="gtc-field">
        <span>{t('optionsHoverDelay')}</span>
        <input
          type="number"
          name="hoverDelayMs"
          min={0}
          max={3000}
          step={50}
          value={settings.hoverDelayMs}
          onChange={(e) => {
            const value = Math.round(Number(e.currentTarget.value));
            if (Number.isFinite(value) && value >= 0 && value <= 3000) onChange({ hoverDelayMs: value });
          }}
        />
      </label>

      <label class="gtc-field">
        <span>{t('optionsDisabledSites')}</span>
        <textarea
          name="pausedSites"
          rows={4}
          placeholder="news.example.org"
          value={settings.pausedSites.join('\n')}
          onChange={(e) => onChange({ pausedSites: parseSites(e.currentTarget.value) })}
        />
      </label>
      <p class="gtc-help">{t('optionsDisabledSitesHelp')}</p>
    </form>
  );
}
