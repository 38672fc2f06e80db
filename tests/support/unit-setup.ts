// fakeBrowser has no i18n: answer from our real English messages so components render real strings.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import messages from '../../public/_locales/en/messages.json';

type Message = { message: string; placeholders?: Record<string, { content: string }> };
const table = messages as Record<string, Message>;

function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = table[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return entry.message.replace(/\$([A-Z_]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_m, n: string) => subs[Number(n) - 1] ?? '');
  });
}

Object.assign(fakeBrowser, { i18n: { ...(fakeBrowser.i18n ?? {}), getMessage } });

// fakeBrowser's commands events are not implemented: a listener list the background can add to.
const commandListeners = new Set<(command: string) => void>();
Object.assign(fakeBrowser, {
  commands: {
    ...(fakeBrowser.commands ?? {}),
    onCommand: {
      addListener: (listener: (command: string) => void) => commandListeners.add(listener),
      removeListener: (listener: (command: string) => void) => commandListeners.delete(listener),
      hasListener: (listener: (command: string) => void) => commandListeners.has(listener),
    },
  },
});

// Nor are its context menus: enough for the background to start.
Object.assign(fakeBrowser, {
  contextMenus: {
    create: () => 'gtc-look-up',
    removeAll: async () => {},
    onClicked: { addListener: () => {}, removeListener: () => {}, hasListener: () => false },
  },
});
