/**
 * `npm run pack -- ARTICLE.txt|ARTICLE.html [--url URL] [--title T] [--outlet O] [--published YYYY-MM-DD] > pack.json`:
 * drafts a pack from an article with the same on-device builder the popup uses. An .html file is
 * read with Readability over a happy-dom document first. The pack goes to stdout, the builder's
 * warnings to stderr; a file that cannot be read, or a draft that fails validation, exits non-zero.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { parseCommand } from './lib/cli.mjs';

const { values: options, positionals } = parseCommand({
  name: 'pack',
  usage: 'npm run pack -- ARTICLE.txt|ARTICLE.html [--url URL] [--title TITLE] [--outlet OUTLET] [--published YYYY-MM-DD] > pack.json',
  summary:
    'Drafts a pack from one article with the same on-device builder as the popup\'s "Use this article"; the pack goes to stdout, the builder\'s warnings to stderr.',
  options: {
    url: { type: 'string', value: 'URL', help: "the article's address (also the base URL for reading an .html file)" },
    title: { type: 'string', value: 'TITLE', help: "the article's title" },
    outlet: { type: 'string', value: 'OUTLET', help: 'who published it' },
    published: { type: 'string', value: 'YYYY-MM-DD', help: 'when it was published' },
  },
  positionals: { name: 'ARTICLE', min: 1, max: 1 },
});
const file = /** @type {string} */ (positionals[0]);

/**
 * Says what went wrong and exits 1.
 * @param {string} message
 * @returns {never}
 */
function fail(message) {
  process.stderr.write(`pack: ${message}\n`);
  process.exit(1);
}

/** @type {Buffer} */
let raw;
try {
  if (!statSync(file).isFile()) fail(`${file} is not a file`);
  raw = readFileSync(file);
} catch (error) {
  const { code, message } = /** @type {NodeJS.ErrnoException} */ (error);
  fail(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : message}`);
}
if (raw.includes(0)) fail(`${file} looks binary; give a .txt or .html article`);
const source = raw.toString('utf8');
if (source.trim() === '') fail(`${file} is empty`);

const { loadBuilder } = await import('./lib/load-builder.mjs');
const { buildPack, parsePack, extractArticle } = await loadBuilder();
const isHtml = /^\.x?html?$/i.test(extname(file)) || /^\s*(?:<!doctype html|<html)/i.test(source);
/** @type {import('../src/core/builder/index').BuildInput} */
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
  // happy-dom's document implements the DOM that extractArticle reads, under types of its own.
  const article = extractArticle(/** @type {Document} */ (/** @type {unknown} */ (window.document)), options.url);
  await window.happyDOM.close();
  if (!article) fail(`no article found in ${file} (Readability found no main text)`);
  input = article;
}
for (const key of /** @type {const} */ (['url', 'title', 'outlet', 'published'])) {
  const value = options[key];
  if (value) input[key] = value;
}

/** @type {ReturnType<typeof buildPack>} */
let result;
try {
  result = buildPack(input);
} catch (error) {
  fail(`could not build a pack from ${file}: ${error instanceof Error ? error.message : String(error)}`);
}
const checked = parsePack(result.pack);
if (!checked.ok) fail(`the draft pack is invalid (a builder bug):\n  ${checked.errors.join('\n  ')}`);
for (const warning of result.warnings) process.stderr.write(`warning: ${warning}\n`);
const { actors, quotes = [], claims = [] } = result.pack;
process.stderr.write(
  `pack: ${actors.length} actors, ${quotes.length} quotes, ${claims.length} claims, ${claims.filter((c) => (c.opposes ?? []).length > 0).length} in oppositions\n`,
);
process.stdout.write(`${JSON.stringify(result.pack, null, 2)}\n`);
