/**
 * `npm start`: builds the extension, serves the demo page on 127.0.0.1, and opens a real browser
 * with the extension loaded on that page. Firefox runs through `web-ext run`, Chromium through
 * `web-ext run --target chromium`; whichever is installed is used, `--browser firefox|chromium`
 * chooses. Rebuilds on change while it runs (`web-ext` reloads the extension).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
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

const sourceDir = join(root, 'dist', browser === 'firefox' ? 'firefox' : 'chrome');
await cmd.run(
  browser === 'firefox'
    ? { sourceDir, target: ['firefox-desktop'], firefox: binary, startUrl: [startUrl], noReload: false }
    : { sourceDir, target: ['chromium'], chromiumBinary: binary, startUrl: [startUrl], args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'], noReload: false },
  { shouldExitProgram: false },
);
const stop = () => {
  server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
