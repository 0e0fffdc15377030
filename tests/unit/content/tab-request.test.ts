/**
 * Tests for src/content/tab-request.ts: the content script's zod-free check of the requests it
 * answers takes and refuses exactly what the `TabRequest` schema does, on generated messages.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tabRequestFrom } from '../../../src/content/tab-request';
import { TabRequest } from '../../../src/shared/messages';

const viaZod = (message: unknown): unknown => {
  const parsed = TabRequest.safeParse(message);
  return parsed.success ? parsed.data : null;
};

const field = fc.oneof(
  fc.anything(),
  fc.integer({ min: -3, max: 10 }),
  fc.double(),
  fc.constantFrom('next', 'previous', 'up', 2 ** 53, -0),
);
const message = fc.oneof(
  fc.anything(),
  fc.record(
    {
      type: fc.oneof(
        fc.constantFrom('page.report', 'page.reveal', 'page.step', 'page.toggle', 'card.describe', 'mentions.counted', 'other'),
        fc.anything(),
      ),
      index: field,
      direction: field,
      reasons: fc.oneof(fc.boolean(), fc.anything()),
      extra: fc.anything(),
    },
    { requiredKeys: ['type'] },
  ),
);

describe('tabRequestFrom', () => {
  it('agrees with the TabRequest schema on generated messages', () => {
    fc.assert(
      fc.property(message, (m) => {
        expect(tabRequestFrom(m)).toEqual(viaZod(m));
      }),
      { numRuns: 3_000 },
    );
  });

  it('drops fields the schema does not know', () => {
    expect(tabRequestFrom({ type: 'page.reveal', index: 2, extra: 'x' })).toEqual({ type: 'page.reveal', index: 2 });
  });
});
