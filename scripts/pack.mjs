/**
 * `npm run pack -- ARTICLE.txt|ARTICLE.html [--url URL] [--title T] [--outlet O] [--published YYYY-MM-DD] > pack.json`:
 * drafts a pack from an article with the same on-device builder the popup uses. An .html file is
 * read with Readability over a happy-dom document first. The pack goes to stdout, the builder's
 * warnings to stderr; a file that cannot be read, or a draft that fails validation, exits non-zero.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { loadBuilder } from './lib/load-builder.mjs';

const USAGE = 'usage: npm run pack -- ARTICLE.txt|ARTICLE.html [--url URL] [--title TITLE] [--outlet OUTLET] [--published YYYY-MM-DD]';

function fail(message) {
  process.stderr.write(`pack: ${message}\n`);
  process.exit(1);
}

function parseArgs(argv) {
  const options = {};
  const files = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    }
    const flag = /^--(url|title|outlet|published)(?:=(.*))?$/.exec(arg);
    if (flag) {
      const value = flag[2] ?? argv[++i];
      if (value === undefined) fail(`--${flag[1]} needs a value\n${USAGE}`);
      options[flag[1]] = value;
    } else if (arg.startsWith('--')) fail(`unknown option ${arg}\n${USAGE}`);
    else files.push(arg);
  }
  if (files.length !== 1) fail(files.length === 0 ? `no article given\n${USAGE}` : `one article at a time\n${USAGE}`);
  return { file: files[0], options };
}

const { file, options } = parseArgs(process.argv.slice(2));
let raw;
try {
  if (!statSync(file).isFile()) fail(`${file} is not a file`);
  raw = readFileSync(file);
} catch (error) {
  fail(`cannot read ${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
}
if (raw.includes(0)) fail(`${file} looks binary; give a .txt or .html article`);
const source = raw.toString('utf8');
if (source.trim() === '') fail(`${file} is empty`);

const { buildPack, parsePack, extractArticle } = await loadBuilder();
const isHtml = /^\.x?html?$/i.test(extname(file)) || /^\s*(?:<!doctype html|<html)/i.test(source);
let input = { text: source };
if (isHtml) {
  const { Window } = await import('happy-dom');
  // Scripts and styles are never run or fetched: only the markup is read.
  const window = new Window({
    url: options.url ?? 'https://example.invalid/',
    settings: {
      enableJavaScriptEvaluation: false,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      navigation: { disableMainFrameNavigation: true },
    },
  });
  window.document.write(source);
  const article = extractArticle(window.document, options.url);
  await window.happyDOM.close();
  if (!article) fail(`no article found in ${file} (Readability found no main text)`);
  input = article;
}
for (const key of ['url', 'title', 'outlet', 'published']) if (options[key]) input[key] = options[key];

let result;
try {
  result = buildPack(input);
} catch (error) {
  fail(`could not build a pack from ${file}: ${error.message}`);
}
const checked = parsePack(result.pack);
if (!checked.ok) fail(`the draft pack is invalid (a builder bug):\n  ${checked.errors.join('\n  ')}`);
for (const warning of result.warnings) process.stderr.write(`warning: ${warning}\n`);
const { actors, quotes = [], claims = [] } = result.pack;
process.stderr.write(
  `pack: ${actors.length} actors, ${quotes.length} quotes, ${claims.length} claims, ${claims.filter((c) => (c.opposes ?? []).length > 0).length} in oppositions\n`,
);
process.stdout.write(`${JSON.stringify(result.pack, null, 2)}\n`);
