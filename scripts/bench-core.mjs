/**
 * `node scripts/bench-core.mjs [--kb=600]`: times the pure matcher (src/core) in Node on a generated
 * page of ordinary prose with the seed pack's names and claim sentences sprinkled in, split into
 * paragraph-sized blocks. It prints the best and median of several runs of `scanBlock` over every
 * block and of `resolve`, plus the pack's compile time. The page is written here, never taken from
 * evaluation sets. The browser benchmark is `npm run bench`; this one isolates the core.
 */
import { parseCommand, wholeNumber } from './lib/cli.mjs';

const { values } = parseCommand({
  name: 'bench-core',
  usage: 'node scripts/bench-core.mjs [--kb=600]',
  summary: 'Times the pure matcher (src/core) in Node on a generated page of ordinary prose with the seed pack sprinkled in.',
  options: { kb: { type: 'string', value: 'KB', default: '600', check: wholeNumber(), help: 'the size of the generated page, in KB' } },
});
const kb = Number(values.kb);
const { importFromSources } = await import('./lib/load-builder.mjs');
/** @type {typeof import('../src/core/matcher') & typeof import('../src/core/embedded-pack')} */
const { createMatcher, loadEmbeddedPack } = await importFromSources(
  ["export { createMatcher } from './src/core/matcher';", "export { loadEmbeddedPack } from './src/core/embedded-pack';"],
  'bench-core',
);

const pack = loadEmbeddedPack();
let t = performance.now();
const matcher = createMatcher(pack);
const compileMs = performance.now() - t;

// A deterministic generator, so that runs compare.
let seed = 42;
const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
/** @param {string[]} list */
const pick = (list) => list[Math.floor(rand() * list.length)] ?? '';
const words = (
  'the a of to and in that is was for on with as by at from it this government officials said report city people year new ' +
  'economic talks week local council program market would could about after before during crisis analysis water energy ' +
  'school’s public policy’s farmers prices railway museum festival court budget hospital teachers weather river bridge'
).split(' ');
const sprinkled = [
  'Iraqi Prime Minister Mohammed Shia al-Sudani said ISIS is no longer a threat.',
  'Daesh remains a threat to the region, US officials said.',
  'Maj. Gen. Kevin C. Leahy met the coalition’s commanders in Baghdad.',
  'A raid killed 14 Islamic State fighters and left seven US troops wounded.',
  'Senator Patrick Leahy visited a temple of the goddess Isis.',
  'Al-Sudani’s office said US forces should leave Iraq.',
];
/** @type {string[]} */
const blocks = [];
let total = 0;
while (total < kb * 1000) {
  let block = '';
  const sentences = 2 + Math.floor(rand() * 5);
  for (let s = 0; s < sentences; s++) {
    if (rand() < 0.06) block += pick(sprinkled) + ' ';
    else {
      const n = 8 + Math.floor(rand() * 20);
      const sentence = Array.from({ length: n }, () => pick(words)).join(' ');
      block += sentence.charAt(0).toUpperCase() + sentence.slice(1) + '. ';
    }
  }
  blocks.push(block.trimEnd());
  total += block.length;
}

const runs = 15;
const scanTimes = [];
const resolveTimes = [];
let mentions = 0;
for (let r = 0; r < runs; r++) {
  t = performance.now();
  const scans = blocks.map((b) => matcher.scanBlock(b));
  scanTimes.push(performance.now() - t);
  t = performance.now();
  const result = matcher.resolve(scans);
  resolveTimes.push(performance.now() - t);
  mentions = result.reduce((sum, list) => sum + list.length, 0);
}
/** @param {number[]} list */
const stats = (list) => {
  const sorted = [...list].sort((a, b) => a - b);
  return { best: sorted[0] ?? NaN, median: sorted[Math.floor(sorted.length / 2)] ?? NaN };
};
const scan = stats(scanTimes);
const res = stats(resolveTimes);
const mb = total / 1e6;
console.log(
  `page: ${(total / 1000).toFixed(0)} KB in ${blocks.length} blocks; ${mentions} mentions; pack compiled in ${compileMs.toFixed(1)} ms`,
);
console.log(
  `scanBlock (all blocks): best ${scan.best.toFixed(1)} ms (${(mb / (scan.best / 1000)).toFixed(0)} MB/s), median ${scan.median.toFixed(1)} ms (${(mb / (scan.median / 1000)).toFixed(0)} MB/s)`,
);
console.log(`resolve (all blocks):   best ${res.best.toFixed(1)} ms, median ${res.median.toFixed(1)} ms`);
