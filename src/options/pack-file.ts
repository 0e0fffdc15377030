/**
 * Pack files on the options page: a pack saved as a JSON download (a Blob and an object URL, so
 * nothing goes over the network), and a chosen file read as text after its size is checked.
 */
import type { Pack } from '../core/pack';
import { MAX_PACK_IMPORT_BYTES } from '../shared/messages';

/** The file name a pack is exported under. */
export function packFileName(pack: Pack): string {
  return `${pack.id}.json`;
}

/** Offers a pack as a JSON file download. */
export function downloadPack(pack: Pack, doc: Document = document): void {
  const blob = new Blob([`${JSON.stringify(pack, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = packFileName(pack);
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: Firefox starts the download after the click's task.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** Reads a chosen file as text, or says why not; files over the import limit are not read at all. */
export async function readPackFile(file: File): Promise<{ ok: true; value: string } | { ok: false; error: string }> {
  if (file.size > MAX_PACK_IMPORT_BYTES) {
    return {
      ok: false,
      error: `“${file.name}” is ${(file.size / (1024 * 1024)).toFixed(1)} MB; a pack may be at most ${MAX_PACK_IMPORT_BYTES / (1024 * 1024)} MB.`,
    };
  }
  try {
    return { ok: true, value: await file.text() };
  } catch {
    return { ok: false, error: `“${file.name}” could not be read.` };
  }
}
