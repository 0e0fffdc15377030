/**
 * Pack import and the per-pack switches. A pack file is untrusted: it is size-checked before it is
 * parsed, parsed as JSON, validated with `parsePack`, and only then written, in one `set`, through
 * the store's queue. A refused pack leaves storage exactly as it was.
 */
import { EMBEDDED_PACK_ID } from '../core/embedded-pack';
import { parsePack } from '../core/pack';
import { browser } from '../shared/browser';
import { MAX_PACK_IMPORT_BYTES, type PackImported, type Reply } from '../shared/messages';
import { DisabledPacks, KEYS, StoredPacks } from '../shared/storage';
import { enqueue } from './store';

/** How many imported packs may be stored; each is re-validated by every content script start. */
export const MAX_STORED_PACKS = 50;

/** How many problems an import error lists before "and N more". */
const SHOWN_PROBLEMS = 5;

/** Checks and parses a pack file's text; the error is a message a person can act on. */
export function checkPackFile(json: string): Reply<ReturnType<typeof parsePack> & { ok: true }> {
  // Length in UTF-16 units is never more than the UTF-8 byte count, so this cheap test already
  // refuses the huge strings without encoding them.
  const bytes = json.length > MAX_PACK_IMPORT_BYTES ? json.length : new TextEncoder().encode(json).length;
  if (bytes > MAX_PACK_IMPORT_BYTES) {
    return { ok: false, error: `The file is ${formatSize(bytes)}; a pack may be at most ${formatSize(MAX_PACK_IMPORT_BYTES)}.` };
  }
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { ok: false, error: `The file is not valid JSON (${error instanceof Error ? error.message : 'parse error'}).` };
  }
  const result = parsePack(data);
  if (!result.ok) {
    const shown = result.errors.slice(0, SHOWN_PROBLEMS);
    const more = result.errors.length - shown.length;
    return { ok: false, error: `This is not a pack this extension can use:\n${shown.join('\n')}${more > 0 ? `\n… and ${more} more` : ''}` };
  }
  return { ok: true, value: result };
}

/** Validates and stores a pack file, replacing a stored pack with the same id. */
export function importPack(json: string): Promise<Reply<PackImported>> {
  const checked = checkPackFile(json);
  if (!checked.ok) return Promise.resolve(checked);
  const pack = checked.value.value;
  if (pack.id === EMBEDDED_PACK_ID) {
    return Promise.resolve({ ok: false, error: `The id "${pack.id}" belongs to the built-in pack; give the imported pack another id.` });
  }
  return enqueue(async () => {
    const stored = await browser.storage.local.get(KEYS.packs);
    const packs = StoredPacks.parse(stored[KEYS.packs] ?? []);
    const at = packs.findIndex((raw) => typeof raw === 'object' && raw !== null && (raw as { id?: unknown }).id === pack.id);
    if (at < 0 && packs.length >= MAX_STORED_PACKS) {
      return { ok: false, error: `There are already ${MAX_STORED_PACKS} packs; delete one before importing another.` };
    }
    const next = [...packs];
    if (at >= 0) next[at] = pack;
    else next.push(pack);
    try {
      await browser.storage.local.set({ [KEYS.packs]: next });
    } catch (error) {
      // The quota error of a full storage area; `set` is all or nothing, so nothing changed.
      return { ok: false, error: `The pack could not be saved (${error instanceof Error ? error.message : 'storage error'}).` };
    }
    return { ok: true, value: { id: pack.id, title: pack.article.title, replaced: at >= 0 } };
  });
}

/** Switches a pack on or off. */
export function setPackEnabled(id: string, enabled: boolean): Promise<Reply<null>> {
  return enqueue(async () => {
    const stored = await browser.storage.local.get(KEYS.disabledPacks);
    const disabled = new Set(DisabledPacks.parse(stored[KEYS.disabledPacks] ?? []));
    if (enabled) disabled.delete(id);
    else disabled.add(id);
    await browser.storage.local.set({ [KEYS.disabledPacks]: [...disabled] });
    return { ok: true, value: null };
  });
}

/** Deletes an imported pack (and its switch); the built-in pack is refused. */
export function removePack(id: string): Promise<Reply<null>> {
  if (id === EMBEDDED_PACK_ID) return Promise.resolve({ ok: false, error: 'The built-in pack cannot be deleted; switch it off instead.' });
  return enqueue(async () => {
    const stored = await browser.storage.local.get([KEYS.packs, KEYS.disabledPacks]);
    const packs = StoredPacks.parse(stored[KEYS.packs] ?? []);
    const next = packs.filter((raw) => !(typeof raw === 'object' && raw !== null && (raw as { id?: unknown }).id === id));
    if (next.length === packs.length) return { ok: false, error: `No imported pack has the id "${id}".` };
    const disabled = DisabledPacks.parse(stored[KEYS.disabledPacks] ?? []).filter((other) => other !== id);
    await browser.storage.local.set({ [KEYS.packs]: next, [KEYS.disabledPacks]: disabled });
    return { ok: true, value: null };
  });
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
