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
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cmd } from 'web-ext';

const root = process.cwd();
const args = process.argv.slice(2);
const wanted = args.includes('--browser') ? args[args.indexOf('--browser') + 1] : undefined;

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('No display found: run it under a virtual one with `xvfb-run npm start` (apt-get install -y xvfb).');
  process.exit(1);
}

const CANDIDATES = {
  firefox: [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'],
  chromium: [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
};
const find = (name) => CANDIDATES[name].find((path) => path && existsSync(path));
const browser = wanted ?? (find('firefox') ? 'firefox' : 'chromium');
if (!(browser in CANDIDATES)) {
  console.error(`--browser must be firefox or chromium, not "${browser}".`);
  process.exit(1);
}
const binary = find(browser);
if (!binary) {
  console.error(`No ${browser} found. Install it with: apt-get install -y ${browser === 'firefox' ? 'firefox-esr' : 'chromium'}`);
  process.exit(1);
}

execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
const demo = readFileSync(join(root, 'assets', 'demo.html'));
const server = createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  response.end(demo);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const startUrl = `http://127.0.0.1:${server.address().port}/demo.html`;
console.log(`Demo page: ${startUrl}; opening ${browser} (${binary}) with the extension loaded.`);

const stop = () => {
  server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

if (browser === 'firefox') {
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
