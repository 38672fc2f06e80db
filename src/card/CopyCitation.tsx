// "Copy citation": the fact with its first source and the dataset version, as plain text.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { EntryView } from '../dataset/entry-view';
import { t } from '../i18n/t';
import { citationText } from './citation-text';
import { copyText } from './copy-text';

/** How long "Copied" stays before the status clears. */
const FEEDBACK_MS = 4000;

export function CopyCitation({ view }: { view: EntryView }) {
  const [result, setResult] = useState<'copied' | 'failed' | undefined>();
  const root = useRef<HTMLSpanElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  // Feedback belongs to the entry it was copied from.
  const entryId = view.entry.id;
  useEffect(() => {
    setResult(undefined);
  }, [entryId]);

  const copy = async () => {
    const el = root.current;
    if (!el) return;
    const ok = await copyText(citationText(view), el);
    setResult(ok ? 'copied' : 'failed');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setResult(undefined), FEEDBACK_MS);
  };

  return (
    <span class="gtc-copy" ref={root}>
      <button type="button" class="gtc-button" onClick={() => void copy()}>
        {t('cardCopyCitation')}
      </button>
      <span class="gtc-copy-status" role="status" aria-live="polite">
        {result === 'copied' ? t('cardCopied') : result === 'failed' ? t('cardCopyFailed') : ''}
      </span>
    </span>
  );
}
