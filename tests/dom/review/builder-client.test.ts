/**
 * The review page's side of the builder worker (`draftInWorker`), with a fake worker: the draft
 * arrives with its progress in order; and everything that can go wrong with a worker — it cannot
 * start, it throws, it sends something unreadable or a draft of nonsense, it goes silent, the page
 * closes — settles the draft with a message a reader can follow, never a hang, and stops the worker.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BUILDER_SILENCE_MS, draftInWorker, UNREADABLE_REPLY } from '../../../src/review/builder-client';
import type { BuilderProgress } from '../../../src/review/builder-protocol';
import { ARTICLE, FakeWorker } from './fake-worker';

function start(options: { silenceMs?: number; signal?: AbortSignal } = {}) {
  const worker = new FakeWorker();
  const progress: BuilderProgress[] = [];
  const result = draftInWorker(ARTICLE, { createWorker: () => worker, onProgress: (p) => progress.push(p), ...options });
  return { worker, progress, result };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('draftInWorker', () => {
  it('sends the article, passes progress on in order, and settles with the draft', async () => {
    const { worker, progress, result } = start();
    expect(worker.sent).toEqual([{ type: 'build', article: ARTICLE }]);
    worker.reply({ type: 'passStarted', pass: 'segment', done: 0, total: 3 });
    worker.reply({ type: 'passStarted', pass: 'tag', done: 1, total: 3 });
    worker.reply({ type: 'passStarted', pass: 'quotes', done: 2, total: 3 });
    worker.reply({ type: 'drafted', pack: { id: 'council-meets' }, warnings: ['Check the speaker of quote 1.'] });
    expect(await result).toEqual({ ok: true, value: { pack: { id: 'council-meets' }, warnings: ['Check the speaker of quote 1.'] } });
    expect(progress.map((p) => `${p.pass} ${p.done}/${p.total}`)).toEqual(['segment 0/3', 'tag 1/3', 'quotes 2/3']);
    expect(worker.terminated).toBe(true);
  });

  it('never shows progress going backwards', async () => {
    const { worker, progress, result } = start();
    worker.reply({ type: 'passStarted', pass: 'tag', done: 1, total: 3 });
    worker.reply({ type: 'passStarted', pass: 'segment', done: 0, total: 3 });
    worker.reply({ type: 'passStarted', pass: 'tag', done: 1, total: 3 });
    worker.reply({ type: 'passStarted', pass: 'quotes', done: 2, total: 3 });
    worker.reply({ type: 'drafted', pack: {}, warnings: [] });
    await result;
    expect(progress.map((p) => p.pass)).toEqual(['tag', 'quotes']);
  });

  it.each([
    ['a reply of an unknown type', { type: 'cheer' }],
    ['a reply that is not an object', 'drafted'],
    ['progress past its end', { type: 'passStarted', pass: 'tag', done: 3, total: 3 }],
    ['a draft whose notes are not text', { type: 'drafted', pack: {}, warnings: [{ html: '<img onerror=alert(1)>' }] }],
  ])('says the reply could not be read for %s, and stops the worker', async (_what, data) => {
    const { worker, result } = start();
    worker.reply(data);
    expect(await result).toEqual({ ok: false, error: UNREADABLE_REPLY });
    expect(worker.terminated).toBe(true);
  });

  it('ignores whatever the worker sends after the draft settled', async () => {
    const { worker, progress, result } = start();
    const handler = worker.onmessage;
    worker.reply({ type: 'failed', error: 'The article has no text.' });
    handler?.({ data: { type: 'passStarted', pass: 'tag', done: 1, total: 3 } } as MessageEvent);
    expect(await result).toEqual({ ok: false, error: 'The article has no text.' });
    expect(worker.onmessage).toBeNull();
    expect(progress).toEqual([]);
  });

  it('passes on the reason the builder gave when it failed', async () => {
    const { worker, result } = start();
    worker.reply({ type: 'failed', error: 'The article has no text.' });
    expect(await result).toEqual({ ok: false, error: 'The article has no text.' });
  });

  it('says the worker stopped with an error when it throws or fails to load', async () => {
    const { worker, result } = start();
    worker.onerror?.({ message: 'Uncaught RangeError: Maximum call stack size exceeded' } as ErrorEvent);
    expect(await result).toEqual({
      ok: false,
      error: 'The pack builder stopped with an error (Uncaught RangeError: Maximum call stack size exceeded).',
    });
    expect(worker.terminated).toBe(true);
  });

  it('says the worker stopped when it could not load, which gives an error without a message', async () => {
    const { worker, result } = start();
    worker.onerror?.(new Event('error') as ErrorEvent);
    expect(await result).toEqual({ ok: false, error: 'The pack builder stopped with an error (no details were given).' });
  });

  it('says so when a reply could not be deserialised', async () => {
    const { worker, result } = start();
    worker.onmessageerror?.({} as MessageEvent);
    expect(await result).toEqual({ ok: false, error: UNREADABLE_REPLY });
  });

  it('says the builder could not be started when the worker cannot be created', async () => {
    const result = await draftInWorker(ARTICLE, {
      createWorker: () => {
        throw new Error('Refused by the content security policy');
      },
    });
    expect(result).toEqual({ ok: false, error: 'The pack builder could not be started (Refused by the content security policy).' });
  });

  it('gives up on a worker that goes silent, counting from its last report', async () => {
    vi.useFakeTimers();
    const { worker, progress, result } = start();
    const settled = vi.fn();
    void result.then(settled);
    await vi.advanceTimersByTimeAsync(BUILDER_SILENCE_MS - 1);
    worker.reply({ type: 'passStarted', pass: 'segment', done: 0, total: 3 });
    await vi.advanceTimersByTimeAsync(BUILDER_SILENCE_MS - 1);
    expect(settled).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(await result).toEqual({
      ok: false,
      error: `The pack builder stopped answering (nothing for ${BUILDER_SILENCE_MS / 1000} seconds). Reload the page to try again.`,
    });
    expect(progress).toHaveLength(1);
    expect(worker.terminated).toBe(true);
  });

  it('stops the worker when the page no longer wants the draft', async () => {
    const abort = new AbortController();
    const { worker, result } = start({ signal: abort.signal });
    abort.abort();
    expect(await result).toEqual({ ok: false, error: 'The draft was cancelled.' });
    expect(worker.terminated).toBe(true);
  });
});
