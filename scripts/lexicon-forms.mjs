/**
 * `npm run lexicon:forms`: writes src/core/lexicon/forms.generated.json, the forms of every
 * word-list pattern the matcher and the builder ask for, so that the content script does not
 * generate them on every page (see `formsOfPattern` in src/core/lexicon/templates.ts). It runs a
 * matcher over the seed pack and the vocabulary of every concept, recording the patterns asked
 * for, and generates each without the table. tests/unit/core/lexicon/forms.test.ts fails when
 * the file is stale.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCommand } from './lib/cli.mjs';

parseCommand({
  name: 'lexicon:forms',
  usage: 'npm run lexicon:forms',
  summary:
    'Regenerates src/core/lexicon/forms.generated.json, the forms of every word-list pattern of the lexicon; run it after editing a pattern.',
  options: {},
});
const { importFromSources, repoRoot: root } = await import('./lib/load-builder.mjs');
/** @type {typeof import('../src/core/lexicon/collect-forms')} */
const { collectForms } = await importFromSources(["export { collectForms } from './src/core/lexicon/collect-forms';"], 'lexicon-forms');
const forms = await collectForms();
const target = join(root, 'src', 'core', 'lexicon', 'forms.generated.json');
writeFileSync(target, `${JSON.stringify(forms, null, 0)}\n`);
const count = Object.values(forms).reduce((n, joined) => n + (joined === '' ? 0 : joined.split('\n').length), 0);
console.log(`wrote ${Object.keys(forms).length} patterns, ${count} forms to ${target}`);
