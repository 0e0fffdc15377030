/**
 * Generated packs for `npm run bench`'s many-packs figures: each has 20 actors with 10 aliases
 * (200 in all) and 8 claims in four opposing pairs (frames of pack format 3), like a pack the
 * builder drafts from a long article. The names are made up from neutral syllables, so no
 * generated pack names anyone real or matches the story of the seed pack; some slot terms are
 * common words ("report", "budget"), so that the scan has hits to check on ordinary prose, as it
 * would with real packs. Every pack is validated with the extension's own `parsePack` before it
 * is used.
 */
import { build } from 'esbuild';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cycle, pickWith, random } from './bench-pages.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const SYLLABLES = 'ka lo ven dra mir tos el an ru bel sor tan vik ost mar len quin hal dor ise fen gar rho lum zan pel'.split(' ');
const FIRST = [
  'Orlan',
  'Teska',
  'Varin',
  'Ilse',
  'Doran',
  'Maela',
  'Corvin',
  'Sefa',
  'Brannoc',
  'Livet',
  'Amsel',
  'Kerrin',
  'Olwen',
  'Tavish',
  'Renna',
  'Halvar',
];
const ROLES = [
  'Transit Minister',
  'Harbour Commissioner',
  'Water Secretary',
  'Chief Planner',
  'Budget Director',
  'Festival Director',
  'Railway Inspector',
  'Schools Chancellor',
];
const BODIES = [
  'Transit Authority',
  'Water Board',
  'Harbour Trust',
  'Planning Commission',
  'Rail Company',
  'Growers Union',
  'Museum Foundation',
  'Bridge Society',
];

/** @typedef {import('../src/core/pack').PackInput} PackInput */

/**
 * The generated pack number `n` (1-based), before validation.
 * @param {number} n
 * @returns {PackInput}
 */
export function generatedPack(n) {
  const next = random(1_000 + n);
  /** @param {readonly string[]} list */
  const pick = (list) => pickWith(next, list);
  /** @param {number} parts */
  const word = (parts) => {
    let w = '';
    for (let i = 0; i < parts; i++) w += pick(SYLLABLES);
    return w.charAt(0).toUpperCase() + w.slice(1);
  };
  const town = word(3);
  /** @type {PackInput['actors']} */
  const actors = [];
  for (let a = 0; a < 20; a++) {
    if (a % 2 === 0) {
      const first = pick(FIRST);
      const middle = word(2);
      const last = word(3);
      const role = cycle(ROLES, a / 2);
      actors.push({
        id: `person-${n}-${a}`,
        name: `${first} ${last}`,
        kind: 'person',
        role: `${role} of ${town}`,
        description: `${first} ${last} is the ${role.toLowerCase()} of ${town}, a made-up town.`,
        aliases: [
          { text: `${first} ${last}` },
          { text: `${first} ${middle} ${last}` },
          { text: `${first.charAt(0)}. ${last}` },
          { text: `${role} ${first} ${last}` },
          { text: `${role} ${last}` },
          { text: `${last}`, standalone: false },
          { text: `Mr. ${last}`, standalone: false },
          { text: `Ms. ${last}`, standalone: false },
          { text: `${town} ${role.toLowerCase()}` },
          { text: `${first} ${last.charAt(0)}. ${last}` },
        ],
      });
    } else {
      const body = cycle(BODIES, (a - 1) / 2);
      const name = `${town} ${body}`;
      const acronym =
        (
          town.charAt(0) +
          body
            .split(' ')
            .map((w) => w.charAt(0))
            .join('')
        ).toUpperCase() + String.fromCharCode(65 + (a % 26));
      actors.push({
        id: `body-${n}-${a}`,
        name,
        kind: 'organization',
        role: `A public body of ${town}`,
        description: `The ${name} runs a public service in ${town}, a made-up town.`,
        aliases: [
          { text: name },
          { text: `the ${name}` },
          { text: acronym, caseSensitive: true },
          { text: `${town}'s ${body.toLowerCase()}` },
          { text: `the ${body.toLowerCase()}`, standalone: false },
          { text: `${body} of ${town}` },
          { text: `${town} ${body.split(' ')[0] ?? ''} Office` },
          { text: `the ${town} ${(body.split(' ')[0] ?? '').toLowerCase()} body`, standalone: false },
          { text: `${acronym} board`, caseSensitive: true },
          { text: `${name} Council` },
        ],
      });
    }
  }
  /** @type {NonNullable<PackInput['claims']>} */
  const claims = [];
  const topics = [
    { label: 'fares', terms: [`${town} fares`, `${town} ticket prices`, `season tickets in ${town}`], actors: [cycle(actors, 1).id] },
    { label: 'flood barrier', terms: [`${town} flood barrier`, `${town} sea wall`], actors: [cycle(actors, 3).id] },
    { label: 'budget', terms: [`${town} budget`, `${town} spending plan`], actors: [cycle(actors, 5).id, cycle(actors, 0).id] },
    { label: 'schools', terms: [`${town} schools`, `classrooms in ${town}`], actors: [cycle(actors, 7).id] },
  ];
  topics.forEach((topic, t) => {
    const [up, down] = [`claim-${n}-${t}-up`, `claim-${n}-${t}-down`];
    // The subject names this pack's own made-up town or one of its actors, so that the common
    // words among the other slots ("budget", "council", "report") are read on the dense page
    // but never make a claim there: that page is about another story.
    const object = { label: 'the council', terms: ['council', 'assembly', 'budget', 'report'] };
    const place = { label: town, terms: [town], actors: [cycle(actors, (t * 4 + 2) % 20).id] };
    /** @param {'asserted' | 'negated'} stance */
    const frame = (stance) => ({
      subject: topic,
      predicate: { label: 'an increase', concepts: ['increase'] },
      stance,
      object,
      evidence:
        stance === 'asserted'
          ? [[{ label: 'vote', terms: ['voted', 'vote', 'approved'] }, { label: 'council', terms: ['council', 'assembly'] }, place]]
          : [],
    });
    claims.push({
      id: up,
      statement: `The ${topic.label} of ${town} should grow.`,
      speakers: [cycle(actors, (t * 4) % 20).id],
      opposes: [down],
      frame: frame('asserted'),
    });
    claims.push({
      id: down,
      statement: `The ${topic.label} of ${town} should not grow.`,
      speakers: [cycle(actors, (t * 4 + 1) % 20).id],
      opposes: [up],
      frame: frame('negated'),
    });
  });
  const text = `${actors.map((a) => `${a.name} is named in this made-up article about ${town}.`).join(' ')}`;
  return {
    schemaVersion: 3,
    id: `generated-${n}`,
    article: {
      title: `A made-up story about ${town} (${n})`,
      titleIsEditorial: true,
      summary: `A generated pack for the benchmark, about the town of ${town}. Every name in it is made up.`,
    },
    text,
    actors,
    quotes: [],
    claims,
  };
}

/**
 * `count` generated packs, each validated with `parsePack` (throws on the first invalid one) and
 * returned as parsed, defaults applied, as the background stores an imported pack.
 * @param {number} count
 * @returns {Promise<import('../src/core/pack').Pack[]>}
 */
export async function generatedPacks(count) {
  const outDir = join(root, 'node_modules', '.cache', 'ncl');
  mkdirSync(outDir, { recursive: true });
  const outfile = join(outDir, `bench-pack-${process.pid}.mjs`);
  await build({
    absWorkingDir: root,
    entryPoints: ['src/core/pack.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'error',
  });
  /** @type {typeof import('../src/core/pack')} */
  const { parsePack } = await import(pathToFileURL(outfile).href);
  rmSync(outfile, { force: true });
  const packs = [];
  for (let n = 1; n <= count; n++) {
    const raw = generatedPack(n);
    const result = parsePack(raw);
    if (!result.ok) throw new Error(`generated pack ${n} is invalid:\n${result.errors.join('\n')}`);
    packs.push(result.value);
  }
  return packs;
}

/**
 * Fails the scripts' typecheck when bench-packs.d.mts, the declarations that the tests (checked
 * without reading JavaScript) see, no longer says what this module exports.
 * @type {typeof import('./bench-packs.mjs')}
 */
const _declared = { generatedPack, generatedPacks };
