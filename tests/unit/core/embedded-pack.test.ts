/**
 * Tests for src/core/embedded-pack.ts: the pack that ships with the extension validates, every
 * cross-reference in it resolves, and it carries every actor and claim id other tools rely on.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EMBEDDED_PACK_ID, loadEmbeddedPack } from '../../../src/core/embedded-pack';
import { type FrameSlot, parsePack } from '../../../src/core/pack';
import rawPack from '../../../assets/packs/iraq-sudani-isis-threat.json';

const pack = loadEmbeddedPack();
/** The seed article lives in the workspace's shared folder, beside the checkout (as in CI). */
const seedUrl = new URL('../../../../shared/seed/article.txt', import.meta.url);
/** SHA-256 of ../shared/seed/article.txt. */
const SEED_ARTICLE_SHA256 = '3075f5d71753923c9d48765fdd707613a4c44fb562c02e33f2078ab7a69b23e5';

/** The ids the issue fixes, with whether each is highlighted by default. */
const REQUIRED_ACTORS: Record<string, boolean> = {
  'al-sudani': true,
  'kevin-leahy': true,
  'alina-romanowski': true,
  isis: true,
  'global-coalition': true,
  'us-military': true,
  'iraqi-forces': true,
  'united-states': false,
  iraq: false,
};
const REQUIRED_CLAIMS = [
  'isis-no-longer-a-threat',
  'isis-still-a-threat',
  'us-troops-should-leave',
  'us-reluctant-to-leave',
  'iraqi-forces-can-do-it-alone',
  'coalition-mission-ending',
  'victory-over-isis',
  'isis-as-pretext',
];

/** Every slot of a claim's frame, wherever it sits, with its path for failure messages. */
function frameSlots(pack: ReturnType<typeof loadEmbeddedPack>): [string, FrameSlot][] {
  return pack.claims.flatMap((claim) => [
    [`${claim.id}.subject`, claim.frame.subject] as [string, FrameSlot],
    ...(claim.frame.object ? [[`${claim.id}.object`, claim.frame.object] as [string, FrameSlot]] : []),
    ...claim.frame.evidence.flatMap((set, s) => set.map((slot, g): [string, FrameSlot] => [`${claim.id}.evidence[${s}][${g}]`, slot])),
  ]);
}

describe('loadEmbeddedPack', () => {
  it('parses the shipped JSON without errors', () => {
    const result = parsePack(rawPack);
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(pack.id).toBe(EMBEDDED_PACK_ID);
  });

  it('returns a fresh copy each time so that callers cannot change each other’s pack', () => {
    const first = loadEmbeddedPack();
    first.actors.length = 0;
    expect(loadEmbeddedPack().actors.length).toBeGreaterThan(0);
  });

  it('carries the seed article’s text exactly', () => {
    // The article lives outside the repository (../shared/seed/article.txt); its SHA-256 is
    // recorded here so that the check runs on every machine, and compared with the file too
    // where it is present.
    expect(createHash('sha256').update(pack.text).digest('hex')).toBe(SEED_ARTICLE_SHA256);
    if (existsSync(seedUrl)) expect(pack.text).toBe(readFileSync(seedUrl, 'utf8'));
  });

  it('leaves unstated metadata out and marks the written headline as editorial', () => {
    expect(pack.article.titleIsEditorial).toBe(true);
    expect(pack.article.outlet).toBeUndefined();
    expect(pack.article.published).toBeUndefined();
    expect(pack.article.url).toBeUndefined();
    expect(pack.article.summary.split(/(?<=\.)\s+/)).toHaveLength(2);
  });
});

describe('the embedded pack’s ids and references', () => {
  const actorIds = new Set(pack.actors.map((actor) => actor.id));
  const quoteIds = new Set(pack.quotes.map((quote) => quote.id));
  const claimIds = new Set(pack.claims.map((claim) => claim.id));

  it('has unique actor, quote and claim ids', () => {
    expect(actorIds.size).toBe(pack.actors.length);
    expect(quoteIds.size).toBe(pack.quotes.length);
    expect(claimIds.size).toBe(pack.claims.length);
  });

  it.each(Object.entries(REQUIRED_ACTORS))('has actor %s with highlight %s', (id, highlight) => {
    expect(pack.actors.find((actor) => actor.id === id)?.highlight).toBe(highlight);
  });

  it.each(REQUIRED_CLAIMS)('has claim %s', (id) => {
    expect(claimIds.has(id)).toBe(true);
  });

  it('resolves every quote speaker and claim speaker', () => {
    for (const quote of pack.quotes) expect(actorIds, quote.id).toContain(quote.speaker);
    for (const claim of pack.claims) for (const speaker of claim.speakers) expect(actorIds, claim.id).toContain(speaker);
  });

  it('resolves every quote a claim cites, and uses every quote', () => {
    for (const claim of pack.claims) for (const id of claim.quotes) expect(quoteIds, claim.id).toContain(id);
    const cited = new Set(pack.claims.flatMap((claim) => claim.quotes));
    expect(pack.quotes.filter((quote) => !cited.has(quote.id)).map((quote) => quote.id)).toEqual([]);
  });

  it('resolves every opposed claim, symmetrically, and never a claim against itself', () => {
    for (const claim of pack.claims) {
      for (const other of claim.opposes) {
        expect(other, claim.id).not.toBe(claim.id);
        expect(pack.claims.find((c) => c.id === other)?.opposes, `${other} should oppose ${claim.id}`).toContain(claim.id);
      }
    }
  });

  it('links the oppositions the article sets up', () => {
    const opposes = (a: string, b: string): boolean => pack.claims.find((claim) => claim.id === a)?.opposes.includes(b) ?? false;
    expect(opposes('isis-no-longer-a-threat', 'isis-still-a-threat')).toBe(true);
    expect(opposes('us-troops-should-leave', 'us-reluctant-to-leave')).toBe(true);
    expect(opposes('victory-over-isis', 'isis-still-a-threat')).toBe(true);
    expect(opposes('iraqi-forces-can-do-it-alone', 'isis-still-a-threat')).toBe(true);
  });

  it('resolves every actor a frame slot names', () => {
    for (const [path, slot] of frameSlots(pack)) for (const id of slot.actors) expect(actorIds, path).toContain(id);
  });

  it('states opposed claims on one question with opposite stances', () => {
    const byId = new Map(pack.claims.map((claim) => [claim.id, claim]));
    const opposite: Record<string, string> = {
      asserted: 'negated',
      negated: 'asserted',
      continuing: 'ended',
      ended: 'continuing',
      demanded: 'reluctant',
      reluctant: 'demanded',
    };
    for (const claim of pack.claims) {
      for (const id of claim.opposes) {
        const other = byId.get(id)!;
        const sameQuestion = claim.frame.predicate.concepts.some((c) => other.frame.predicate.concepts.includes(c));
        if (sameQuestion) expect(other.frame.stance, `${claim.id} / ${id}`).toBe(opposite[claim.frame.stance]);
      }
    }
  });

  it('marks the institutions of every kind of news as broad, and the story’s own people and bodies as specific', () => {
    const broad = pack.actors.filter((actor) => actor.scope === 'broad').map((actor) => actor.id);
    expect(broad.sort()).toEqual(['iraq', 'isis', 'united-states', 'us-military']);
  });
});

describe('the embedded pack’s content', () => {
  it('quotes the article verbatim, each quote inside its sentence', () => {
    for (const quote of pack.quotes) {
      expect(pack.text, quote.id).toContain(quote.text);
      expect(pack.text, quote.id).toContain(quote.sentence);
      expect(quote.sentence, quote.id).toContain(quote.text);
    }
  });

  it('marks as direct exactly the quotes the article puts in quotation marks', () => {
    for (const quote of pack.quotes) {
      const start = quote.sentence.indexOf(quote.text);
      const before = quote.sentence[start - 1];
      expect(before === '“', `${quote.id} direct=${quote.direct}`).toBe(quote.direct);
    }
  });

  it('gives every claim a sentence of the article, verbatim', () => {
    for (const claim of pack.claims) {
      expect(claim.sentences.length, claim.id).toBeGreaterThan(0);
      for (const sentence of claim.sentences) expect(pack.text, claim.id).toContain(sentence);
    }
  });

  it('gives every actor a standalone alias, and no alias twice', () => {
    for (const actor of pack.actors) {
      expect(
        actor.aliases.some((alias) => alias.standalone),
        actor.id,
      ).toBe(true);
      const forms = actor.aliases.map((alias) => (alias.caseSensitive ? alias.text : alias.text.toLowerCase()));
      expect(
        forms.filter((form, i) => forms.indexOf(form) !== i),
        actor.id,
      ).toEqual([]);
    }
  });

  it('tags every alias in Arabic script as Arabic, and only those', () => {
    for (const actor of pack.actors) {
      for (const alias of actor.aliases) expect(alias.lang, alias.text).toBe(/\p{Script=Arabic}/u.test(alias.text) ? 'ar' : 'en');
    }
  });

  it('makes acronyms case-sensitive so that "Isis" the goddess and "is" the verb are not ISIS', () => {
    for (const actor of pack.actors) {
      for (const alias of actor.aliases) {
        if (/^[A-Z][A-Z.-]+$/.test(alias.text)) expect(alias.caseSensitive, alias.text).toBe(true);
      }
    }
    const isis = pack.actors.find((actor) => actor.id === 'isis');
    expect(isis?.aliases.find((alias) => alias.text === 'IS')).toMatchObject({ caseSensitive: true, standalone: false });
  });

  it('does not let ambiguous bare forms stand alone', () => {
    const standalone = new Map(pack.actors.flatMap((actor) => actor.aliases.map((alias) => [alias.text, alias.standalone] as const)));
    for (const form of [
      'Leahy',
      'Romanowski',
      'the coalition',
      'OIR',
      'IS',
      'ISF',
      'Iraqi Prime Minister',
      'Iraq’s premier',
      'Washington',
    ]) {
      expect(standalone.get(form), form).toBe(false);
    }
  });

  it('wording stays neutral: claims are contested, never called false', () => {
    const prose = [
      pack.article.title,
      pack.article.summary,
      ...pack.actors.flatMap((actor) => [actor.role, actor.description]),
      ...pack.claims.flatMap((claim) => [claim.statement, ...claim.evidence]),
    ].join('\n');
    expect(prose).not.toMatch(/\b(false|lie|lies|lied|debunked|wrong|untrue|misleading)\b/i);
  });
});
