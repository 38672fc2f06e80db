// How a settings problem shows a value or a field name: short and on one line, whatever the stored value was
// (a million-character value must not become a million-character message on the options page).

const MAX_CHARS = 80;

/** `value` as JSON, cut to 80 characters. */
export function shownValue(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > MAX_CHARS ? `${json.slice(0, MAX_CHARS - 1)}…` : json;
}

const isPlainName = (key: string) => /^[A-Za-z_$][\w$]{0,79}$/.test(key);

/** A field name as is when it is a plain name; otherwise quoted (a line break shows as `\n`) and cut. */
export const shownKey = (key: string): string => (isPlainName(key) ? key : shownValue(key));

/** `settings.density`, or `settings["odd\nkey"]` for a key that is not a plain name. */
export const settingsPath = (key: string): string => (isPlainName(key) ? `settings.${key}` : `settings[${shownValue(key)}]`);
