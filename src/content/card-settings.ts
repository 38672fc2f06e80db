// The settings every card on the page is shown with. They change the card only: a change redraws a card
// that is open and never restarts the scan or the paint.
import type { CardSettings } from '../card/card-module';
import type { Settings } from '../settings/settings-schema';

const CARD_KEYS = ['staleAfterDays', 'theme', 'textSize', 'figureComparison', 'language'] as const satisfies readonly (keyof CardSettings &
  keyof Settings)[];

export function cardSettingsOf(settings: Settings): CardSettings {
  return {
    staleAfterDays: settings.staleAfterDays,
    theme: settings.theme,
    textSize: settings.textSize,
    figureComparison: settings.figureComparison,
    language: settings.language,
  };
}

export const cardSettingsChanged = (previous: Settings, next: Settings): boolean => CARD_KEYS.some((key) => previous[key] !== next[key]);
