// The hand-named malformed dataset files, part two: sources, markup, bidi controls and cross-references.

import { del, type MutationCase, replace, set } from './dataset-mutations';
import { E0, SRC, V0 } from './dataset-named-shape';

export const namedTextCases: MutationCase[] = [
  // Sources.
  ['a source a string', set(SRC, 'https://example.org/'), SRC],
  ['a source id with capitals', set(`${SRC}.id`, 'Wire-Story'), `${SRC}.id`],
  ['a source key that is not an id', replace('"wire-story":{', '"Wire Story":{'), 'sources.Wire Story'],
  ['a source key other than its id', set(`${SRC}.id`, 'other-story'), `${SRC}.id`],
  ['publisher missing', del(`${SRC}.publisher`), `${SRC}.publisher`],
  ['publisher a number', set(`${SRC}.publisher`, 1), `${SRC}.publisher`],
  ['title empty', set(`${SRC}.title`, ''), `${SRC}.title`],
  ['titleApproximate a string', set(`${SRC}.titleApproximate`, 'yes'), `${SRC}.titleApproximate`],
  ['source date 2025-02-30', set(`${SRC}.date`, '2025-02-30'), `${SRC}.date`],
  ['source date "yesterday"', set(`${SRC}.date`, 'yesterday'), `${SRC}.date`],
  ['dateApproximate a number', set(`${SRC}.dateApproximate`, 1), `${SRC}.dateApproximate`],
  ['a javascript: URL', set(`${SRC}.url`, 'javascript:alert(1)'), `${SRC}.url`],
  ['an http: URL', set(`${SRC}.url`, 'http://example.org/story'), `${SRC}.url`],
  ['a data: URL', set(`${SRC}.url`, 'data:text/html,<p>hi</p>'), `${SRC}.url`],
  ['an ftp: URL', set(`${SRC}.url`, 'ftp://example.org/story'), `${SRC}.url`],
  ['a URL that is not one', set(`${SRC}.url`, 'not a url'), `${SRC}.url`],
  ['a URL without a colon', set(`${SRC}.url`, 'https//example.org'), `${SRC}.url`],
  ['a relative URL', set(`${SRC}.url`, '/story'), `${SRC}.url`],
  ['url missing', del(`${SRC}.url`), `${SRC}.url`],
  ['url a number', set(`${SRC}.url`, 443), `${SRC}.url`],
  ['note empty', set(`${SRC}.note`, ''), `${SRC}.note`],
  ['outlet a number', set(`${SRC}.outlet`, 1), `${SRC}.outlet`],
  ['an unknown source field', set(`${SRC}.author`, 'A. Writer'), `${SRC}.author`],
  // HTML.
  ['bold markup in a name', set(`${E0}.name`, '<b>Ahmad</b> Example'), `${E0}.name`],
  ['a script tag in a summary', set(`${E0}.summary`, 'Hi <script>alert(1)</script>'), `${E0}.summary`],
  ['an img tag in a caveat', set(`${E0}.caveats[0]`, '<img src=x onerror=alert(1)>'), `${E0}.caveats[0]`],
  ['an HTML comment in a quote', set(`${E0}.sources[0].quote`, 'He said <!-- hidden --> so.'), `${E0}.sources[0].quote`],
  ['a closing tag in a publisher', set(`${SRC}.publisher`, 'Example</a>'), `${SRC}.publisher`],
  ['a processing instruction in a title', set(`${SRC}.title`, '<?xml version="1.0"?>'), `${SRC}.title`],
  ['markup in an alias', set(`${E0}.aliases[0]`, '<i>Example</i>'), `${E0}.aliases[0]`],
  ['markup in a perspective', set(`${E0}.perspectives[0].view`, '<a href="https://x.org">x</a>'), `${E0}.perspectives[0].view`],
  ['markup in a figure display', set(`${V0}.display`, '<span>100</span>'), `${V0}.display`],
  ['markup in a correction claim', set('entries[2].correction.claim', '<u>11</u> October'), 'entries[2].correction.claim'],
  ['markup in the version', set('version', '<svg onload=alert(1)>'), 'version'],
  ['markup in a source note', set(`${SRC}.note`, '<iframe src="https://x.org">'), `${SRC}.note`],
  ['markup in details', set(`${E0}.details`, '<style>body{}</style>'), `${E0}.details`],
  // Bidi controls.
  ['a right-to-left override in a name', set(`${E0}.name`, 'Ahmad \u202Eelpmaxe'), `${E0}.name`],
  ['a left-to-right embedding in a summary', set(`${E0}.summary`, 'Text \u202Aembedded\u202C here.'), `${E0}.summary`],
  ['a right-to-left isolate in a keyword', set(`${E0}.keywords[0]`, '\u2067negotiator'), `${E0}.keywords[0]`],
  ['a pop directional isolate in a source title', set(`${SRC}.title`, 'Story\u2069'), `${SRC}.title`],
  ['a pop directional formatting in a caveat', set(`${E0}.caveats[0]`, 'Careful\u202C'), `${E0}.caveats[0]`],
  // Cross-references.
  ['a duplicate entry id', set('entries[1].id', 'person-example'), 'entries[1].id'],
  ['an unknown source at entry level', set(`${E0}.sources[0].source`, 'nowhere'), `${E0}.sources[0].source`],
  ['an unknown source at figure value level', set(`${V0}.sources[0].source`, 'nowhere'), `${V0}.sources[0].source`],
  ['an unknown source at perspective level', set(`${E0}.perspectives[0].source`, 'nowhere'), `${E0}.perspectives[0].source`],
];
