// Every UI string goes through t(): browser.i18n by default, or a bundled locale the reader chose in options
// (ui-language.ts installs it). This file carries no locale's JSON: the engine imports it on every page.
import { browser } from 'wxt/browser';
import type messages from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof messages;

/** A locale's messages, their named placeholders already replaced by their contents ("$1"…), as browsers do on load. */
export type MessageDict = Readonly<Record<string, string>>;

let chosen: MessageDict | undefined;

/** Makes t() read `dict` instead of browser.i18n; `undefined` goes back to browser.i18n. */
export function setMessages(dict: MessageDict | undefined): void {
  chosen = dict;
}

export function t(key: MessageKey, substitutions?: string | string[]): string {
  const message = chosen?.[key];
  if (message === undefined) return browser.i18n.getMessage(key, substitutions) || key;
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  // browser.i18n's rules: $1…$n take the substitutions (a missing one is empty); in a run of $, the first is dropped.
  return message.replace(/\$(?:([1-9]\d*)|(\$+))/g, (_m, index: string | undefined, dollars: string | undefined) =>
    index ? (subs[Number(index) - 1] ?? '') : (dollars ?? ''),
  );
}
