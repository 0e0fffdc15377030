/**
 * `npm start`: builds the extension, serves the demo page on 127.0.0.1, and opens a real browser
 * with the extension loaded on that page. Firefox runs through `web-ext run` (which reloads the
 * extension when dist/firefox changes); Chromium is started directly with `--load-extension`,
 * because as of 2026-11 `web-ext run --target chromium` fails to load an unpacked extension into
 * Debian's Chromium 156 ("File path cannot be resolved"). Whichever browser is installed is used,
 * Firefox first; `--browser firefox|chromium` chooses.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCommand } from './lib/cli.mjs';
import { send, startLoopbackServer } from './lib/loopback.mjs';

/** @typedef {'firefox' | 'chromium'} BrowserName */
/** @type {readonly BrowserName[]} */
const BROWSERS = ['firefox', 'chromium'];
const { values } = parseCommand({
  name: 'start',
  usage: 'npm start [-- --browser firefox|chromium]',
  summary:
    'Builds the extension, serves the demo page on 127.0.0.1 and opens a browser with the extension loaded on it (needs a display: xvfb-run npm start).',
  options: {
    browser: {
      type: 'string',
      value: 'NAME',
      choices: BROWSERS,
      help: 'the browser to open (default: Firefox when installed, else Chromium)',
    },
  },
});
const wanted = /** @type {BrowserName | undefined} */ (values.browser);
const root = process.cwd();

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('No display found: run it under a virtual one with `xvfb-run npm start` (apt-get install -y xvfb).');
  process.exit(1);
}

/** @type {Record<BrowserName, (string | undefined)[]>} */
const CANDIDATES = {
  firefox: [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'],
  chromium: [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
};
/** @param {BrowserName} name */
const find = (name) => CANDIDATES[name].find((path) => path && existsSync(path));
const browser = wanted ?? (find('firefox') ? 'firefox' : 'chromium');
const binary = find(browser);
if (!binary) {
  console.error(`No ${browser} found. Install it with: apt-get install -y ${browser === 'firefox' ? 'firefox-esr' : 'chromium'}`);
  process.exit(1);
}

execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
const demo = readFileSync(join(root, 'assets', 'demo.html'));
const server = await startLoopbackServer((_request, response) => send(response, 'text/html; charset=utf-8', demo));
const startUrl = `${server.origin}/demo.html`;
console.log(`Demo page: ${startUrl}; opening ${browser} (${binary}) with the extension loaded.`);

const stop = () => {
  server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

if (browser === 'firefox') {
  const { cmd } = await import('web-ext');
  await cmd.run(
    { sourceDir: join(root, 'dist', 'firefox'), target: ['firefox-desktop'], firefox: binary, startUrl: [startUrl] },
    { shouldExitProgram: false },
  );
} else {
  const extension = join(root, 'dist', 'chrome');
  const profile = mkdtempSync(join(tmpdir(), 'ncl-start-'));
  const child = spawn(
    binary,
    [
      `--user-data-dir=${profile}`,
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      startUrl,
    ],
    { stdio: 'ignore' },
  );
  console.log(
    'Chromium is running; close its window or press Ctrl+C to stop. Run `npm run build` and reload the extension at chrome://extensions after a change.',
  );
  child.on('exit', stop);
}
