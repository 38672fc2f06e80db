// A site list, one pattern a line, saved when the field is left: every line is normalised and checked, and
// while any line is invalid nothing is saved and the reader's text stays as typed, with each problem listed.
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { t } from '../i18n/t';
import { parseSiteLines, type SiteLineProblem } from './site-lines';

export interface SiteListFieldProps {
  name: string;
  label: string;
  help: string;
  /** The help shared by both lists: how to write a pattern. */
  syntaxHelpId: string;
  sites: readonly string[];
  onChange: (sites: string[]) => void;
}

export function SiteListField({ name, label, help, syntaxHelpId, sites, onChange }: SiteListFieldProps) {
  const stored = sites.join('\n');
  const [draft, setDraft] = useState(stored);
  const [problems, setProblems] = useState<SiteLineProblem[]>([]);
  const helpId = useId();
  const errorId = useId();
  const saving = useRef<string | undefined>(undefined);
  const previous = useRef(stored);
  // A reset or an import changes the stored value under the field; our own save coming back must not undo
  // what the reader typed since.
  useEffect(() => {
    if (stored === previous.current) return;
    previous.current = stored;
    if (stored === saving.current) {
      saving.current = undefined;
      return;
    }
    setDraft(stored);
    setProblems([]);
  }, [stored]);

  const commit = (text: string) => {
    const parsed = parseSiteLines(text);
    setProblems(parsed.problems);
    if (parsed.problems.length > 0) {
      setDraft(text);
      return;
    }
    const joined = parsed.patterns.join('\n');
    setDraft(joined);
    if (joined !== stored) {
      saving.current = joined;
      onChange(parsed.patterns);
    }
  };

  const invalid = problems.length > 0;
  return (
    <div class="gtc-control">
      <label class="gtc-field">
        <span>{label}</span>
        <textarea
          name={name}
          rows={4}
          dir="ltr"
          spellcheck={false}
          autocomplete="off"
          placeholder="news.example.org"
          value={draft}
          aria-invalid={invalid}
          aria-describedby={`${helpId} ${syntaxHelpId}${invalid ? ` ${errorId}` : ''}`}
          onInput={(e) => setDraft(e.currentTarget.value)}
          onChange={(e) => commit(e.currentTarget.value)}
        />
      </label>
      <p class="gtc-help" id={helpId}>
        {help}
      </p>
      <div class="gtc-error" id={errorId} role="alert">
        {invalid && (
          <>
            <p>{t('optionsSitesNotSaved')}</p>
            <ul>
              {problems.map((p) => (
                <li key={p.line}>{p.message}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}
