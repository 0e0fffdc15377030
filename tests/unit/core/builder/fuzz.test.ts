/**
 * Property tests for the pack builder: whatever text it is given (news-like sentences assembled
 * at random, or arbitrary Unicode), it returns a pack that parsePack accepts, and never throws
 * except for a text that is empty after trimming.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPack } from '../../../../src/core/builder';
import { parsePack } from '../../../../src/core/pack';

const NAMES = [
  'Mira Holt',
  'Holt',
  'General Tomas Ruiz',
  'the Harbour Authority (HA)',
  'HA',
  'Chile',
  'Chilean troops',
  'she',
  'it',
  'the authority',
];
const VERBS = ['said', 'told reporters', 'warned', 'denied', 'claimed that', 'said on Friday that', 'according to'];
const CLAUSES = [
  'the port is no longer safe',
  'the port is still safe',
  'troops should leave',
  'at least 12 fighters were killed',
  '“we will not stop”',
  'it rejected the plan',
  'talks would continue',
];

const sentence = fc
  .tuple(
    fc.constantFrom(...NAMES),
    fc.constantFrom(...VERBS),
    fc.constantFrom(...CLAUSES),
    fc.constantFrom('.', '?', '!', ',”', ''),
    fc.boolean(),
  )
  .map(([who, verb, what, end, quoteFirst]) =>
    quoteFirst ? `“${what}${end === ',”' ? ',”' : '”'} ${who} ${verb}.` : `${who} ${verb} ${what}${end}`,
  );

function check(text: string): void {
  if (text.trim() === '') {
    expect(() => buildPack({ text })).toThrow();
    return;
  }
  const { pack } = buildPack({ text });
  const parsed = parsePack(pack);
  if (!parsed.ok) throw new Error(`${parsed.errors.join('\n')}\n--- for text:\n${text}`);
}

describe('buildPack on random input', () => {
  it('always drafts a valid pack from news-like sentences', () => {
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 12 }), fc.constantFrom(' ', '\n'), (sentences, joiner) =>
        check(sentences.join(joiner)),
      ),
      { numRuns: 60 },
    );
    // Generous: each run builds a pack, and CI machines are shared.
  }, 60_000);

  it('always drafts a valid pack from arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), check), { numRuns: 60 });
  }, 60_000);
});
