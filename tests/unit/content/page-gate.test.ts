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
import { variantTable } from '../../../src/core/context';
import { parsePack, type FrameSlot, type Pack } from '../../../src/core/pack';
import { generatedPack } from '../../../scripts/bench-packs.mjs';

const seed = loadEmbeddedPack();
const highlighted = (pack: Pack): string[] => pack.actors.filter((a) => a.highlight).map((a) => a.id);
const parsed = (raw: unknown): Pack => {
  const result = parsePack(raw);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.value;
};
const generated = [1, 2].map((n) => parsed(generatedPack(n)));

/** The slots of a pack's claim frames. */
const slotsOf = (pack: Pack): FrameSlot[] =>
  pack.claims.flatMap((c) => [c.frame.subject, ...(c.frame.object ? [c.frame.object] : []), ...c.frame.evidence.flat()]);
/** Pieces that make random text hit aliases and their variants, slot terms, their look-alikes and the folder's cases. */
const forms = (pack: Pack): string[] => [
  ...pack.actors.flatMap((a) => a.aliases.map((alias) => alias.text)),
  ...variantTable(pack.actors).rows.map(([, , text]) => text),
  ...slotsOf(pack).flatMap((slot) => slot.terms),
  ...pack.claims.flatMap((c) => c.frame.predicate.terms),
];
const PIECES = [
  ...forms(seed),
  ...forms(generated[0]!),
  'Isis',
  'is',
  'us',
  'Us',
  'THIS IS',
  'the',
  'council',
  'said',
  'on Tuesday',
  '.',
  '. ',
  ', ',
  ' ',
  '  ',
  '\n',
  '’s',
  "'",
  '-',
  '—',
  '(',
  ')',
  'e\u0301',
  'ﬁ',
  'İ',
  'ß',
  '\u00ad',
  '\u200b',
  'السوداني',
  'داعش',
  'still',
  'no longer',
  'should',
  'a threat',
  'poses',
  'withdraw',
  'leave',
  'defeated',
  'victory',
  'pretext',
  'alone',
  'increase',
  'rose',
];
/** How a sentence may say each predicate, so that generated text states claims (and near misses) often. */
const PREDICATES: Record<string, string[]> = {
  threat: ['is still a threat', 'no longer poses a threat', 'remains a danger', 'is not a threat any more'],
  withdraw: ['should withdraw from Iraq', 'must leave Iraq, Iraqi officials said', 'has no plans to withdraw from Iraq'],
  victory: ['was defeated, the prime minister declared', 'declared victory over'],
  defeated: ['has been defeated'],
  pretext: ['is a pretext for keeping US troops', 'is only an excuse for the presence of troops'],
  'capable-alone': ['can handle security on their own', 'are capable of doing the job alone'],
  'mission-ending': ['will end its mission next year', 'is winding down its mission'],
  increase: ['will increase next year, the council said', 'will not increase, the assembly voted'],
};
/** A sentence that names one claim's subject (or another word in its place) and says its predicate. */
const claimSentence = (pack: Pack): fc.Arbitrary<string> => {
  const aliasesOf = (id: string): string[] => pack.actors.find((a) => a.id === id)?.aliases.map((a) => a.text) ?? [];
  return fc.constantFrom(...pack.claims).chain((claim) => {
    const { subject, predicate } = claim.frame;
    const says = predicate.concepts.flatMap((c) => PREDICATES[c] ?? []);
    return fc
      .tuple(
        fc.constantFrom(...subject.terms, ...subject.actors.flatMap(aliasesOf), 'The council', 'It'),
        fc.constantFrom(...(says.length > 0 ? says : ['is a threat'])),
      )
      .map(([who, what]) => `${who} ${what}.`);
  });
};
/** A sentence with one cue per slot of one evidence set, in random order. */
const evidenceSentence = (pack: Pack): fc.Arbitrary<string> => {
  const aliasesOf = (id: string): string[] => pack.actors.find((a) => a.id === id)?.aliases.map((a) => a.text) ?? [];
  const sets = pack.claims.flatMap((c) => c.frame.evidence);
  if (sets.length === 0) return fc.constant('');
  return fc
    .constantFrom(...sets)
    .chain((set) =>
      fc
        .tuple(
          ...set.map((slot) =>
            fc.constantFrom(
              ...slot.terms,
              ...slot.actors.flatMap(aliasesOf),
              ...(slot.concepts.length > 0 ? ['killed', 'wounded', 'raid'] : []),
              'people',
            ),
          ),
        )
        .map((cues) => `${cues.join(' were ')}.`),
    );
};
const piece = fc.oneof(
  { arbitrary: fc.constantFrom(...PIECES), weight: 6 },
  fc.string({ maxLength: 4 }),
  { arbitrary: claimSentence(seed), weight: 2 },
  claimSentence(generated[0]!),
  evidenceSentence(seed),
  evidenceSentence(generated[0]!),
);
const blocks = fc.array(
  fc.array(piece, { minLength: 1, maxLength: 10 }).map((p) => p.join(' ')),
  { minLength: 1, maxLength: 4 },
);

const packs: GatePack[] = [seed, ...generated].map((pack) => ({
  pack,
  actorIds: highlighted(pack),
  variants: variantTable(pack.actors).rows,
}));
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
      // The stance reader makes each run cost some 15 ms; 400 runs still hit claims hundreds of times.
      { numRuns: 400 },
    );
  }, 60_000);

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
      { numRuns: 80 },
    );
  }, 60_000);

  it('finds a name wherever it falls in a text read in chunks, across the cuts included', () => {
    const filler = 'The council reviewed the budget again. '.repeat(6_000);
    expect(gate.packsIn([filler])).toEqual([]);
    for (const near of [65_536, 131_072]) {
      for (let at = near - 40; at <= near + 40; at += 3) {
        expect(gate.packsIn([`${filler.slice(0, at)}Alina Romanowski${filler.slice(at)}`]), `at ${at}`).toEqual([0]);
      }
    }
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
    // us-troops-should-leave: its subject named by a term of the pack, with no actor named.
    expect(gate.packsIn(['Lawmakers said foreign troops should withdraw.'])).toEqual([0]);
  });

  it("finds a pack whose actor a page names only by a variant of an alias, with the variant's case rule", () => {
    // "Iraq's army" is no alias of the seed pack: the matcher makes it from "Iraqi army".
    expect(seed.actors.some((a) => a.aliases.some((x) => /iraq.s army/i.test(x.text)))).toBe(false);
    expect(gate.packsIn(['Iraq’s army cannot yet beat the militants without air power.'])).toEqual([0]);
    expect(gate.packsIn(['Talks on the future of US combat troops resumed.'])).toEqual([0]);
    const withoutVariants = createPageGate([{ ...packs[0]!, variants: [] }], true);
    expect(withoutVariants.packsIn(['Iraq’s army cannot yet beat the militants without air power.'])).toEqual([]);
  });

  it('says "maybe" on any text for a pack whose variants are not known yet, and "no" on a page without text', () => {
    const unknown = createPageGate([packs[1]!, { ...packs[0]!, variants: null }], true);
    expect(unknown.packsIn(['The council reviewed the budget as the weather turned.'])).toEqual([1]);
    expect(unknown.packsIn(['', '  \n '])).toEqual([]);
  });

  it('tells packs apart and reads several texts as one page', () => {
    const name = generated[1]!.actors[0]!.name;
    expect(gate.packsIn([`A report on ${name}.`])).toEqual([2]);
    expect(gate.packsIn(['ISIS', name])).toEqual([0, 2]);
  });

  it('ignores claims when claims are not highlighted', () => {
    const actorsOnly = createPageGate(packs, false);
    expect(actorsOnly.packsIn(['Lawmakers said foreign troops should withdraw.'])).toEqual([]);
  });
});

describe('quickFold', () => {
  const unicode = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc.string({ unit: 'grapheme-composite', maxLength: 30 }),
    fc
      .array(
        fc.constantFrom(
          ...PIECES,
          'A',
          'Ǆ',
          'ẞ',
          'İ',
          'ﬁ',
          'Ⅻ',
          '𝐀',
          '\u0301',
          ' \u0301 ',
          '\t',
          '\r\n',
          '\u2028',
          '\u00a0',
          '\u3000',
          '\ufeff',
          '\x01',
          '\x7f',
          "''",
          ' - ',
        ),
        { maxLength: 20 },
      )
      .map((p) => p.join('')),
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
