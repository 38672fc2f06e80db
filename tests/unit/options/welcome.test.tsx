// The welcome page: opened on first install only, and what it says (in the chosen language).
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import ar from '@/public/_locales/ar/messages.json';
import { applyLanguageToDocument, applyUiLanguage } from '@/src/i18n/ui-language';
import { openWelcomeOnInstall } from '@/src/messaging/welcome';
import { WelcomeApp } from '@/src/welcome/WelcomeApp';

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  applyUiLanguage('auto');
  vi.restoreAllMocks();
});

type InstallReason = 'install' | 'update' | 'browser_update' | 'shared_module_update';
const install = (reason: InstallReason) =>
  fakeBrowser.runtime.onInstalled.trigger({ reason, temporary: false } as Parameters<typeof fakeBrowser.runtime.onInstalled.trigger>[0]);

describe('opening the welcome page', () => {
  it('opens it on install', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    openWelcomeOnInstall();
    await install('install');
    expect(create).toHaveBeenCalledWith({ url: 'chrome-extension://test-extension-id/welcome.html' });
  });

  it('not on an update of the extension or of the browser', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    openWelcomeOnInstall();
    await install('update');
    await install('browser_update');
    expect(create).not.toHaveBeenCalled();
  });
});

describe('the welcome page', () => {
  it('says what it does, how to use it, that nothing leaves the browser, and links to the options', () => {
    render(<WelcomeApp />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Welcome to Gaza Talks Context');
    const text = document.body.textContent ?? '';
    for (const words of ['Rest the pointer on a marked name', 'Alt+Shift+L', 'Alt+Shift+G', '“Look up”', 'nothing leaves it']) {
      expect(text).toContain(words);
    }
    expect([...document.querySelectorAll('kbd')].map((k) => k.textContent)).toEqual(['Alt+Shift+L', 'Alt+Shift+G']);
    expect(screen.getByRole('link', { name: 'Open the options' }).getAttribute('href')).toBe(
      'chrome-extension://test-extension-id/options.html',
    );
  });

  it('speaks Arabic, right to left, when chosen', () => {
    applyLanguageToDocument('ar');
    render(<WelcomeApp />);
    expect(document.documentElement.getAttribute('dir')).toBe('rtl');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(ar.welcomeTitle.message);
    expect(screen.getByRole('link', { name: ar.welcomeOptions.message })).toBeTruthy();
    expect([...document.querySelectorAll('kbd')].map((k) => k.textContent)).toEqual(['Alt+Shift+L', 'Alt+Shift+G']);
  });
});
