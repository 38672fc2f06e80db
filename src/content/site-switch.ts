// What a settings change means for the engine on this page: start, stop, repaint, or nothing.
import { siteOf } from '../settings/settings-defaults';
import type { Settings } from '../settings/settings-schema';

export type SwitchAction = 'activate' | 'deactivate' | 'repaint' | 'none';

export const wantedOn = (settings: Settings, url: string): boolean => settings.enabled && !settings.disabledSites.includes(siteOf(url));

export function switchAction(previous: Settings, next: Settings, running: boolean, url: string): SwitchAction {
  const wanted = wantedOn(next, url);
  if (wanted && !running) return 'activate';
  if (!wanted && running) return 'deactivate';
  if (running && previous.density !== next.density) return 'repaint';
  return 'none';
}
