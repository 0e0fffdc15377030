/* eslint-disable @typescript-eslint/no-explicit-any -- stored data is raw JSON. */
/**
 * Tests for src/shared/storage.ts: the version-1 and version-2 layouts migrate to version 3 with
 * every setting and pack intact (format-1 packs rewritten as format 3), the plan is idempotent,
 * newer data is never touched, and reads survive damage.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser, type FakeBrowser } from '../fake-browser';
import { legacyPackInput, testPackInput } from '../core/test-pack';

let fake: FakeBrowser = createFakeBrowser();
vi.mock('../../../src/shared/browser', () => ({
  get browser() {
    return fake.browser;
  },
}));

const { KEYS, LEGACY_V1_KEYS, planMigration, readPacks, readSettings, STORAGE_VERSION, storedVersion } =
  await import('../../../src/shared/storage');
const { migrateStorage } = await import('../../../src/background/store');

/** What a 0.0.x user had stored: every setting changed from its default, one pack off. */
function v1Data(): Record<string, unknown> {
  return {
    [LEGACY_V1_KEYS.settings]: {
      enabled: false,
      blockedSites: ['example.org', 'news.example'],
      showClaims: false,
      colorBlindPalette: true,
      hoverDelay: 750,
    },
    [LEGACY_V1_KEYS.packs]: {
      'test-pack': structuredClone(testPackInput),
      'second-pack': { ...structuredClone(testPackInput), id: 'second-pack' },
    },
    [LEGACY_V1_KEYS.packState]: {
      'test-pack': { enabled: false },
      'second-pack': { enabled: true },
      'iraq-sudani-isis-threat': { enabled: false },
    },
  };
}

describe('storage migrations', () => {
  beforeEach(() => {
    fake = createFakeBrowser();
  });

  it('recognises each layout version', () => {
    expect(storedVersion({})).toBe(STORAGE_VERSION);
    expect(storedVersion(v1Data())).toBe(1);
    expect(storedVersion({ [KEYS.version]: 2 })).toBe(2);
    expect(storedVersion({ [KEYS.version]: 7, settings: {} })).toBe(7);
  });

  it('rewrites the format-1 packs of a version-2 layout as format 3, keeping every other key and any pack it cannot read', async () => {
    const damaged = { schemaVersion: 1, id: 'damaged', claims: [{ id: 'x', cues: { topic: [] } }] };
    fake = createFakeBrowser({
      [KEYS.version]: 2,
      [KEYS.settings]: { paused: true },
      [KEYS.packs]: [structuredClone(legacyPackInput), damaged],
      [KEYS.disabledPacks]: ['legacy-pack'],
    });
    const plan = await migrateStorage();
    expect(plan?.from).toBe(2);
    const stored = fake.dump();
    expect(stored[KEYS.version]).toBe(3);
    expect(stored[KEYS.settings]).toEqual({ paused: true });
    expect(stored[KEYS.disabledPacks]).toEqual(['legacy-pack']);
    const [legacy, kept] = stored[KEYS.packs] as Record<string, any>[];
    expect(legacy?.schemaVersion).toBe(3);
    expect(legacy?.claims.map((c: { frame: { stance: string } }) => c.frame.stance)).toEqual(['ended', 'continuing']);
    expect(legacy?.claims[1].frame.evidence[0][0].terms).toContain('14 ISIS fighters');
    expect(legacy?.claims[1].frame.exclude).toEqual(['if ISIS']);
    expect(kept).toEqual(damaged);
    const packs = await readPacks();
    expect(packs.map((entry) => [entry.pack.id, entry.enabled])).toEqual([
      ['iraq-sudani-isis-threat', true],
      ['legacy-pack', false],
    ]);
  });

  it('carries every version-1 setting and pack into version 3', async () => {
    fake = createFakeBrowser(v1Data());
    const plan = await migrateStorage();
    expect(plan?.from).toBe(1);
    const stored = fake.dump();
    expect(stored[KEYS.version]).toBe(3);
    for (const key of Object.values(LEGACY_V1_KEYS)) expect(stored).not.toHaveProperty(key);
    const settings = await readSettings();
    expect(settings).toMatchObject({ paused: true, highlightClaims: false, palette: 'colour-blind', hoverDelayMs: 750 });
    expect(settings.sites.block).toEqual(['example.org', 'news.example']);
    const packs = await readPacks();
    expect(packs.map((entry) => [entry.pack.id, entry.enabled])).toEqual([
      ['iraq-sudani-isis-threat', false],
      ['test-pack', false],
      ['second-pack', true],
    ]);
  });

  it('is idempotent: a second run plans nothing and changes nothing', async () => {
    fake = createFakeBrowser(v1Data());
    await migrateStorage();
    const once = fake.dump();
    expect(await migrateStorage()).toBeNull();
    expect(fake.dump()).toEqual(once);
  });

  it('finishes a half-done migration without losing what was already written', () => {
    const plan = planMigration({
      ...v1Data(),
      [KEYS.settings]: { paused: false },
      [KEYS.packs]: [{ ...structuredClone(testPackInput), id: 'newer-pack' }],
    });
    expect(plan?.set[KEYS.settings]).toMatchObject({ paused: false, palette: 'colour-blind' });
    expect((plan?.set[KEYS.packs] as { id: string }[]).map((p) => p.id)).toEqual(['newer-pack', 'test-pack', 'second-pack']);
  });

  it('keeps damaged version-1 fields out but everything readable in', () => {
    const plan = planMigration({
      [LEGACY_V1_KEYS.settings]: { enabled: 'yes', hoverDelay: 99_999, showClaims: false },
      [LEGACY_V1_KEYS.packs]: 'garbage',
    });
    expect(plan?.set[KEYS.settings]).toMatchObject({ paused: false, highlightClaims: false, hoverDelayMs: 300 });
    expect(plan?.set[KEYS.packs]).toEqual([]);
  });

  it('stamps a fresh install and leaves a current layout alone', () => {
    expect(planMigration({})).toEqual({ from: 3, set: { [KEYS.version]: 3 }, remove: [] });
    expect(planMigration({ [KEYS.version]: 3, [KEYS.settings]: { paused: true } })).toBeNull();
  });

  it('never touches data written by a newer version', async () => {
    const newer = { [KEYS.version]: 4, [KEYS.settings]: { paused: true, futureField: 1 }, settings: { from: 'the future' } };
    fake = createFakeBrowser(newer);
    expect(await migrateStorage()).toBeNull();
    expect(fake.dump()).toEqual(newer);
    expect((await readSettings()).paused).toBe(true);
  });

  it('reads damaged storage as defaults, pack by pack and field by field', async () => {
    fake = createFakeBrowser({
      [KEYS.settings]: { paused: 'no', palette: 'neon', hoverDelayMs: 500 },
      [KEYS.packs]: [null, 42, { id: 'x' }, structuredClone(testPackInput)],
      [KEYS.disabledPacks]: 'all',
    });
    expect(await readSettings()).toMatchObject({ paused: false, palette: 'default', hoverDelayMs: 500 });
    expect((await readPacks()).map((entry) => [entry.pack.id, entry.enabled])).toEqual([
      ['iraq-sudani-isis-threat', true],
      ['test-pack', true],
    ]);
  });
});
