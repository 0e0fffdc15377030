/**
 * Tests for src/content/config.ts, the content script's zod-free readers: settings read exactly as
 * the zod schema reads them (on generated values, damaged ones included), stored packs that
 * `parsePack` accepts pass the structural check, damaged ones and `javascript:` links do not, and
 * the content script's constants agree with the schema's.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser, type FakeBrowser } from '../fake-browser';
import { testPackInput } from '../core/test-pack';
import { ActorKind, PACK_SCHEMA_VERSION, parsePack } from '../../../src/core/pack';
import { loadEmbeddedPack } from '../../../src/core/embedded-pack';
import { DEFAULT_SETTINGS, Settings } from '../../../src/shared/settings';
import seedPackInput from '../../../assets/packs/iraq-sudani-isis-threat.json';

let fake: FakeBrowser = createFakeBrowser();
vi.mock('../../../src/shared/browser', () => ({
  get browser() {
    return fake.browser;
  },
}));

const {
  ACTOR_KINDS,
  CONTENT_PACK_SCHEMA_VERSION,
  defaultSettings,
  readEnabledPacks,
  readSettings,
  settingsFrom,
  storedPackFrom,
  storeVariantTables,
} = await import('../../../src/content/config');
const { variantTable } = await import('../../../src/core/context');
const { KEYS, readPacks } = await import('../../../src/shared/storage');
const { generatedPack } = await import('../../../scripts/bench-packs.mjs');

/** What `Settings.safeParse` makes of `raw`, as shared/storage.ts reads it. */
const viaZod = (raw: unknown): Settings => {
  const parsed = Settings.safeParse(raw ?? {});
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
};

const anyValue = fc.oneof(
  fc.anything(),
  fc.constantFrom(undefined, null, true, false, 0, -1, 300, 3_000, 3_001, 1.5, Number.NaN, '', 'default', 'colour-blind'),
);
const hosts = fc.array(fc.oneof(fc.string({ maxLength: 12 }), fc.constant(''), fc.constant('x'.repeat(254)), fc.integer()), {
  maxLength: 4,
});
const settingsLike = fc.record(
  {
    paused: anyValue,
    sites: fc.oneof(
      anyValue,
      fc.record({ block: fc.oneof(hosts, anyValue), allow: fc.oneof(hosts, anyValue), extra: anyValue }, { requiredKeys: [] }),
    ),
    siteMode: fc.oneof(anyValue, fc.constantFrom('all-but-blocked', 'only-allowed', 'other')),
    actorKinds: fc.oneof(
      anyValue,
      fc.array(fc.oneof(fc.constantFrom(...ActorKind.options), fc.string({ maxLength: 6 })), { maxLength: 4 }),
    ),
    highlightClaims: anyValue,
    palette: fc.oneof(anyValue, fc.constantFrom('default', 'colour-blind', 'dark')),
    hoverDelayMs: fc.oneof(anyValue, fc.integer({ min: -10, max: 4_000 }), fc.double()),
    unknownField: anyValue,
  },
  { requiredKeys: [] },
);

describe('settingsFrom', () => {
  it('starts from the schema defaults', () => {
    expect(defaultSettings()).toEqual(DEFAULT_SETTINGS);
    expect(settingsFrom(undefined)).toEqual(DEFAULT_SETTINGS);
  });

  it('reads every generated value as the zod schema does', () => {
    fc.assert(
      fc.property(fc.oneof(settingsLike, anyValue), (raw) => {
        expect(settingsFrom(raw)).toEqual(viaZod(raw));
      }),
      { numRuns: 2_000 },
    );
  });

  it('reads what storage holds', async () => {
    fake = createFakeBrowser({ [KEYS.settings]: { paused: true, hoverDelayMs: 50, palette: 'nope' } });
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, paused: true, hoverDelayMs: 50 });
  });
});

describe('stored packs', () => {
  beforeEach(() => {
    fake = createFakeBrowser();
  });

  it('agree with the schema on the version and the actor kinds', () => {
    expect(CONTENT_PACK_SCHEMA_VERSION).toBe(PACK_SCHEMA_VERSION);
    expect(ACTOR_KINDS).toEqual(ActorKind.options);
  });

  it('read every pack parsePack accepts as parsePack does, as written or as stored after parsing', () => {
    // A draft as the builder or the review page leaves it: a quote with no speaker (only the
    // article's words for its source), and the builder's reason for a link.
    const draftLike = structuredClone(seedPackInput) as unknown as {
      quotes: Record<string, unknown>[];
      claims: { opposes?: string[]; linkedBecause?: unknown[] }[];
    };
    delete draftLike.quotes[0]!.speaker;
    draftLike.quotes[0]!.source = 'a senior official';
    const linked = draftLike.claims.find((c) => (c.opposes ?? []).length > 0)!;
    linked.linkedBecause = [
      {
        claim: linked.opposes![0],
        rule: 'rejects-words',
        why: 'rejects what the other side said',
        words: 'The union rejected that account.',
      },
    ];
    const packs = [
      seedPackInput,
      loadEmbeddedPack(),
      testPackInput,
      draftLike,
      ...Array.from({ length: 5 }, (_, i) => generatedPack(i + 1)),
    ];
    for (const raw of packs) {
      const parsed = parsePack(structuredClone(raw));
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) continue;
      expect(storedPackFrom(structuredClone(raw))).toEqual(parsed.value);
      expect(storedPackFrom(structuredClone(parsed.value))).toEqual(parsed.value);
    }
  });

  it('refuse other versions, damaged fields and links that are not http(s)', () => {
    const parsed = parsePack(structuredClone(testPackInput));
    if (!parsed.ok) throw new Error('test pack is invalid');
    const pack = parsed.value;
    // Each damage: a path into the pack and the value put there (undefined deletes the field).
    const damaged: [(string | number)[], unknown][] = [
      [['schemaVersion'], 2],
      [['id'], undefined],
      [['article', 'url'], 'javascript:alert(1)'],
      [['article', 'url'], 'data:text/html,hi'],
      [['actors'], []],
      [['actors', 0, 'aliases'], 'al-Sudani'],
      [['actors', 0, 'aliases', 0, 'text'], 3],
      [['actors', 0, 'kind'], 'alien'],
      [['claims', 0, 'frame', 'subject'], {}],
      [['claims', 0, 'frame', 'predicate'], { label: 'nothing', terms: [], concepts: [] }],
      [['claims', 0, 'frame', 'stance'], 'maybe'],
      [['actors', 0, 'highlight'], 'yes'],
      [['quotes'], null],
    ];
    for (const [path, value] of damaged) {
      const copy = structuredClone(pack) as unknown as Record<string | number, unknown>;
      let target = copy;
      for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
      const last = path[path.length - 1] as string | number;
      if (value === undefined) delete target[last];
      else target[last] = value;
      expect(storedPackFrom(copy)).toBeNull();
    }
    expect(storedPackFrom(null)).toBeNull();
    expect(storedPackFrom([pack])).toBeNull();
  });

  it('read the packs that are switched on, as the extension pages list them', async () => {
    const second = { ...structuredClone(testPackInput), id: 'second-pack' };
    const parsed = [testPackInput, second].map((raw) => parsePack(structuredClone(raw))).map((r) => (r.ok ? r.value : null));
    fake = createFakeBrowser({ [KEYS.packs]: [...parsed, { broken: true }, loadEmbeddedPack()], [KEYS.disabledPacks]: ['second-pack'] });
    const { enabled } = await readEnabledPacks();
    const entries = await readPacks();
    expect(enabled.map((p) => p.id)).toEqual(entries.filter((e) => e.enabled).map((e) => e.pack.id));
    expect(enabled.map((p) => p.id)).toEqual(['iraq-sudani-isis-threat', 'test-pack']);
  });

  it('give each pack the variant table stored for its very actors, and none for an edited, damaged or missing one', async () => {
    const pack = parsePack(structuredClone(testPackInput));
    if (!pack.ok) throw new Error(pack.errors.join('\n'));
    const table = variantTable(pack.value.actors);
    expect(table.rows.length).toBeGreaterThan(0);
    const edited = structuredClone(pack.value);
    edited.actors[0]!.aliases.push({ ...edited.actors[0]!.aliases[0]!, text: 'A new name' });
    const read = async (stored: unknown, packs: unknown[] = [pack.value]): Promise<unknown> => {
      fake = createFakeBrowser({ [KEYS.packs]: packs, [KEYS.variantTables]: stored });
      const { enabled, variants } = await readEnabledPacks();
      return variants[enabled.findIndex((p) => p.id === 'test-pack')];
    };
    expect(await read({ 'test-pack': table })).toEqual(table);
    expect(await read({ 'test-pack': table }, [edited])).toBeNull();
    expect(await read({ 'test-pack': { ...table, rows: [[99, 0, 'x', 0]] } })).toBeNull();
    expect(await read({ 'test-pack': { ...table, rows: [[0, 0, 42, 0]] } })).toBeNull();
    expect(await read('not a map')).toBeNull();
    expect(await read({ 'other-pack': table })).toBeNull();
  });

  it('keep the tables worked out for stored packs, dropping those of packs no longer stored', async () => {
    const pack = parsePack(structuredClone(testPackInput));
    if (!pack.ok) throw new Error(pack.errors.join('\n'));
    const table = variantTable(pack.value.actors);
    fake = createFakeBrowser({ [KEYS.packs]: [pack.value], [KEYS.variantTables]: { 'gone-pack': table } });
    await storeVariantTables(
      new Map([
        ['test-pack', table],
        ['never-stored', table],
      ]),
    );
    const stored = await fake.browser.storage.local.get(KEYS.variantTables);
    expect(Object.keys(stored[KEYS.variantTables] as object)).toEqual(['test-pack']);
    const { variants } = await readEnabledPacks();
    expect(variants.at(-1)).toEqual(table);
  });
});
