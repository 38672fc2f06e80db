// A site list as typed in a textarea, one pattern a line: each line normalised and checked, and every problem
// said with its line number, in the page's language.
import { type MessageKey, t } from '../i18n/t';
import { normaliseSitePattern, sitePatternProblem } from '../settings/site-patterns';

export interface SiteLineProblem {
  /** 1-based, as an editor counts. */
  line: number;
  text: string;
  message: string;
}

export interface SiteLines {
  /** The valid patterns, normalised, each once, in the order typed. */
  patterns: string[];
  problems: SiteLineProblem[];
}

/**
 * sitePatternProblem's English fragments and their keys (a unit test holds the English messages equal to the
 * fragments). A fragment not listed here is shown as it is.
 */
export const PROBLEM_KEYS: Readonly<Record<string, MessageKey>> = {
  'is longer than a host name can be (253 characters)': 'optionsSiteTooLong',
  'contains a space; write one site a line': 'optionsSiteSpace',
  'is not a host name: leave out the path (write news.example.org, not news.example.org/world)': 'optionsSitePath',
  'is not a host name: leave out the port and scheme': 'optionsSitePort',
  'puts * where it cannot go: only a leading "*." is allowed, as in *.example.org': 'optionsSiteStar',
  'has more than one *: only a leading "*." is allowed': 'optionsSiteStars',
  'is not a host name: use letters, digits, hyphens and dots, as in news.example.org or *.example.org': 'optionsSiteNotHost',
};

const problemText = (fragment: string): string => {
  const key = PROBLEM_KEYS[fragment];
  return key ? t(key) : fragment;
};

export function parseSiteLines(text: string): SiteLines {
  const patterns: string[] = [];
  const problems: SiteLineProblem[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const typed = raw.trim();
    if (!typed) return;
    const pattern = normaliseSitePattern(typed);
    const fragment = sitePatternProblem(pattern);
    if (fragment) {
      problems.push({
        line: i + 1,
        text: typed,
        message: t('optionsSiteLineProblem', [String(i + 1), typed, problemText(fragment)]),
      });
    } else if (!patterns.includes(pattern)) {
      patterns.push(pattern);
    }
  });
  return { patterns, problems };
}
