/**
 * Tests for src/content/page-gate.ts: the gate never says "no" for a pack where its matcher finds
 * a mention (on generated text, whole or cut into blocks and glued together as `textContent`
 * reads them), tells ordinary prose and look-alikes ("the goddess Isis") from the story, and
 * sorts several packs apart.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPageGate, quickFold, type GatePack } from '../../../src/content/page-gate';
import { foldString } from '../../../src/core/normalize';
import { loadEmbeddedPack } from '../../../src/core/embedded-pack';
import { createMatcher } from '../../../src/core/matcher';
import { parsePack, type Pack } from '../../../src/core/pack';
import { generatedPack } from '../../../scripts/bench-packs.mjs';

const seed = loadEmbeddedPack();
const highlighted = (pack: Pack): string[] => pack.actors.filter((a) => a.highlight).map((a) => a.id);
const parsed = (raw: unknown): Pack => {
  const result = parsePack(raw);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.value;
};
const generated = [1, 2].map((n) => parsed(generatedPack(n)));

/** Pieces that make random text hit aliases, cue terms, their look-alikes and the folder's cases. */
const forms = (pack: Pack): string[] => [
  ...pack.actors.flatMap((a) => a.aliases.map((alias) => alias.text)),
  ...pack.claims.flatMap((c) => [...c.cues.topic, c.cues.markers, ...c.cues.evidence.flat()].flatMap((g) => g.terms)),
];
const PIECES = [
  ...forms(seed), ...forms(generated[0]!), 'Isis', 'is', 'us', 'Us', 'THIS IS', 'the', 'council', 'said', 'on Tuesday', '.', '. ', ', ', ' ',
  '  ', '\n', '’s', "'", '-', '—', '(', ')', 'e\u0301', 'ﬁ', 'İ', 'ß', '\u00ad', '\u200b', 'السوداني', 'داعش',
];
/** A sentence made of one cue (term or actor alias) per group of one claim route, in random order. */
const routeSentence = (pack: Pack): fc.Arbitrary<string> => {
  const aliasesOf = (id: string): string[] => pack.actors.find((a) => a.id === id)?.aliases.map((a) => a.text) ?? [];
  const routes = pack.claims.flatMap((c) => [[...c.cues.topic, c.cues.markers], ...c.cues.evidence]);
  return fc.constantFrom(...routes).chain((route) =>
    fc.tuple(...route.map((group) => fc.constantFrom(...group.terms, ...group.actors.flatMap(aliasesOf))), fc.boolean()).map((parts) => {
      const cues = parts.slice(0, -1) as string[];
      // Sometimes a group is left out, so that near misses are generated too.
      if (parts[parts.length - 1]) cues.pop();
      return `${cues.join(' the ')}.`;
    }),
  );
};
const piece = fc.oneof({ arbitrary: fc.constantFrom(...PIECES), weight: 6 }, fc.string({ maxLength: 4 }), { arbitrary: routeSentence(seed), weight: 2 }, routeSentence(generated[0]!));
const blocks = fc.array(fc.array(piece, { minLength: 1, maxLength: 10 }).map((p) => p.join(' ')), { minLength: 1, maxLength: 4 });

const packs: GatePack[] = [seed, ...generated].map((pack) => ({ pack, actorIds: highlighted(pack) }));
const matchers = packs.map(({ pack, actorIds }) => createMatcher(pack, { actorIds }));
const gate = createPageGate(packs, true);

describe('page gate', () => {
  it('property: says "maybe" for every pack whose matcher finds something, whole or in glued blocks', () => {
    fc.assert(
      fc.property(blocks, (texts) => {
        const glued = texts.join('');
        const maybe = new Set(gate.packsIn([glued]));
        matchers.forEach((matcher, p) => {
          const found = matcher.resolve(texts.map((t) => matcher.scanBlock(t))).some((list) => list.length > 0);
          if (found) expect(maybe.has(p)).toBe(true);
        });
      }),
      { numRuns: 1_500 },
    );
  });

  it('property: the same on big texts, which are searched with one alternation', () => {
    const filler = 'The council reviewed the budget. '.repeat(140);
    fc.assert(
      fc.property(blocks, (texts) => {
        const padded = [filler + texts[0], ...texts.slice(1)];
        const maybe = new Set(gate.packsIn([padded.join('')]));
        matchers.forEach((matcher, p) => {
          const found = matcher.resolve(padded.map((t) => matcher.scanBlock(t))).some((list) => list.length > 0);
          if (found) expect(maybe.has(p)).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('says "no" to prose that never mentions the story, look-alikes included', () => {
    expect(gate.packsIn(['The council reviewed the budget as the weather turned.', 'Temple of the goddess Isis, this is us.'])).toEqual([]);
    expect(gate.packsIn(['', '   \n  '])).toEqual([]);
    expect(gate.packsIn(['Temple of the goddess Isis. '.repeat(300)])).toEqual([]);
  });

  it('finds the story, an acronym in its case, and a claim made of cue terms alone', () => {
    expect(gate.packsIn(['Talks with Mohammed Shia al-Sudani resumed.'])).toEqual([0]);
    expect(gate.packsIn(['Fighters of ISIS regrouped.'])).toEqual([0]);
    expect(gate.packsIn([`${'Temple of the goddess Isis. '.repeat(300)}Fighters of ISIS regrouped.`])).toEqual([0]);
    expect(gate.packsIn([`${'The council met. '.repeat(300)}The PRIME MINISTER Mohammed Shia AL-SUDANI spoke.`])).toEqual([0]);
    // us-troops-should-leave: foreign troops (topic), withdraw, Iraqi, and a marker, with no actor named.
    expect(gate.packsIn(['Iraqi lawmakers said foreign troops should withdraw.'])).toEqual([0]);
  });

  it('tells packs apart and reads several texts as one page', () => {
    const name = generated[1]!.actors[0]!.name;
    expect(gate.packsIn([`A report on ${name}.`])).toEqual([2]);
    expect(gate.packsIn(['ISIS', name])).toEqual([0, 2]);
  });

  it('ignores claims when claims are not highlighted', () => {
    const actorsOnly = createPageGate(packs, false);
    expect(actorsOnly.packsIn(['Iraqi lawmakers said foreign troops should withdraw.'])).toEqual([]);
  });
});

describe('quickFold', () => {
  const unicode = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc.string({ unit: 'grapheme-composite', maxLength: 30 }),
    fc.array(fc.constantFrom(...PIECES, 'A', 'Ǆ', 'ẞ', 'İ', 'ﬁ', 'Ⅻ', '𝐀', '\u0301', ' \u0301 ', '\t', '\r\n', '\u2028', '\u00a0', '\u3000', '\ufeff', '\x01', '\x7f', "''", ' - '), { maxLength: 20 }).map((p) => p.join('')),
  );

  it('property: folds exactly as foldString does, with and without case', () => {
    fc.assert(
      fc.property(unicode, fc.boolean(), (text, caseFold) => {
        expect(quickFold(text, caseFold)).toBe(foldString(text, { caseFold }));
      }),
      { numRuns: 5_000 },
    );
  });
});
