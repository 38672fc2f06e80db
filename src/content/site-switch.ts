// What a settings change means for the engine on this page: start, stop, repaint, or nothing.
import { siteOf } from '../settings/settings-defaults';
import type { Settings } from '../settings/settings-schema';
import { siteAllowed } from '../settings/site-patterns';

export type SwitchAction = 'activate' | 'deactivate' | 'repaint' | 'none';

export const wantedOn = (settings: Settings, url: string): boolean => settings.enabled && siteAllowed(settings, siteOf(url));

/** The settings that change what is painted (or how) on a running page. */
const PAINT_KEYS = ['density', 'highlightStyle', 'kinds'] as const;

export function switchAction(previous: Settings, next: Settings, running: boolean, url: string): SwitchAction {
  const wanted = wantedOn(next, url);
  if (wanted && !running) return 'activate';
  if (!wanted && running) return 'deactivate';
  if (running && PAINT_KEYS.some((key) => JSON.stringify(previous[key]) !== JSON.stringify(next[key]))) return 'repaint';
  return 'none';
}
