// The language override: t() reads a bundled locale with browser.i18n's substitution rules, or browser.i18n.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import ar from '@/public/_locales/ar/messages.json';
import en from '@/public/_locales/en/messages.json';
import { type MessageKey, setMessages, t } from '@/src/i18n/t';
import { applyLanguageToDocument, applyUiLanguage, compileMessages, uiLocale } from '@/src/i18n/ui-language';

const key = (k: string) => k as MessageKey;

afterEach(() => {
  applyUiLanguage('auto');
  vi.restoreAllMocks();
});

describe('substitution, as browser.i18n does it', () => {
  it('replaces named placeholders by their contents, whatever their case', () => {
    expect(
      compileMessages({
        a: { message: 'On $Page$: “$TEXT$” ($text$)', placeholders: { text: { content: '$1' }, page: { content: 'this page' } } },
        b: { message: 'no $NAME$ here' },
      }),
    ).toEqual({ a: 'On this page: “$1” ($1)', b: 'no  here' });
  });

  it('fills $1…$n, leaves a missing one empty, and drops the first $ of a run', () => {
    setMessages({ m: '$1 of $2, $3. Price: $$5; $$$ and $$$$' });
    expect(t(key('m'), ['3', '12'])).toBe('3 of 12, . Price: $5; $$ and $$$');
    expect(t(key('m'), 'one')).toBe('one of , . Price: $5; $$ and $$$');
    expect(t(key('m'))).toBe(' of , . Price: $5; $$ and $$$');
  });

  it('gives the same English as browser.i18n for every message with placeholders', () => {
    applyUiLanguage('en');
    const withPlaceholders = Object.entries(en).filter(([, m]) => 'placeholders' in m);
    expect(withPlaceholders.length).toBeGreaterThan(20);
    for (const [k] of withPlaceholders) {
      const subs = ['A1', 'B2', 'C3', 'D4', 'E5', 'F6'];
      expect(t(key(k), subs), k).toBe(fakeBrowser.i18n.getMessage(k, subs));
    }
  });
});

describe('switching language', () => {
  it('reads Arabic, then English, then the browser again', () => {
    expect(applyUiLanguage('ar')).toBe('rtl');
    expect(t('optionsSaved')).toBe(ar.optionsSaved.message);
    expect(t('optionsSaved')).not.toBe(en.optionsSaved.message);
    expect(t('popupMentions', '7')).toContain('7');
    expect(uiLocale()).toBe('ar');

    expect(applyUiLanguage('en')).toBe('ltr');
    expect(t('optionsSaved')).toBe('Saved');
    expect(uiLocale()).toBe('en');

    const fromBrowser = vi.spyOn(fakeBrowser.i18n, 'getMessage');
    expect(applyUiLanguage('auto')).toBe('ltr');
    expect(t('optionsSaved')).toBe('Saved');
    expect(fromBrowser).toHaveBeenCalledWith('optionsSaved', undefined);
  });

  it("auto takes the browser's direction and the bundled locale its language picks", () => {
    const getMessage = fakeBrowser.i18n.getMessage;
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((k, subs) => (k === '@@bidi_dir' ? 'rtl' : getMessage(k, subs)));
    Object.assign(fakeBrowser.i18n, { getUILanguage: () => 'ar-EG' });
    expect(applyUiLanguage('auto')).toBe('rtl');
    expect(uiLocale()).toBe('ar');
    Object.assign(fakeBrowser.i18n, { getUILanguage: () => 'de' });
    expect(uiLocale()).toBe('en');
  });

  it('sets lang and dir on the page', () => {
    applyLanguageToDocument('ar');
    expect(document.documentElement.getAttribute('dir')).toBe('rtl');
    expect(document.documentElement.getAttribute('lang')).toBe('ar');
    applyLanguageToDocument('en');
    expect(document.documentElement.getAttribute('dir')).toBe('ltr');
    expect(document.documentElement.getAttribute('lang')).toBe('en');
  });
});
