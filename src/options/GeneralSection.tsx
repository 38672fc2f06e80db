// General: on/off, how a card opens (with the delay and the key shown where they apply), which mentions are
// marked and how, the kinds, figure comparison, the badge and when a card says it may be out of date.
import { kindLabel } from '../card/KindLabel';
import { KINDS, type Kind } from '../dataset/kinds';
import { t } from '../i18n/t';
import { DENSITIES, HIGHLIGHT_STYLES, HOVER_DELAY_RANGE, MODIFIER_KEYS, STALE_DAYS_RANGE, TRIGGERS } from '../settings/settings-defaults';
import type { Settings } from '../settings/settings-schema';
import { ChoiceGroup } from './ChoiceGroup';
import { NumberField } from './NumberField';
import { Section } from './Section';
import { Toggle } from './Toggle';

type Save = (patch: Partial<Settings>) => void;

const TRIGGER_LABELS = { hover: 'optionsTriggerHover', modifier: 'optionsTriggerModifier', click: 'optionsTriggerClick' } as const;
const MODIFIER_LABELS = { Alt: 'optionsModifierAlt', Shift: 'optionsModifierShift', Control: 'optionsModifierControl' } as const;
const DENSITY_LABELS = { first: 'optionsDensityFirst', every: 'optionsDensityEvery', none: 'optionsDensityNone' } as const;
const STYLE_LABELS = { underline: 'optionsHighlightUnderline', background: 'optionsHighlightBackground' } as const;

function KindChoices({ kinds, save }: { kinds: readonly Kind[]; save: Save }) {
  // Kept in the dataset's order whatever order they are ticked in.
  const toggle = (kind: Kind, on: boolean) => save({ kinds: KINDS.filter((k) => (k === kind ? on : kinds.includes(k))) });
  return (
    <fieldset class="gtc-fieldset" aria-describedby="gtc-kinds-help">
      <legend>{t('optionsKinds')}</legend>
      <div class="gtc-kinds">
        {KINDS.map((kind) => (
          <label key={kind} class="gtc-choice">
            <input
              type="checkbox"
              name="kinds"
              value={kind}
              checked={kinds.includes(kind)}
              onChange={(e) => toggle(kind, e.currentTarget.checked)}
            />
            <span>{kindLabel(kind)}</span>
          </label>
        ))}
      </div>
      <p class="gtc-help" id="gtc-kinds-help">
        {t('optionsKindsHelp')}
      </p>
    </fieldset>
  );
}

export function GeneralSection({ settings, save }: { settings: Settings; save: Save }) {
  return (
    <Section id="general" title={t('optionsGeneral')}>
      <Toggle
        name="enabled"
        label={t('optionsEnabled')}
        help={t('optionsEnabledHelp')}
        checked={settings.enabled}
        onChange={(enabled) => save({ enabled })}
      />
      <ChoiceGroup
        name="trigger"
        legend={t('optionsTrigger')}
        choices={TRIGGERS}
        labels={TRIGGER_LABELS}
        value={settings.trigger}
        onChange={(trigger) => save({ trigger })}
      />
      {settings.trigger !== 'click' && (
        <NumberField
          name="hoverDelayMs"
          label={t('optionsHoverDelay')}
          value={settings.hoverDelayMs}
          range={HOVER_DELAY_RANGE}
          onChange={(hoverDelayMs) => save({ hoverDelayMs })}
        />
      )}
      {settings.trigger === 'modifier' && (
        <ChoiceGroup
          name="modifierKey"
          legend={t('optionsModifierKey')}
          choices={MODIFIER_KEYS}
          labels={MODIFIER_LABELS}
          value={settings.modifierKey}
          onChange={(modifierKey) => save({ modifierKey })}
        />
      )}
      <ChoiceGroup
        name="density"
        legend={t('optionsDensity')}
        choices={DENSITIES}
        labels={DENSITY_LABELS}
        value={settings.density}
        onChange={(density) => save({ density })}
      />
      <ChoiceGroup
        name="highlightStyle"
        legend={t('optionsHighlightStyle')}
        help={t('optionsHighlightStyleHelp')}
        choices={HIGHLIGHT_STYLES}
        labels={STYLE_LABELS}
        value={settings.highlightStyle}
        onChange={(highlightStyle) => save({ highlightStyle })}
      />
      <KindChoices kinds={settings.kinds} save={save} />
      <Toggle
        name="figureComparison"
        label={t('optionsFigureComparison')}
        checked={settings.figureComparison}
        onChange={(figureComparison) => save({ figureComparison })}
      />
      <Toggle name="badge" label={t('optionsBadge')} checked={settings.badge} onChange={(badge) => save({ badge })} />
      <NumberField
        name="staleAfterDays"
        label={t('optionsStaleDays')}
        value={settings.staleAfterDays}
        range={STALE_DAYS_RANGE}
        onChange={(staleAfterDays) => save({ staleAfterDays })}
      />
    </Section>
  );
}
