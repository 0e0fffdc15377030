/** The fake builder worker of the review page's DOM tests, and the article they draft. */
import type { BuilderWorker } from '../../../src/review/builder-client';
import type { BuilderRequest } from '../../../src/review/builder-protocol';

/** An article of our own, short enough for any test. */
export const ARTICLE = { text: 'The harbour council met on Monday.', title: 'Council meets' };

/** A worker the test speaks for: it records what the page sent and whether it was stopped. */
export class FakeWorker implements BuilderWorker {
  /** What the page posted. */
  readonly sent: BuilderRequest[] = [];
  /** Whether the page terminated it. */
  terminated = false;
  onmessage: BuilderWorker['onmessage'] = null;
  onerror: BuilderWorker['onerror'] = null;
  onmessageerror: BuilderWorker['onmessageerror'] = null;
  postMessage(message: BuilderRequest): void {
    this.sent.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  /** Sends a reply to the page, as the worker would. */
  reply(data: unknown): void {
    this.onmessage?.({ data } as MessageEvent);
  }
}
