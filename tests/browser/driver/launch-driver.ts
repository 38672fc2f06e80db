// Launches the browser this run tests (GTC_BROWSER) with the built extension.
import { launchChromium } from './chromium-driver';
import { browserName, type ExtensionDriver, type LaunchOptions } from './extension-driver';
import { launchFirefox } from './firefox-driver';

export function launchDriver(options: LaunchOptions = {}): Promise<ExtensionDriver> {
  return browserName() === 'firefox' ? launchFirefox(options) : launchChromium(options);
}
