/**
 * The requests extension pages send to the content script, checked without zod: the content
 * script carries no zod (see config.ts), and these few shapes are the `TabRequest` schema of
 * src/shared/messages.ts, which stays their source of truth (tests/unit/content/tab-request.test.ts
 * compares both on generated messages).
 */
import type { TabRequest } from '../shared/messages';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The request `message` is, with unknown fields dropped as the schema drops them; null when it is not one of ours. */
export function tabRequestFrom(message: unknown): TabRequest | null {
  if (!isObject(message)) return null;
  switch (message.type) {
    case 'page.report': {
      const reasons = message.reasons;
      if (reasons !== undefined && typeof reasons !== 'boolean') return null;
      return reasons === undefined ? { type: 'page.report' } : { type: 'page.report', reasons };
    }
    case 'page.toggle':
    case 'card.describe':
      return { type: message.type };
    case 'page.reveal': {
      const index = message.index;
      return typeof index === 'number' && Number.isSafeInteger(index) && index >= 0 ? { type: 'page.reveal', index } : null;
    }
    case 'page.step':
      return message.direction === 'next' || message.direction === 'previous' ? { type: 'page.step', direction: message.direction } : null;
    default:
      return null;
  }
}
