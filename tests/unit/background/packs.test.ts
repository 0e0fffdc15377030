/**
 * Tests for src/background/packs.ts and the store's queue: hostile pack files are refused with a
 * clear message and leave storage byte for byte as it was; accepted packs keep their text inert
 * (stored as data, never interpreted); concurrent writes from two pages are both kept.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PACK_LIMITS, parsePack, type PackInput } from '../../../src/core/pack';
import { MAX_PACK_IMPORT_BYTES } from '../../../src/shared/messages';
import { testPackInput } from '../core/test-pack';
import { createFakeBrowser, type FakeBrowser } from '../fake-browser';

let fake: FakeBrowser = createFakeBrowser();
vi.mock('../../../src/shared/browser', () => ({
  get browser() {
    return fake.browser;
  },
}));

const { importPack, removePack, setPackEnabled, MAX_STORED_PACKS } = await import('../../../src/background/packs');
const { updateSettings } = await import('../../../src/background/store');
const { KEYS, readPacks, readSettings } = await import('../../../src/shared/storage');

const pack = (changes: Partial<PackInput> & Record<string, unknown> = {}): PackInput & Record<string, unknown> => ({
  ...structuredClone(testPackInput),
  ...changes,
});
const existing = {
  [KEYS.version]: 2,
  [KEYS.settings]: { paused: true, hoverDelayMs: 900 },
  [KEYS.packs]: [pack({ id: 'kept-pack' })],
  [KEYS.disabledPacks]: ['kept-pack'],
};

/** Aliases made of every regex metacharacter, which must match literally or not at all. */
const META = ['.*', '(a+)+$', '[^]', '\\d{1,}', 'a|b', '?', '${x}', '^$', '\\', '((((', ')'];

describe('packs.import refuses hostile files and touches nothing', () => {
  beforeEach(() => {
    fake = createFakeBrowser(existing);
  });

  const cases: [string, () => string, RegExp][] = [
    ['malformed JSON', () => '{"schemaVersion": 1, "id": ', /not valid JSON/],
    ['JSON that is not an object', () => '[1, 2, 3]', /must be a JSON object/],
    ['an empty file', () => '', /not valid JSON/],
    ['a future schema version', () => JSON.stringify(pack({ schemaVersion: 4 as never })), /newer than this extension reads/],
    ['a wrong schema version', () => JSON.stringify(pack({ schemaVersion: 0 as never })), /not supported/],
    ['a string schema version', () => JSON.stringify(pack({ schemaVersion: '1' as never })), /must be a number/],
    ['a file over the size limit', () => JSON.stringify({ ...pack(), padding: 'x'.repeat(MAX_PACK_IMPORT_BYTES) }), /at most 2\.0 MB/],
    [
      'multi-byte text over the limit in bytes only',
      () => JSON.stringify({ ...pack(), padding: 'ع'.repeat(MAX_PACK_IMPORT_BYTES / 2 + 10) }),
      /at most 2\.0 MB/,
    ],
    [
      '10,000 aliases',
      () => {
        const aliases = Array.from({ length: 10_000 }, (_, i) => ({ text: `Alias ${i}` }));
        const actors = Array.from({ length: 50 }, (_, a) => ({
          id: `actor-${a}`,
          name: `Actor ${a}`,
          kind: 'person' as const,
          role: 'r',
          description: 'd',
          aliases: aliases.slice(a * 200, a * 200 + 200),
        }));
        return JSON.stringify(pack({ actors, quotes: [], claims: [] }));
      },
      /aliases in all, more than 5000/,
    ],
    [
      'a javascript: source link',
      () => JSON.stringify(pack({ article: { ...testPackInput.article, url: 'javascript:alert(1)' } })),
      /article\.url: must be an http or https URL/,
    ],
    [
      'a data: source link',
      () => JSON.stringify(pack({ article: { ...testPackInput.article, url: 'data:text/html,<script>alert(1)</script>' } })),
      /must be an http or https URL/,
    ],
    ['the built-in pack id', () => JSON.stringify(pack({ id: 'iraq-sudani-isis-threat' })), /belongs to the built-in pack/],
    [
      'a prototype-polluting key',
      () => '{"__proto__": {"polluted": true}, "schemaVersion": 1}',
      /this does not look like a pack|missing|unknown field/,
    ],
  ];

  it.each(cases)('%s', async (_name, file, message) => {
    const before = fake.dump();
    const reply = await importPack(file());
    expect(reply.ok).toBe(false);
    if (!reply.ok) {
      expect(reply.error).toMatch(message);
      expect(reply.error.length).toBeLessThan(2_000);
    }
    expect(fake.dump()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps storage unchanged when the storage area is full', async () => {
    const before = fake.dump();
    fake.failNextSet(new Error('QUOTA_BYTES quota exceeded'));
    const reply = await importPack(JSON.stringify(pack({ id: 'too-big-to-store' })));
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/could not be saved \(QUOTA_BYTES/) });
    expect(fake.dump()).toEqual(before);
  });

  it(`refuses a pack beyond ${MAX_STORED_PACKS} stored ones`, async () => {
    fake = createFakeBrowser({ [KEYS.packs]: Array.from({ length: MAX_STORED_PACKS }, (_, i) => pack({ id: `p-${i}` })) });
    const reply = await importPack(JSON.stringify(pack({ id: 'one-too-many' })));
    expect(reply.ok).toBe(false);
  });
});

describe('packs.import accepts valid packs whose text stays inert', () => {
  beforeEach(() => {
    fake = createFakeBrowser(existing);
  });

  it('stores markup and regex metacharacters as plain text, and keeps the other packs and settings', async () => {
    const html = '<img src=x onerror="globalThis.pwned=1">';
    const hostile = pack({
      id: 'hostile-text',
      article: { ...testPackInput.article, title: `${html}<script>globalThis.pwned=1</script>`, summary: `javascript:alert(1) ${html}` },
      actors: [
        ...structuredClone(testPackInput.actors),
        {
          id: 'meta',
          name: html,
          kind: 'person',
          role: '"><svg onload=alert(1)>',
          description: '{{constructor.constructor("alert(1)")()}}',
          aliases: META.map((text) => ({ text })),
        },
      ],
    });
    const reply = await importPack(JSON.stringify(hostile));
    expect(reply).toEqual({ ok: true, value: { id: 'hostile-text', title: expect.stringContaining('<img'), replaced: false } });
    expect((globalThis as { pwned?: unknown }).pwned).toBeUndefined();
    const entries = await readPacks();
    expect(entries.map((entry) => entry.pack.id)).toEqual(['iraq-sudani-isis-threat', 'kept-pack', 'hostile-text']);
    expect(entries[2]?.pack.actors.at(-1)?.name).toBe(html);
    expect(await readSettings()).toMatchObject({ paused: true, hoverDelayMs: 900 });
    expect(fake.dump()[KEYS.disabledPacks]).toEqual(['kept-pack']);
  });

  it('replaces a stored pack with the same id', async () => {
    const reply = await importPack(
      JSON.stringify(pack({ id: 'kept-pack', article: { ...testPackInput.article, title: 'Second edition' } })),
    );
    expect(reply).toEqual({ ok: true, value: { id: 'kept-pack', title: 'Second edition', replaced: true } });
    expect((fake.dump()[KEYS.packs] as unknown[]).length).toBe(1);
  });

  it('takes the largest pack the schema allows', async () => {
    const text = `${'Filler words for a long article. '.repeat(Math.floor((PACK_LIMITS.text - 200) / 33))}${testPackInput.text}`;
    const big = pack({ id: 'big-pack', text });
    expect(parsePack(big).ok).toBe(true);
    expect(JSON.stringify(big).length).toBeLessThan(MAX_PACK_IMPORT_BYTES);
    expect((await importPack(JSON.stringify(big))).ok).toBe(true);
  });
});

describe('concurrent writes', () => {
  beforeEach(() => {
    fake = createFakeBrowser(existing);
  });

  it('keeps both of two settings saved at the same moment', async () => {
    const [a, b] = await Promise.all([updateSettings({ paused: false }), updateSettings({ palette: 'colour-blind' })]);
    expect(a.ok && b.ok).toBe(true);
    expect(await readSettings()).toMatchObject({ paused: false, palette: 'colour-blind', hoverDelayMs: 900 });
  });

  it('keeps every pack of many imports and switches racing each other', async () => {
    const ids = Array.from({ length: 8 }, (_, i) => `race-${i}`);
    const replies = await Promise.all([
      ...ids.map((id) => importPack(JSON.stringify(pack({ id })))),
      setPackEnabled('race-3', false),
      updateSettings({ highlightClaims: false }),
      setPackEnabled('kept-pack', true),
    ]);
    expect(replies.every((reply) => reply.ok)).toBe(true);
    const entries = await readPacks();
    expect(entries.map((entry) => entry.pack.id)).toEqual(['iraq-sudani-isis-threat', 'kept-pack', ...ids]);
    expect(entries.filter((entry) => !entry.enabled).map((entry) => entry.pack.id)).toEqual(['race-3']);
    expect(await readSettings()).toMatchObject({ paused: true, highlightClaims: false });
  });

  it('refuses a settings patch that does not validate, without writing', async () => {
    const before = fake.dump();
    const reply = await updateSettings({ hoverDelayMs: 'soon', injected: '<script>' });
    expect(reply.ok).toBe(false);
    expect(fake.dump()).toEqual(before);
  });

  it('deletes an imported pack and its switch, never the built-in one', async () => {
    expect((await removePack('iraq-sudani-isis-threat')).ok).toBe(false);
    expect((await removePack('kept-pack')).ok).toBe(true);
    expect(fake.dump()[KEYS.packs]).toEqual([]);
    expect(fake.dump()[KEYS.disabledPacks]).toEqual([]);
    expect((await removePack('kept-pack')).ok).toBe(false);
  });
});
