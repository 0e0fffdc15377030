/**
 * The blind probe set (tests/fixtures/probes-blind, written for this project without reading the
 * pages we measure on): restatements of the seed claims in many registers and near misses. It is
 * a development set that still holds misses, so it is a ratchet rather than a list of passes:
 * every page is one case; a page on `STILL_WRONG` must still show other claims than its label
 * (so that a fix has to take it off the list, and the list only shrinks), and every other page
 * must show exactly the claims its label lists. A rule that fixes one page and breaks another
 * fails here. `npm run eval -- tests/fixtures/probes-blind` prints the same set's figures in the
 * built extension, actors included.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../../src/core/embedded-pack';
import { createMatcher } from '../../../src/core/matcher';

interface ProbeLabel {
  readonly file: string;
  readonly claims?: readonly string[];
  readonly maybeClaims?: readonly string[];
}

/** Pages whose claims are still wrong, each with what goes wrong; the list may only shrink. */
const STILL_WRONG: ReadonlyMap<string, string> = new Map([
  ['r15.txt', 'miss: "the US-led coalition’s soldiers" after "the Iraqi premier" is not found as the coalition'],
  ['r32.txt', 'miss: a bare "the coalition’s" is not confirmed as the coalition on a one-sentence page'],
  ['r36.txt', 'miss: "the conclusion of Operation Inherent Resolve"'],
  ['r38.txt', 'miss: "the defeat of the Islamic State"'],
]);

const dir = join(__dirname, '..', '..', 'fixtures', 'probes-blind');
const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as { pages: ProbeLabel[] };
const matcher = createMatcher(loadEmbeddedPack());

/** The claim ids the matcher shows on a probe page, less those its label allows either way. */
function claimsShown(page: ProbeLabel): string[] {
  const blocks = readFileSync(join(dir, page.file), 'utf8')
    .split(/\r?\n\s*\r?\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  const mentions = matcher.resolve(blocks.map((b) => matcher.scanBlock(b))).flat();
  const maybe = new Set(page.maybeClaims ?? []);
  return [...new Set(mentions.filter((m) => m.kind === 'claim' && !maybe.has(m.id)).map((m) => m.id))].sort();
}

describe('blind probe pages of our own', () => {
  it('has at least 80 pages, and every page on the list of known failures exists', () => {
    expect(labels.pages.length).toBeGreaterThanOrEqual(80);
    const files = new Set(labels.pages.map((p) => p.file));
    expect([...STILL_WRONG.keys()].filter((f) => !files.has(f))).toEqual([]);
  });

  it.each(labels.pages.map((page) => [page.file, page] as const))('%s', (file, page) => {
    const expected = [...new Set(page.claims ?? [])].sort();
    const shown = claimsShown(page);
    if (STILL_WRONG.has(file)) {
      expect(shown, `${file} now passes: take it off STILL_WRONG`).not.toEqual(expected);
    } else {
      expect(shown, `claims shown on ${file}`).toEqual(expected);
    }
  });
});
