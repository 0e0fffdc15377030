/**
 * The segment pass: sentences, paragraphs, page furniture and quotation marks. Everything later
 * passes read about the article's layout is decided here, once.
 *
 * Furniture (credits, bylines, link labels, tweet signatures, "via" credits, tickers) is marked,
 * not removed: offsets stay those of the article, and the passes after this one skip it.
 */
import { FURNITURE_RULES } from '../lexicon/furniture';
import type { Draft, FurnitureLine } from './draft';
import { findQuoteSpans, splitSentences, type Span } from './text';

/** Paragraphs: the non-empty lines of the text, trimmed, with offsets. */
export function findParagraphs(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body) out.push({ start: m.index + lead, end: m.index + lead + body.length, text: body });
  }
  return out;
}

/** The furniture of an article: whole lines, and stretches inside lines ("via Daily Courier"). */
export function findFurniture(text: string, paragraphs: readonly Span[]): FurnitureLine[] {
  const out: FurnitureLine[] = [];
  for (const p of paragraphs) {
    const line = FURNITURE_RULES.entries.find((rule) => rule.scope === 'line' && rule.pattern.test(p.text));
    if (line) {
      out.push({ ...p, rule: line.id });
      continue;
    }
    for (const rule of FURNITURE_RULES.entries) {
      if (rule.scope !== 'inline') continue;
      const re = new RegExp(rule.pattern.source, `${rule.pattern.flags.replace('g', '')}g`);
      for (const m of p.text.matchAll(re))
        out.push({ start: p.start + m.index, end: p.start + m.index + m[0].length, text: m[0], rule: rule.id });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Fills in sentences, paragraphs, furniture and quotation spans (those outside furniture lines). */
export function segmentPass(draft: Draft): Draft {
  draft.sentences = splitSentences(draft.text);
  draft.paragraphs = findParagraphs(draft.text);
  draft.furniture = findFurniture(draft.text, draft.paragraphs);
  const lines = draft.furniture.filter((f) => f.rule !== 'via-credit' && f.rule !== 'stock-ticker');
  draft.quoteSpans = findQuoteSpans(draft.text).filter((q) => !lines.some((f) => q.start >= f.start && q.end <= f.end));
  return draft;
}

/** Whether an offset is inside page furniture (a whole line, or a "via" credit or ticker). */
export function isFurniture(draft: Draft, offset: number): boolean {
  return draft.furniture.some((f) => offset >= f.start && offset < f.end);
}
