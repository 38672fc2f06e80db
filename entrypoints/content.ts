import index from 'virtual:gtc/matcher-index';
import { startPageSession } from '@/src/content/page-session';
import '@/src/overlay/highlights.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  // about:blank and srcdoc frames hold text too; they inherit the page's origin.
  matchAboutBlank: true,
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  main: (ctx) => startPageSession(ctx, index),
});
