/**
 * The review page's early start of its builder worker (src/review/builder-prestart.ts), with a
 * fake worker: a page whose address names a draft starts one worker before it knows its article,
 * the draft then uses that same worker, a worker that failed while it waited fails the draft at
 * once (not after a minute of silence), and a worker the page never needs is stopped.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { draftInWorker } from '../../../src/review/builder-client';
import { prestartForPage, prestartWorker, takePrestarted } from '../../../src/review/builder-prestart';
import { ARTICLE, FakeWorker } from './fake-worker';

/** A factory of fake workers that keeps every worker it made. */
function factory(): { workers: FakeWorker[]; create: () => FakeWorker } {
  const workers: FakeWorker[] = [];
  return {
    workers,
    create: () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker;
    },
  };
}

afterEach(() => {
  vi.useRealTimers();
  takePrestarted();
});

describe("the page's early start", () => {
  it('starts one worker for a page whose address names a draft, taken over once', () => {
    const { workers, create } = factory();
    prestartForPage('?draft=abc-123', create);
    expect(workers).toHaveLength(1);
    expect(takePrestarted()).not.toBeNull();
    expect(takePrestarted()).toBeNull();
  });

  it.each([[''], ['?draft='], ['?draft=../../etc'], ['?other=1']])('starts none for the address %j', (search) => {
    const { workers, create } = factory();
    prestartForPage(search, create);
    expect(workers).toEqual([]);
    expect(takePrestarted()).toBeNull();
  });
});

describe('prestartWorker', () => {
  it('starts the worker before the article is known and drafts with that same worker', async () => {
    const { workers, create } = factory();
    const prestarted = prestartWorker(create);
    expect(workers).toHaveLength(1);
    const result = draftInWorker(ARTICLE, { createWorker: prestarted.createWorker });
    expect(workers).toHaveLength(1);
    const [worker] = workers as [FakeWorker];
    expect(worker.sent).toEqual([{ type: 'build', article: ARTICLE }]);
    worker.reply({ type: 'passStarted', pass: 'segment', done: 0, total: 2 });
    worker.reply({ type: 'drafted', pack: { id: 'council-meets' }, warnings: [] });
    expect(await result).toEqual({ ok: true, value: { pack: { id: 'council-meets' }, warnings: [] } });
    expect(worker.terminated).toBe(true);
  });

  it('fails the draft at once when the worker failed to load while it waited for its article', async () => {
    vi.useFakeTimers();
    const worker = new FakeWorker();
    const prestarted = prestartWorker(() => worker);
    worker.onerror?.(new Event('error') as ErrorEvent);
    const result = draftInWorker(ARTICLE, { createWorker: prestarted.createWorker });
    await vi.advanceTimersByTimeAsync(0);
    expect(await result).toEqual({ ok: false, error: 'The pack builder stopped with an error (no details were given).' });
    expect(worker.terminated).toBe(true);
  });

  it('says the builder could not be started when the early start failed', async () => {
    const prestarted = prestartWorker(() => {
      throw new Error('Refused by the content security policy');
    });
    expect(await draftInWorker(ARTICLE, { createWorker: prestarted.createWorker })).toEqual({
      ok: false,
      error: 'The pack builder could not be started (Refused by the content security policy).',
    });
  });

  it('stops a worker the page never needed, and starts a new one for a later draft', async () => {
    const { workers, create } = factory();
    const prestarted = prestartWorker(create);
    prestarted.cancel();
    expect(workers[0]?.terminated).toBe(true);
    const result = draftInWorker(ARTICLE, { createWorker: prestarted.createWorker });
    expect(workers).toHaveLength(2);
    expect(workers[1]?.sent).toEqual([{ type: 'build', article: ARTICLE }]);
    workers[1]?.reply({ type: 'failed', error: 'The article has no text.' });
    expect(await result).toEqual({ ok: false, error: 'The article has no text.' });
  });
});
