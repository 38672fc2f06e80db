/** The storage.local key the settings live under (@wxt-dev/storage's `local:settings`; its metadata is `settings$`). */
export const SETTINGS_KEY = 'settings';
