// A translated sentence with elements in its placeholders (a <bdi> round a name): the message keeps the
// word order of its locale, and no markup ever goes through a string.
import { type ComponentChild, Fragment } from 'preact';
import { type MessageKey, t } from '../i18n/t';

// Private-use characters: they never occur in messages or data, so they mark where each value goes.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const SLOT = new RegExp(`${OPEN}(\\d)${CLOSE}`);

export function messageParts(key: MessageKey, values: ComponentChild[]): ComponentChild[] {
  const text = t(
    key,
    values.map((_, i) => `${OPEN}${i}${CLOSE}`),
  );
  // split with a capture group: odd items are the captured slot numbers.
  return text.split(SLOT).map((part, i) => <Fragment key={i}>{i % 2 === 1 ? values[Number(part)] : part}</Fragment>);
}

/** Names, reporters and publishers may be in another script than the sentence round them. */
export function isolated(text: string): ComponentChild {
  return <bdi>{text}</bdi>;
}
