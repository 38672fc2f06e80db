// An extension page's colours follow the `theme` setting: page-theme.css reads `data-theme` on <html>
// (`auto` leaves it to prefers-color-scheme).
import type { Theme } from '../settings/settings-defaults';

export function applyPageTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  root.dataset.theme = theme;
}
