/**
 * The tag pass: compromise's part-of-speech tags, computed once for the whole article, and our
 * word tokens. compromise reads one paragraph at a time (at most about 2 KB): on a run-on text its
 * own sentences grow long and its tagger slows down far faster than linearly.
 *
 * The tags come from compromise's `two` build (tokenizer, lexicon and tagger), not the default
 * `three`, which adds phrase methods (nouns, verbs, numbers, chunks) that this pass never calls:
 * `three` only adds plugins on top of `two`, and its tags were the same for every one of 716,173
 * words (PolNeAR train and dev, builder-dev, the seed and bench articles; compromise 14.17,
 * 2026-12). It keeps 62 KiB out of the worker's bundle and its chunker out of every parse.
 */
import nlp from 'compromise/two';
import type { Draft, Token } from './draft';
import { foldPunctuation, type Sentence } from './text';

const TOKEN_RE = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*(?:['’]s?(?![\p{L}]))?\.?/gu;

/** Word tokens of every sentence, with a stripped full stop or possessive noted. */
export function tokenize(sentences: readonly Sentence[]): Token[] {
  const tokens: Token[] = [];
  for (const sentence of sentences) {
    TOKEN_RE.lastIndex = 0;
    let match: RegExpExecArray | null;
    let first = true;
    while ((match = TOKEN_RE.exec(sentence.text)) !== null) {
      let raw = match[0];
      let hasDot = false;
      if (raw.endsWith('.') && !/^(?:\p{Lu}\.){2,}$/u.test(raw)) {
        raw = raw.slice(0, -1);
        hasDot = true;
      }
      let isPossessive = false;
      // "Iraq's", "forces'" are possessives; "Shia'" in a transliterated name is not.
      const possessive = /['’]s$|(?<=s)['’]$/.exec(raw);
      if (possessive && raw.length > possessive[0].length + 1) {
        raw = raw.slice(0, -possessive[0].length);
        isPossessive = true;
      }
      const start = sentence.start + match.index;
      tokens.push({
        text: raw,
        start,
        end: start + raw.length,
        isCap: /^\p{Lu}/u.test(raw) || /^(?:al|el)-\p{Lu}/u.test(raw),
        isPossessive,
        hasDot,
        sentence: sentence.index,
        isSentenceStart: first,
      });
      first = false;
    }
  }
  return tokens;
}

type TermJson = { text: string; tags: string[]; offset: { start: number } };

/** Fills in tokens, compromise's tags by offset, and the article's common nouns. */
export function tagPass(draft: Draft): Draft {
  const { text, sentences } = draft;
  draft.tokens = tokenize(sentences);
  const chunks: Array<{ start: number; end: number }> = [];
  for (const sentence of sentences) {
    const last = chunks[chunks.length - 1];
    if (last && sentences[sentence.index - 1]?.paragraph === sentence.paragraph && sentence.end - last.start < 2_000)
      last.end = sentence.end;
    else chunks.push({ start: sentence.start, end: sentence.end });
  }
  for (const chunk of chunks) {
    const doc = nlp(text.slice(chunk.start, chunk.end));
    for (const sentence of doc.json({ offset: true, terms: { offset: true } }) as Array<{ terms: TermJson[] }>) {
      for (const term of sentence.terms) {
        draft.tagsAt.set(chunk.start + term.offset.start, new Set(term.tags));
        if (term.tags.includes('Noun') && !term.tags.includes('ProperNoun') && !term.tags.includes('Pronoun')) {
          draft.nouns.add(
            foldPunctuation(term.text)
              .toLowerCase()
              .replace(/[^\p{L}\p{N}'-]/gu, ''),
          );
        }
      }
    }
  }
  return draft;
}

/** Whether compromise gave the word at `offset` a tag. */
export function hasTag(draft: Pick<Draft, 'tagsAt'>, offset: number, tag: string): boolean {
  return draft.tagsAt.get(offset)?.has(tag) ?? false;
}
