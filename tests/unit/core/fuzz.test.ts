/**
 * Property-based tests that throw hostile input at the pure core: random Unicode at the normaliser
 * and the matcher, random packs at the validator and the matcher. Properties: no exception escapes,
 * every mention's offsets map back to the exact characters of the text, and a pack broken in any
 * of the ways below is always refused. Texts stay small: Intl.Segmenter is quadratic in Node 20.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../../src/core/embedded-pack';
import { createMatcher, type Mention } from '../../../src/core/matcher';
import { foldText, toOriginalRange } from '../../../src/core/normalize';
import { parsePack, type Pack, type PackInput } from '../../../src/core/pack';
import { testPackInput } from './test-pack';

const embedded = loadEmbeddedPack();
const embeddedMatcher = createMatcher(embedded);

/** Pieces that make random text likely to hit aliases, cue words and the folder's special cases. */
const PIECES = [
  'Mohammed Shia al-Sudani',
  'al-Sudani',
  'Sudani',
  'ISIS',
  'Isis',
  'IS',
  'Daesh',
  'Da’esh',
  'Leahy',
  'the coalition',
  'US troops',
  'Iraqi forces',
  'no longer a threat',
  'still a threat',
  'killed 14 fighters',
  'withdraw',
  'Prime Minister',
  'السوداني',
  'محمد شياع السوداني',
  'داعش',
  'القوات الأمريكية',
  '.',
  '. ',
  '!',
  '?',
  '“',
  '”',
  '"',
  "'s",
  '’s',
  '-',
  '\u00ad',
  '\u200b',
  '\u200f',
  '\u202e',
  '\ufeff',
  'e\u0301',
  'ﬁ',
  'İ',
  'ß',
  'Σ',
  '😀',
  '\ud800',
  '\udc00',
  '\n',
  '\t',
  '\u00a0',
  '(',
  ')',
  '[',
  ']',
  '*',
  '+',
  '\\',
  '$',
  '^',
  '|',
  '{2}',
  '<script>',
  '&amp;',
  ' ',
];
const pieceText = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 30 })
  .map((p) => p.join(''));
const anyText = fc.oneof(
  { arbitrary: pieceText, weight: 3 },
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme-composite', maxLength: 40 }),
);

/** Checks every invariant a mention must keep relative to the block text it came from. */
function expectMentionsMapBack(blocks: readonly string[], mentions: readonly Mention[][]): void {
  expect(mentions).toHaveLength(blocks.length);
  mentions.forEach((list, b) => {
    const text = blocks[b] as string;
    for (const mention of list) {
      expect(Number.isInteger(mention.start) && Number.isInteger(mention.end)).toBe(true);
      expect(mention.start).toBeGreaterThanOrEqual(0);
      expect(mention.end).toBeGreaterThan(mention.start);
      expect(mention.end).toBeLessThanOrEqual(text.length);
      expect(mention.text).toBe(text.slice(mention.start, mention.end));
      // A range that cuts a surrogate pair would paint half a character.
      expect(isLowSurrogate(text.charCodeAt(mention.start)) && isHighSurrogate(text.charCodeAt(mention.start - 1))).toBe(false);
      expect(isLowSurrogate(text.charCodeAt(mention.end)) && isHighSurrogate(text.charCodeAt(mention.end - 1))).toBe(false);
      expect(typeof mention.explanation).toBe('string');
    }
  });
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

describe('normaliser fuzz', () => {
  it('property: every folded index maps to an original range inside the text, never throwing', () => {
    fc.assert(
      fc.property(anyText, fc.boolean(), (text, caseFold) => {
        const folded = foldText(text, { caseFold });
        for (let i = 0; i < folded.text.length; i++) {
          const [start, end] = toOriginalRange(folded, i, i + 1);
          expect(start).toBeGreaterThanOrEqual(0);
          expect(end).toBeLessThanOrEqual(text.length);
          expect(start).toBeLessThanOrEqual(end);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('matcher fuzz (the embedded pack)', () => {
  it('property: random Unicode blocks never throw and every mention is the exact text at its offsets', () => {
    let found = 0;
    fc.assert(
      fc.property(fc.array(anyText, { minLength: 1, maxLength: 6 }), (blocks) => {
        const scans = blocks.map((block) => embeddedMatcher.scanBlock(block));
        const mentions = embeddedMatcher.resolve(scans);
        expectMentionsMapBack(blocks, mentions);
        found += mentions.flat().length;
      }),
      { numRuns: 300 },
    );
    // The property would hold vacuously if the random pages never named anyone.
    // About 45–80 are typical; the bound only proves the property was not vacuous.
    expect(found).toBeGreaterThan(10);
  });

  it('property: a full name between arbitrary neutral punctuation is found at its exact place', () => {
    const punctuation = fc.string({ unit: fc.constantFrom(' ', '.', ',', ';', '(', ')', '“', '”', '\n', '—', '1', '7'), maxLength: 8 });
    fc.assert(
      fc.property(punctuation, punctuation, (before, after) => {
        const name = 'Mohammed Shia al-Sudani';
        const text = `${before} ${name} ${after}`;
        const [mentions] = embeddedMatcher.resolve([embeddedMatcher.scanBlock(text)]);
        const at = text.indexOf(name);
        expect(mentions?.some((m) => m.kind === 'actor' && m.id === 'al-sudani' && m.start === at && m.end === at + name.length)).toBe(
          true,
        );
      }),
      { numRuns: 200 },
    );
  });

  it('property: the same block always gives the same mentions (scans are pure)', () => {
    fc.assert(
      fc.property(pieceText, (text) => {
        const once = embeddedMatcher.resolve([embeddedMatcher.scanBlock(text)]);
        const twice = embeddedMatcher.resolve([embeddedMatcher.scanBlock(text)]);
        expect(twice).toEqual(once);
      }),
      { numRuns: 100 },
    );
  });
});

/** Pieces of sentences that name the claims' subjects, ideas and stance words, in random order. */
const CLAIM_PIECES = [
  'ISIS',
  'Daesh',
  'the Islamic State group',
  'the militants',
  'US troops',
  'American forces',
  'the coalition',
  'Iraqi forces',
  'Iraq',
  'Washington',
  'is',
  'remains',
  'still',
  'no longer',
  'not',
  'never',
  'a threat',
  'a danger',
  'defeated',
  'a spent force',
  'regrouping',
  'should',
  'leave',
  'withdraw',
  'reluctant to',
  'no plans to',
  'stay',
  'alone',
  'without foreign help',
  'if',
  'whether',
  'could',
  'but',
  'however,',
  'rejected the claim that',
  'denied that',
  'said',
  'warned that',
  'despite',
  'the mission will end',
  'victory over',
  'a pretext for keeping troops',
  ',',
  '.',
  '?',
];
const claimSentence = fc.array(fc.constantFrom(...CLAIM_PIECES), { minLength: 3, maxLength: 16 }).map((p) => p.join(' '));

describe('claim sides (the embedded pack)', () => {
  const opposes = new Map(embedded.claims.map((claim) => [claim.id, new Set(claim.opposes)]));
  it('property: a sentence never takes both sides of an opposition, and the matcher never throws', () => {
    let claims = 0;
    fc.assert(
      fc.property(claimSentence, (text) => {
        const [mentions] = embeddedMatcher.resolve([embeddedMatcher.scanBlock(text)]);
        const bySentence = new Map<number, string[]>();
        for (const m of (mentions ?? []).filter((x) => x.kind === 'claim'))
          bySentence.set(m.start, [...(bySentence.get(m.start) ?? []), m.id]);
        for (const ids of bySentence.values()) {
          claims += ids.length;
          for (const a of ids) for (const b of ids) expect(opposes.get(a)?.has(b), `${a} and ${b} in «${text}»`).toBe(false);
        }
      }),
      { numRuns: 400 },
    );
    // Not vacuous: the random sentences do state claims.
    expect(claims).toBeGreaterThan(20);
  });
});

/** An alias text: anything printable, regex metacharacters and markup included. */
const aliasText = fc
  .oneof(
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }),
    fc.constantFrom(
      '.*',
      '(a+)+$',
      '[^]',
      '\\d{1,}',
      'a|b',
      '?',
      '${x}',
      '^$',
      '\\',
      '((((',
      '<img src=x onerror=alert(1)>',
      'ISIS',
      'Σ',
      'İstanbul',
      'ﬁre',
    ),
  )
  .filter((text) => text.trim().length > 0 && text.length <= 400);

/** A pack built around random aliases for the test pack's first actor. */
const randomPack = fc
  .record({
    aliases: fc.array(
      fc.record({ text: aliasText, caseSensitive: fc.boolean(), standalone: fc.boolean(), lang: fc.constantFrom('en', 'ar', 'fr') }),
      { minLength: 1, maxLength: 12 },
    ),
    highlight: fc.boolean(),
  })
  .map(({ aliases, highlight }): PackInput => {
    const pack = structuredClone(testPackInput);
    const first = pack.actors[0] as PackInput['actors'][number];
    pack.actors[0] = { ...first, highlight, aliases };
    return pack;
  });

describe('random packs', () => {
  it('property: a valid pack with random aliases compiles, and its matcher never throws or misplaces a mention', () => {
    fc.assert(
      fc.property(randomPack, fc.array(anyText, { minLength: 1, maxLength: 4 }), (input, blocks) => {
        const result = parsePack(input);
        expect(result.ok).toBe(true);
        const matcher = createMatcher((result as { ok: true; value: Pack }).value);
        // Put every alias into the page as well, so that the random aliases are really matched.
        const page = [...blocks, input.actors[0]!.aliases.map((alias) => alias.text).join(' and ')];
        expectMentionsMapBack(page, matcher.resolve(page.map((block) => matcher.scanBlock(block))));
      }),
      { numRuns: 150 },
    );
  });

  /** Ways to break a valid pack; each must be refused, never accepted and never thrown. */
  const breakages: fc.Arbitrary<[string, (pack: Record<string, unknown>) => void]> = fc.oneof(
    fc
      .constantFrom('schemaVersion', 'id', 'article', 'text', 'actors')
      .map((key): [string, (p: Record<string, unknown>) => void] => [`drop ${key}`, (p) => delete p[key]]),
    fc
      .oneof(fc.integer(), fc.double(), fc.string(), fc.constant(null))
      .filter((v) => v !== 1 && v !== 3)
      .map((version): [string, (p: Record<string, unknown>) => void] => [
        `schemaVersion ${String(version)}`,
        (p) => (p.schemaVersion = version),
      ]),
    fc
      .string({ maxLength: 20 })
      .filter((id) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))
      .map((id): [string, (p: Record<string, unknown>) => void] => [`id ${JSON.stringify(id)}`, (p) => (p.id = id)]),
    fc
      .constantFrom(
        'javascript:alert(1)',
        'data:text/html,x',
        'vbscript:x',
        'file:///etc/passwd',
        'not a url',
        'JAVASCRIPT:alert(1)',
        ' javascript:alert(1)',
      )
      .map((url): [string, (p: Record<string, unknown>) => void] => [
        `url ${url}`,
        (p) => ((p.article as Record<string, unknown>).url = url),
      ]),
    fc
      .oneof(fc.constantFrom('__proto__', 'constructor'), fc.string({ minLength: 1, maxLength: 10 }))
      .filter((key) => !['schemaVersion', 'id', 'article', 'text', 'actors', 'quotes', 'claims'].includes(key))
      // An own property, as JSON.parse makes one: `p[key] = 1` would be a no-op for "__proto__".
      .map((key): [string, (p: Record<string, unknown>) => void] => [
        `unknown field ${key}`,
        (p) => Object.defineProperty(p, key, { value: 1, enumerable: true, configurable: true, writable: true }),
      ]),
    fc
      .constantFrom('', ' ', '\n\t')
      .map((blank): [string, (p: Record<string, unknown>) => void] => [
        `blank alias ${JSON.stringify(blank)}`,
        (p) => ((p.actors as { aliases: { text: string }[] }[])[0]!.aliases[0]!.text = blank),
      ]),
    fc.constant<[string, (p: Record<string, unknown>) => void]>([
      'quote not in text',
      (p) => (p.quotes = [{ id: 'q', speaker: 'al-sudani', text: 'Never said.', direct: true, sentence: 'Never said.' }]),
    ]),
    fc.constant<[string, (p: Record<string, unknown>) => void]>([
      'quote by an unknown actor',
      (p) => (p.quotes = [{ id: 'q', speaker: 'nobody', text: 'ISIS', direct: true, sentence: testPackInput.text.split('. ')[0] }]),
    ]),
    fc.constant<[string, (p: Record<string, unknown>) => void]>([
      'duplicate actor',
      (p) => (p.actors as unknown[]).push(structuredClone((p.actors as unknown[])[0])),
    ]),
    fc.constant<[string, (p: Record<string, unknown>) => void]>([
      'too many aliases',
      (p) => ((p.actors as { aliases: unknown[] }[])[0]!.aliases = Array.from({ length: 201 }, (_, i) => ({ text: `a${i}` }))),
    ]),
  );

  it('property: a pack broken in any one way is refused with at least one message', () => {
    fc.assert(
      fc.property(breakages, ([, breakIt]) => {
        const pack = structuredClone(testPackInput) as unknown as Record<string, unknown>;
        breakIt(pack);
        const result = parsePack(pack);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
