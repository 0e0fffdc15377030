/**
 * Our own probe pages (tests/fixtures/probes, written for this project): every page must show
 * exactly the actors and claims its label lists (the `maybe` lists may or may not show). A page
 * is one case, so a rule that fixes one probe and breaks another fails here. The probes are short
 * because Node's Intl.Segmenter is slow on long texts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../../src/core/embedded-pack';
import { createMatcher } from '../../../src/core/matcher';

interface ProbeLabel {
  readonly file: string;
  readonly actors?: readonly string[];
  readonly claims?: readonly string[];
  readonly maybeActors?: readonly string[];
  readonly maybeClaims?: readonly string[];
}

const dir = join(__dirname, '..', '..', 'fixtures', 'probes');
const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as { pages: ProbeLabel[] };
const matcher = createMatcher(loadEmbeddedPack());

describe('probe pages of our own', () => {
  it.each(labels.pages.map((page) => [page.file, page] as const))('%s', (file, page) => {
    const blocks = readFileSync(join(dir, file), 'utf8')
      .split(/\r?\n\s*\r?\n/)
      .map((b) => b.trim())
      .filter(Boolean);
    const mentions = matcher.resolve(blocks.map((b) => matcher.scanBlock(b))).flat();
    for (const kind of ['actor', 'claim'] as const) {
      const expected = (kind === 'actor' ? page.actors : page.claims) ?? [];
      const maybe = new Set((kind === 'actor' ? page.maybeActors : page.maybeClaims) ?? []);
      const found = new Set(mentions.filter((m) => m.kind === kind).map((m) => m.id));
      expect([...found].filter((id) => !maybe.has(id)).sort(), `${kind}s shown on ${file}`).toEqual([...new Set(expected)].sort());
    }
  });
});
