// `npm run zip` as a release makes it: both store zips carry the package's version, and the AMO sources zip
// holds what a reviewer needs and rebuilds the Firefox package byte for byte (docs/release.md).
// The zips are written to a temporary out dir (GTC_OUT_DIR), never to .output/, which the browser suites use.
import { spawnSync } from 'node:child_process';
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, resolve, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { z } from 'zod';
import { readZip } from '../support/read-zip';

const ROOT = resolve(import.meta.dirname, '../..');
const pkg = z.object({ name: z.string(), version: z.string() }).parse(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')));
const manifestSchema = z.object({
  version: z.string(),
  version_name: z.string().optional(),
  permissions: z.array(z.string()).default([]),
  host_permissions: z.array(z.string()).default([]),
  optional_permissions: z.array(z.string()).default([]),
  browser_specific_settings: z.object({ gecko: z.object({ data_collection_permissions: z.unknown() }) }).optional(),
});

/**
 * The environment without our build switches (a benchmark variant, source maps, another out dir). Vitest's own
 * NODE_ENV=test is kept on purpose: a production build must not depend on it (wxt.config.ts).
 */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { FORCE_COLOR: '0', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true', ...extra };
  for (const [key, value] of Object.entries(process.env)) if (!key.startsWith('GTC_') && !(key in env)) env[key] = value;
  return env;
}

function runOrThrow(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): void {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}`.slice(-4000);
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd} (${result.error?.message ?? `exit ${result.status}`}):\n${output}`);
  }
}

/** Every file under `dir`, by its path relative to it with forward slashes (as inside a zip). */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => statSync(join(dir, path)).isFile())
    .map((path) => path.split(sep).join('/'))
    .sort();
}

function manifestOf(zip: Map<string, Buffer>) {
  const manifest = zip.get('manifest.json');
  if (!manifest) throw new Error('no manifest.json in the zip');
  return manifestSchema.parse(JSON.parse(manifest.toString('utf8')));
}

describe('store packages (npm run zip)', () => {
  let work = '';
  let zips = '';
  let rebuild = '';
  const zipPath = (kind: 'chrome' | 'firefox' | 'sources') => join(zips, `${pkg.name}-${pkg.version}-${kind}.zip`);

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'gtc-packages-'));
    zips = join(work, 'out');
    rebuild = join(work, 'rebuild');
    runOrThrow('npm', ['run', 'zip'], ROOT, cleanEnv({ GTC_OUT_DIR: zips }));
  });

  afterAll(() => {
    if (!work) return;
    // Remove the link itself first, so that nothing can follow it into the repository's node_modules.
    const link = join(rebuild, 'node_modules');
    if (lstatSync(link, { throwIfNoEntry: false })?.isSymbolicLink()) unlinkSync(link);
    rmSync(work, { recursive: true, force: true });
  });

  test('both store zips carry a manifest with the package.json version', () => {
    for (const kind of ['chrome', 'firefox'] as const) {
      const manifest = manifestOf(readZip(readFileSync(zipPath(kind))));
      // A pre-release suffix would be cut from `version` and leave two numbers; docs/release.md asks for X.Y.Z.
      expect({ kind, version: manifest.version, versionName: manifest.version_name }).toEqual({
        kind,
        version: pkg.version,
        versionName: undefined,
      });
    }
  });

  test('both store zips ask for exactly the permissions docs/privacy.md explains', () => {
    // A change here changes every user's install prompt: update docs/privacy.md with it (docs/release.md).
    const chrome = manifestOf(readZip(readFileSync(zipPath('chrome'))));
    expect([chrome.permissions, chrome.host_permissions, chrome.optional_permissions]).toEqual([
      ['storage', 'scripting', 'contextMenus'],
      ['<all_urls>'],
      [],
    ]);
    const firefox = manifestOf(readZip(readFileSync(zipPath('firefox'))));
    expect([firefox.permissions, firefox.host_permissions, firefox.optional_permissions]).toEqual([
      ['storage', 'contextMenus', '<all_urls>'],
      [],
      [],
    ]);
    expect(firefox.browser_specific_settings?.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  test('the store zips hold no path of the machine that built them', () => {
    // Development JSX would embed absolute source paths (wxt.config.ts); source maps would too.
    const root = Buffer.from(ROOT);
    for (const kind of ['chrome', 'firefox'] as const) {
      const files = [...readZip(readFileSync(zipPath(kind)))];
      expect(files.filter(([name, data]) => name.endsWith('.map') || data.includes(root)).map(([name]) => `${kind}: ${name}`)).toEqual([]);
    }
  });

  test('the sources zip holds what a rebuild needs, and nothing hidden, generated or large', () => {
    const sources = readZip(readFileSync(zipPath('sources')));
    const names = [...sources.keys()];
    for (const file of ['package.json', 'package-lock.json', 'README.md', 'wxt.config.ts', 'tsconfig.json', 'docs/release.md']) {
      expect(names, file).toContain(file);
    }
    for (const dir of ['entrypoints/', 'src/', 'data/', 'public/'])
      expect(
        names.some((n) => n.startsWith(dir)),
        dir,
      ).toBe(true);
    // No dotfile (.env, .npmrc, .output, .wxt, .scratch), dependency, build, test or benchmark output.
    const unwanted = names.filter(
      (n) =>
        n.split('/').some((part) => part.startsWith('.')) ||
        /^(node_modules|demo-output|test-results|playwright-report|tests|bench)\//.test(n) ||
        n.split('/').includes('node_modules'),
    );
    expect(unwanted).toEqual([]);
    const large = names.filter((n) => (sources.get(n)?.length ?? 0) > 1024 * 1024);
    expect(large).toEqual([]);
    expect(statSync(zipPath('sources')).size).toBeLessThan(3 * 1024 * 1024);
    // WXT rewrites package.json only to point at downloaded private packages; we have none.
    expect(sources.get('package.json')?.equals(readFileSync(join(ROOT, 'package.json')))).toBe(true);
  });

  test('the sources zip rebuilds the Firefox store zip byte for byte', () => {
    for (const [name, data] of readZip(readFileSync(zipPath('sources')))) {
      const target = resolve(rebuild, name);
      if (isAbsolute(name) || !target.startsWith(rebuild + sep)) throw new Error(`sources zip: unsafe path ${name}`);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, data);
    }
    // A reviewer runs `npm ci`; offline, the repository's own node_modules (the same package-lock.json) stand in.
    symlinkSync(join(ROOT, 'node_modules'), join(rebuild, 'node_modules'), 'dir');
    runOrThrow(join(rebuild, 'node_modules/.bin/wxt'), ['build', '-b', 'firefox'], rebuild, cleanEnv());

    const built = join(rebuild, '.output/firefox-mv2');
    const store = readZip(readFileSync(zipPath('firefox')));
    expect(listFiles(built)).toEqual([...store.keys()].sort());
    const differing = [...store].filter(([name, data]) => !readFileSync(join(built, name)).equals(data)).map(([name]) => name);
    expect(differing).toEqual([]);
  });
});
