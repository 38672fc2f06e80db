// npm run dev: serve our test pages, then WXT dev mode in a real browser window opening the demo page.
// Extra arguments go to wxt (e.g. `npm run dev -- -b firefox`).
import { spawn } from 'node:child_process';
import { startStaticServer } from '../tests/support/static-server';

const server = await startStaticServer();
const url = server.url('/demo.html');
console.log(`Serving tests/pages at ${server.origin}; the browser opens ${url}`);
const child = spawn('npx', ['wxt', ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, GTC_DEV_START_URL: url } });
const stop = () => child.kill('SIGINT');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
child.on('exit', (code) => {
  void server.close().then(() => process.exit(code ?? 0));
});
