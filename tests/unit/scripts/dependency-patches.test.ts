/**
 * scripts/lib/dependency-patches.mjs: every build-time edit of a dependency still applies to the
 * installed version, an edit that no longer matches stops the build with a message that names it,
 * and compromise built with its edits tags text exactly as the original does.
 */
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import nlp from 'compromise/two';
import { applyDependencyPatch, DEPENDENCY_PATCHES, dependencyPatchesPlugin } from '../../../scripts/lib/dependency-patches.mjs';

const root = resolve(__dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'ncl-patches-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('dependency patches', () => {
  it.each(DEPENDENCY_PATCHES.map((patch) => [patch.file, patch] as const))('%s: every edit applies to the installed source', (_, patch) => {
    const source = readFileSync(join(root, patch.file), 'utf8');
    const patched = applyDependencyPatch(source, patch);
    for (const { from, to } of patch.replacements) {
      expect(patched).not.toContain(from);
      expect(patched).toContain(to);
    }
  });

  it('refuses an edit whose text is not in the file, naming the file and the reason', () => {
    const patch = { file: 'node_modules/x/y.js', why: 'a reason', replacements: [{ from: 'absent()', to: 'present()' }] };
    expect(() => applyDependencyPatch('other()', patch)).toThrow(/node_modules\/x\/y\.js.*absent\(\).*a reason.*0 times/);
    expect(() => applyDependencyPatch('absent(); absent()', patch)).toThrow(/2 times/);
  });

  it('tags sentences with the edited compromise exactly as with the original', async () => {
    const outfile = join(dir, 'compromise-two.mjs');
    await build({
      stdin: { contents: "export { default } from 'compromise/two';", resolveDir: root, loader: 'js' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile,
      plugins: [dependencyPatchesPlugin(root)],
      logLevel: 'silent',
    });
    // esbuild renames and reformats what it bundles: the one-key objects of the merge are gone.
    const bundled = readFileSync(outfile, 'utf8');
    expect(bundled).toMatch(/function mergeDeep\(/);
    expect(bundled).not.toMatch(/Object\.assign\(model\d*, \{ \[key\]/);
    const patched = (await import(pathToFileURL(outfile).href)).default as typeof nlp;
    const texts = [
      'The mayor of Westbrook said on Tuesday that the council would not raise fares.',
      'Ms. Okafor, who leads the Harbour Workers Union, called the plan "a betrayal" and vowed to fight it.',
      'Shares of Corvane Holdings fell 4% after regulators opened an inquiry into its accounts.',
      "They're running, he ran, she has been walking; the geese flew over the hills.",
      // Many of the tagger's rules at once (dates, numbers, titles, phrasal verbs, contractions),
      // for the sweep's choice of rules per sentence.
      'On March 3rd, 2019, Dr. Lena Sorvik, 54, told reporters she would not back down. "We\'ll see," said Mr. Varga, who had turned up late.',
    ];
    for (const text of texts) {
      const tagsOf = (n: typeof nlp) =>
        (n(text).json({ offset: true, terms: { offset: true } }) as Array<{ terms: Array<{ text: string; tags: string[] }> }>).flatMap(
          (s) => s.terms.map((t) => `${t.text}/${t.tags.join(',')}`),
        );
      expect(tagsOf(patched)).toEqual(tagsOf(nlp));
    }
  });
});
