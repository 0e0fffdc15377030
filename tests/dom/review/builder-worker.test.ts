/**
 * The builder worker's message handling (src/review/builder-worker.ts), run in Node with the
 * worker's global `postMessage` stood in for: a build request gets a `passStarted` for every pass
 * of the builder, in order, then a draft that `parsePack` accepts and that the page's protocol
 * reads; anything else gets a `failed` reply the page can show, never silence.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { PASSES } from '../../../src/core/builder/build-pack';
import { parsePack } from '../../../src/core/pack';
import { BuilderReply } from '../../../src/review/builder-protocol';

const scope = globalThis as unknown as { onmessage: ((event: { data: unknown }) => void) | null; postMessage: (reply: unknown) => void };

/** Sends `data` to the worker and returns what it posted back. */
function ask(data: unknown): unknown[] {
  const posted: unknown[] = [];
  scope.postMessage = (reply) => posted.push(reply);
  scope.onmessage?.({ data });
  return posted;
}

beforeAll(async () => {
  vi.stubGlobal('postMessage', () => undefined);
  await import('../../../src/review/builder-worker');
});

describe('the builder worker', () => {
  it('reports every pass as it starts, then sends a draft the page accepts', () => {
    const text = [
      'Pier to close',
      'Mayor Ingrid Halvorsen said the old ferry pier is no longer safe.',
      '“It has to close,” Halvorsen said.',
    ].join('\n');
    const replies = ask({ type: 'build', article: { text, title: 'Pier to close' } });
    const parsed = replies.map((reply) => BuilderReply.parse(reply));
    const progress = parsed.filter((reply) => reply.type === 'passStarted');
    expect(progress.map((reply) => reply.pass)).toEqual(PASSES.map(([name]) => name));
    const last = parsed.at(-1);
    expect(last?.type).toBe('drafted');
    const pack = last?.type === 'drafted' ? parsePack(last.pack) : null;
    expect(pack?.ok && pack.value.actors.map((actor) => actor.name)).toContain('Ingrid Halvorsen');
  });

  it.each([
    ['a message that is no request', { type: 'eval', code: 'alert(1)' }],
    ['an article without text', { type: 'build', article: { text: '' } }],
  ])('answers %s with a failure the page can show', (_what, data) => {
    expect(ask(data)).toEqual([{ type: 'failed', error: 'The pack builder was sent something other than an article.' }]);
  });

  it('answers an article the builder refuses with the builder’s reason', () => {
    const replies = ask({ type: 'build', article: { text: '   ' } });
    expect(replies.at(-1)).toEqual({ type: 'failed', error: 'The article has no text.' });
  });
});
