// Deterministic (seeded) pages for measuring the content script: same bytes every run.
import type { CompiledDataset } from '../src/dataset/schema';

/** mulberry32: small, fast, seeded. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FILLER =
  'the of and to in a is that for on was with as by at from it an be this which or are were has have had not but they his her their its said after before during under over into about between through would could should will may new more most other some such only also than then them these those when where while who whom'.split(
    ' ',
  );

/** Words that look like ours but are not about the talks. */
const FALSE_FRIENDS = [
  'IPC sockets',
  'the Indian Penal Code (IPC)',
  'the International Paralympic Committee',
  'a Phase 1 trial',
  'the first phase of construction',
  'a COI disclosure',
  'MIT researchers',
  'a trip to Cairo',
  'the yellow line on the metro',
  '1,200 runners',
  '251 points',
  'a crowd of 67,000',
  'the ceasefire in another war',
  'Kushner Companies towers',
  'tariffs announced by Trump',
];

export interface PageTerms {
  names: string[];
  figures: string[];
}

/** Names and figure sentences from the compiled dataset (what the extension looks for). */
export function termsOf(dataset: CompiledDataset): PageTerms {
  const names = dataset.entries
    .filter((e) => e.kind !== 'figure')
    .flatMap((e) => [e.name, ...e.aliases].filter((a) => !/^[\p{Lu}\d]+$/u.test(a)));
  const figures = dataset.entries.flatMap((e) =>
    e.figure
      ? (e.figure.forms.length > 0 ? e.figure.forms : [String(e.figure.values[0]?.value)]).map(
          (f) => `${f} (${e.figure?.context[0] ?? ''})`,
        )
      : [],
  );
  return { names, figures };
}

function words(r: () => number, n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += `${FILLER[Math.floor(r() * FILLER.length)]} `;
  return out.trim();
}

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;

/** One paragraph with nested inline markup; `term` is woven in, sometimes split across tags. */
function paragraph(r: () => number, term: string | undefined): string {
  const before = words(r, 2 + Math.floor(r() * 4));
  const after = words(r, 2 + Math.floor(r() * 4));
  if (!term) return `<p>${before} <em>${words(r, 2)}</em> ${after}.</p>`;
  const space = term.indexOf(' ');
  const woven = space > 0 && r() < 0.3 ? `<b>${term.slice(0, space)}</b>${term.slice(space)}` : `<a href="#">${term}</a>`;
  return `<p>${before} ${woven} <span>${after}</span>.</p>`;
}

export interface PageOptions {
  seed: number;
  bytes: number;
  /** Share of paragraphs holding one of the terms. */
  density: number;
  terms: string[];
  title: string;
}

export function generatePage({ seed, bytes, density, terms, title }: PageOptions): string {
  const r = rng(seed);
  const parts: string[] = [];
  let size = 0;
  let section = 0;
  while (size < bytes) {
    const paragraphs: string[] = [];
    for (let i = 0; i < 20; i++) paragraphs.push(paragraph(r, terms.length > 0 && r() < density ? pick(r, terms) : undefined));
    const html = `<section><h2>Section ${++section}</h2>${paragraphs.join('')}</section>\n`;
    parts.push(html);
    size += html.length;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main>${parts.join('')}</main></body></html>`;
}

/** JSON for inside a <script>: no `<` to end the element early. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * The same page built the way many news sites are: its story again, as text, in the app's data (a
 * `__NEXT_DATA__`-style JSON script at the end of the body) and in JSON-LD in the head. A reader sees the page
 * once; a script that reads the page's text whole reads the story three times.
 */
export function withAppData(html: string, title: string): string {
  const main = /<main>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';
  const paragraphs = [...main.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => (m[1] ?? '').replace(/<[^>]+>/g, ''));
  const story = paragraphs.join('\n\n');
  const ld = `<script type="application/ld+json">${scriptJson({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: title, articleBody: story })}</script>`;
  const data = `<script id="__NEXT_DATA__" type="application/json">${scriptJson({ props: { pageProps: { article: { title, paragraphs } } }, page: '/story/[slug]' })}</script>`;
  return html.replace('</head>', `${ld}</head>`).replace('</body>', `${data}</body>`);
}

export const offTopicTerms = (): string[] => FALSE_FRIENDS;

export function onTopicTerms(terms: PageTerms): string[] {
  return [...terms.names, ...terms.figures.map((f) => f.replace(/ \((.*)\)$/, ' people $1 in Gaza'))];
}

/** A short article that then receives `count` paragraphs over `durationMs`, each append timed in the page. */
export function generateLivePage(seed: number, terms: string[], count = 1000, durationMs = 10_000): string {
  const base = generatePage({ seed, bytes: 5_000, density: 0.3, terms, title: 'live' });
  const r = rng(seed + 1);
  const lines = Array.from({ length: count }, () => paragraph(r, r() < 0.5 ? pick(r, terms) : undefined).replace(/^<p>|<\/p>$/g, ''));
  const script = `<script>
const lines = ${JSON.stringify(lines)};
window.__gtcAppends = [];
let i = 0;
let first = 0;
const every = ${durationMs / count};
const main = document.querySelector('main');
// Appends are due by the clock, so a late timer catches up and 1,000 appends take 10 s, not 10 s plus delays.
function tick() {
  if (!first) first = performance.now();
  const due = Math.min(lines.length, Math.floor((performance.now() - first) / every) + 1);
  while (i < due) {
    const p = document.createRange().createContextualFragment('<p>' + lines[i++] + '</p>');
    window.__gtcAppends.push(performance.now());
    main.prepend(p);
  }
  if (i < lines.length) setTimeout(tick, every);
}
window.addEventListener('load', () => setTimeout(tick, 500));
</script>`;
  return base.replace('</body>', `${script}</body>`);
}

/** An article hit by `perSecond` DOM mutations a second for `seconds` (text edits, appends, removals). */
export function generateStormPage(seed: number, terms: string[], perSecond = 10_000, seconds = 5): string {
  const base = generatePage({ seed, bytes: 20_000, density: 0.3, terms, title: 'storm' });
  const script = `<script>
window.__gtcStorm = { start: 0, end: 0, mutations: 0 };
const perTick = ${perSecond / 100};
function storm() {
  const s = window.__gtcStorm;
  if (!s.start) s.start = performance.now();
  if (performance.now() - s.start > ${seconds * 1000}) { s.end = performance.now(); return; }
  const main = document.querySelector('main');
  const ps = main.querySelectorAll('p');
  for (let i = 0; i < perTick; i++) {
    const p = ps[(s.mutations * 7 + i) % ps.length];
    if (i % 3 === 0) { p.firstChild && (p.firstChild.data = 'tick ' + s.mutations + ' '); }
    else if (i % 3 === 1) { const x = document.createElement('span'); x.textContent = ' live ' + i; p.append(x); }
    else { const x = p.querySelector('span:last-child'); x && x.remove(); }
    s.mutations++;
  }
  setTimeout(storm, 10);
}
window.addEventListener('load', () => setTimeout(storm, 500));
</script>`;
  return base.replace('</body>', `${script}</body>`);
}
