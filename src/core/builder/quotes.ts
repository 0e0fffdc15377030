/**
 * Finds who says what: direct quotations with their speaker (speech verb before or after the
 * quotation, a pronoun resolved to the last actor of the right kind, "according to"), and
 * reported speech ("X said that …"). Each finding is also an assertion, the raw material of claims.
 */
import type { ActorKind } from '../pack';
import type { DraftActor, Mention } from './actors';
import { PERSON_PRONOUNS, THING_PRONOUNS } from '../lexicon/function-words';
import { BARE_CLAUSE_FORMS as SPEECH_VERBS_BARE_CLAUSE, DENIAL_FORMS, REPORT_NOUNS, SOURCE_PHRASES, SPEECH_PARTICIPLES, SPEECH_VERB_FORMS as SPEECH_VERBS } from '../lexicon/speech';
import { MONTHS, RELATIVE_DAYS, WEEKDAYS } from '../lexicon/time';
import { type QuoteSpan, type Sentence, escapeRegExp, findQuoteSpans, findSpeakerLabels, foldPunctuation } from './text';

/** A quotation or reported clause, attributed. */
export interface DraftQuote {
  /** Id, unique in the pack. */
  id: string;
  /** Actor id of the speaker. */
  speaker: string;
  /** The words, verbatim. */
  text: string;
  /** Offset of `text` in the article. */
  start: number;
  /** Whether the article puts the words in quotation marks. */
  direct: boolean;
  /** The sentence the words come from. */
  sentence: Sentence;
}

/** Something an actor (or the article) asserts in one sentence: the raw material of a claim. */
export interface Assertion {
  /** Actor id of whoever asserts it; null when the article itself does. */
  speaker: string | null;
  /** The asserted words, verbatim. */
  text: string;
  /** Offset of `text` in the article. */
  start: number;
  /** The sentence. */
  sentence: Sentence;
  /** Quotes that carry it. */
  quotes: string[];
  /** The speech verb that introduced it, when there was one ("demanded", "warned"). */
  verb?: string;
  /** Words of the same sentence offered as proof of it ("a raid that killed 14 …, a proof that …"), and who offers them. */
  support?: { text: string; start: number; speaker?: string };
}

const VERB_ALTERNATION = [...SPEECH_VERBS].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
const VERB_RE = new RegExp(`(?<![\\p{L}])(${VERB_ALTERNATION}|${SOURCE_PHRASES.join('|')})(?![\\p{L}])`, 'giu');
const DAYS = [...WEEKDAYS, ...RELATIVE_DAYS].join('|');
const NOT_A_CLAUSE_START = new RegExp(`^\\s+(?:on|in|to|by|from|with|during|after|before|last|this|next|so|yes|no|${DAYS}|earlier|later|recently|previously|${MONTHS.join('|')})\\b`, 'i');
const FINITE_VERB = /(?<![\p{L}])(?:is|are|was|were|has|have|had|will|would|could|can|should|must|may|might|did|does|do|rose|fell|grew|won|lost|left|came|went|took|made|saw|knew|found|gave|kept|began|ran|held|met|paid|sold|sent|spent|stood|thought|brought|built|caught|fought|led|meant|[\p{L}]{3,}ed)(?![\p{L}])/iu;
// What may follow a trailing "…, the union said": nothing, or when and how ("on Sunday", "in a statement").
// A second clause may follow: "…, the army said Tuesday, but the rebels denied it."
const TRAILING_TAIL = new RegExp(`^\\s*(?:(?:on|in|at|late|early|last|this|earlier|later|${DAYS})\\b[^.,]*)?(?:\\s+(?:but|and|while|although|though)\\b.*)?[.!]?\\s*$`, 'i');
// A sentence of a transcript worth keeping as a claim: it denies, insists, demands or contrasts.
const TAKES_SIDE = /(?<![\p{L}])(?:not|no longer|never|still|remains?|continues?|must|should|will not|won't|cannot|can't|however|but|despite|reject\w*|den(?:y|ied|ies)|clear)(?![\p{L}])|n't(?![\p{L}])/iu;
const REPORT_NOUN = new RegExp(`\\b(?:${REPORT_NOUNS.join('|')})\\s*$`, 'i');
const PARTICIPLES = SPEECH_PARTICIPLES.join('|');
const SUBJECT_FILLER = new RegExp(`^(?:also|once|again|later|then|previously|earlier|had|has|have|would|will|repeatedly|further|on|in|this|last|next|${DAYS}|recently|publicly|\\w+ly)$`, 'i');

interface Context {
  text: string;
  folded: string;
  mentions: Mention[];
  kindOf: Map<string, ActorKind>;
  quoteSpans: QuoteSpan[];
  tagsAt: ReadonlyMap<number, ReadonlySet<string>>;
  genderOf: ReadonlyMap<string, 'female' | 'male' | undefined>;
}

function insideQuote(ctx: Context, start: number, end: number): boolean {
  return ctx.quoteSpans.some((q) => start >= q.outerStart && end <= q.outerEnd);
}

/** The last actor of the right kind named before `offset`, outside quotations, for a pronoun. */
function resolvePronoun(ctx: Context, pronoun: string, offset: number): string | undefined {
  const lower = pronoun.toLowerCase();
  const wantPerson = PERSON_PRONOUNS.has(lower);
  const wrongGender = lower === 'she' || lower === 'her' ? 'male' : lower === 'he' || lower === 'him' ? 'female' : undefined;
  for (let i = ctx.mentions.length - 1; i >= 0; i--) {
    const m = ctx.mentions[i]!;
    if (m.start >= offset || insideQuote(ctx, m.start, m.end)) continue;
    const kind = ctx.kindOf.get(m.actor);
    if (wantPerson ? kind === 'person' && ctx.genderOf.get(m.actor) !== wrongGender : kind !== 'person' && kind !== 'country') return m.actor;
  }
  // "they" and "it" may also stand for a country's government.
  if (!wantPerson) {
    for (let i = ctx.mentions.length - 1; i >= 0; i--) {
      const m = ctx.mentions[i]!;
      if (m.start < offset && !insideQuote(ctx, m.start, m.end)) return m.actor;
    }
  }
  return undefined;
}

/**
 * The grammatical subject of a speech verb at `verbStart`: the pronoun or actor right before it
 * (skipping adverbs and auxiliaries), else the last actor named earlier in the clause.
 */
function subjectBefore(ctx: Context, from: number, verbStart: number): string | undefined {
  const before = ctx.folded.slice(from, verbStart);
  const words = [...before.matchAll(/[\p{L}\p{N}'-]+/gu)];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    const wordStart = from + w.index;
    const lower = w[0].toLowerCase();
    const mention = ctx.mentions.find((m) => m.start <= wordStart && wordStart < m.end && !insideQuote(ctx, m.start, m.end));
    if (mention) return mention.actor;
    if (PERSON_PRONOUNS.has(lower) || THING_PRONOUNS.has(lower)) return resolvePronoun(ctx, lower, wordStart);
    if (!SUBJECT_FILLER.test(lower) && !/^\d/.test(lower)) break;
  }
  // The subject is further back: "A statement from X's office also … noted that".
  let last: Mention | undefined;
  for (const m of ctx.mentions) {
    if (m.start >= from && m.end <= verbStart && !insideQuote(ctx, m.start, m.end)) {
      if (!last || ctx.kindOf.get(m.actor) !== 'country' || ctx.kindOf.get(last.actor) === 'country') last = m;
    }
  }
  if (last && ctx.kindOf.get(last.actor) === 'country') {
    // A country is the speaker only when nothing better is named ("the US said").
    return last.actor;
  }
  return last?.actor;
}

/** The actor named right after a speech verb ("said Sudani", "according to CENTCOM's commander, General X"). */
function subjectAfter(ctx: Context, verbEnd: number, limit: number): string | undefined {
  const window = ctx.folded.slice(verbEnd, Math.min(limit, verbEnd + 120));
  const stop = window.search(/[.;:"]|,\s+(?!(?:the\s+)?(?:[A-Z]|general|commander|president|minister))/);
  const end = verbEnd + (stop < 0 ? window.length : Math.max(stop, 0));
  const within = ctx.mentions.filter((m) => m.start >= verbEnd && m.end <= limit && m.start < end + 60 && m.start - verbEnd < 100 && !insideQuote(ctx, m.start, m.end));
  if (within.length === 0) {
    const pronoun = /^\s+(he|she|it|they)\b/i.exec(window);
    return pronoun ? resolvePronoun(ctx, pronoun[1]!, verbEnd) : undefined;
  }
  // Prefer a person in an apposition: "CENTCOM's commander, General Michael Kurilla".
  const first = within[0]!;
  const person = within.find((m) => ctx.kindOf.get(m.actor) === 'person' && m.start - first.end < 40);
  const firstIsPossessive = /^'s?\s/.test(ctx.folded.slice(first.end, first.end + 3));
  return (firstIsPossessive && person ? person : first).actor;
}

/** Speech verbs in a range, outside quotations. */
function verbsIn(ctx: Context, from: number, to: number): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  VERB_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = VERB_RE.exec(ctx.folded)) !== null && m.index < to) {
    if (m.index + m[0].length > to) break;
    // "the state", "a report", "her claims": a verb form that compromise reads as a noun is one.
    const tags = ctx.tagsAt.get(m.index);
    if (tags && tags.has('Noun') && !tags.has('Verb')) continue;
    if (!insideQuote(ctx, m.index, m.index + m[0].length)) out.push(m);
  }
  return out;
}

/**
 * Attributes every quotation and finds reported speech. `mentions` must come from the same
 * text; actors give each mention its kind, which pronoun resolution needs; `tagsAt` (compromise's
 * tags by offset) keeps a verb from being read as the start of a reported clause.
 */
export function extractQuotes(
  text: string,
  sentences: Sentence[],
  actors: readonly DraftActor[],
  mentions: Mention[],
  tagsAt: ReadonlyMap<number, ReadonlySet<string>> = new Map(),
): { quotes: DraftQuote[]; assertions: Assertion[]; warnings: string[] } {
  const warnings: string[] = [];
  const ctx: Context = {
    text,
    folded: foldPunctuation(text),
    mentions,
    kindOf: new Map(actors.map((a) => [a.id, a.kind])),
    quoteSpans: findQuoteSpans(text),
    tagsAt,
    genderOf: new Map(actors.map((a) => [a.id, a.gender])),
  };
  const quotes: DraftQuote[] = [];
  const assertions: Assertion[] = [];
  const ids = new Map<string, number>();
  const makeId = (speaker: string): string => {
    const n = (ids.get(speaker) ?? 0) + 1;
    ids.set(speaker, n);
    return `${speaker}-quote-${n}`.slice(0, 80).replace(/-+$/, '');
  };
  let lastSpeaker: { speaker: string; sentence: number } | undefined;

  // A transcript: each labelled turn runs until the next label. Its sentences that take a side
  // (a negation, "still", a demand, a contrast) are the speaker's assertions, as reported speech,
  // since the transcript puts no quotation marks around them.
  const labels = findSpeakerLabels(text);
  const turnSpeaker = (offset: number): string | null | undefined => {
    const label = [...labels].reverse().find((l) => l.start <= offset);
    if (!label) return undefined;
    if (label.isQuestion) return null;
    const named = ctx.mentions.find((m) => m.start >= label.start && m.end <= label.end && ctx.kindOf.get(m.actor) === 'person');
    return named?.actor ?? null;
  };

  for (const sentence of sentences) {
    const spans = ctx.quoteSpans.filter((q) => q.outerStart >= sentence.start && q.outerEnd <= sentence.end);
    const verbs = verbsIn(ctx, sentence.start, sentence.end);

    // Reported clauses: "X said (on Tuesday) that …", "Explaining that …, X noted that …", "according to X".
    const reported: Array<{ speaker: string; start: number; end: number; verb: string; denial?: boolean }> = [];
    for (const [v, verb] of verbs.entries()) {
      const word = verb[1]!.toLowerCase();
      const verbEnd = verb.index + verb[0].length;
      if (word === 'according to' || word === 'in the words of') continue;
      // "rejected claims that": the second word is a noun here, not a second speech verb.
      const previous = verbs[v - 1];
      if (previous && /^\s+$/.test(ctx.folded.slice(previous.index + previous[0].length, verb.index))) continue;
      const rest = ctx.folded.slice(verbEnd, sentence.end);
      const thatMatch = /^((?:\s+(?:[\p{L}\d'-]+|,)){0,6}?)\s+that\s+/u.exec(rest);
      // "said the pier was still safe and that …": a verb before "that" means a bare clause came first.
      const that = thatMatch && FINITE_VERB.test(thatMatch[1]!) && /\b(?:and|but)\s*$/.test(thatMatch[1]!) ? null : thatMatch;
      // "X rejected claims that P": X denies P, and P is not X's words.
      if (that && DENIAL_FORMS.has(word) && REPORT_NOUN.test(that[1]!)) {
        const speaker = subjectBefore(ctx, sentence.start, verb.index);
        if (speaker) reported.push({ speaker, start: verb.index, end: clauseEnd(ctx.folded, verbEnd + that[0].length, sentence.end), verb: word, denial: true });
        continue;
      }
      // "Trains will stop on Monday, the union said (on Sunday).": the clause comes first.
      const tail = ctx.folded.slice(verbEnd, sentence.end);
      const tailHead = tail.split(/,?\s+(?:but|and|while|although|though)\s/)[0] ?? tail;
      if (!that && TRAILING_TAIL.test(tail.replace(/,/g, ' ')) && !FINITE_VERB.test(tailHead)) {
        const before = ctx.folded.slice(sentence.start, verb.index);
        const lead = /^(.*[^\s,]),\s+((?:[^,]{1,80})?)$/su.exec(before);
        if (lead && !/^(?:which|who|whose|that|where|when)\b/i.test(lead[2]!.trim())) {
          // Past a dateline: "GOMA, Congo (AP) — Congolese troops …".
          const clauseStart = sentence.start + (/^\s*(?:\p{Lu}[\p{Lu} .'-]+(?:,\s*[^—–]{1,40}?)?\s*[—–-]{1,2}\s+)?/u.exec(lead[1]!)?.[0].length ?? 0);
          const clauseEndAt = sentence.start + lead[1]!.length;
          const subjectFrom = clauseEndAt + 1;
          const quoted = ctx.quoteSpans.some((q) => q.outerStart < clauseEndAt + 1 && q.outerEnd > clauseStart);
          const speaker = lead[2]!.trim() === '' ? subjectAfter(ctx, verbEnd, sentence.end) : subjectBefore(ctx, subjectFrom, verb.index);
          if (speaker && !quoted && lead[1]!.split(/\s+/).length >= 4) {
            reported.push({ speaker, start: clauseStart, end: clauseEndAt, verb: word });
            continue;
          }
        }
      }
      // "As X emphasized, …": the rest of the sentence is what X said.
      const asClause = /^,\s+/.exec(rest);
      const asLead = /(?:^|[,;]\s*|\b(?:but|and|yet)\s+)as\s+[^,]{2,80}$/i.test(ctx.folded.slice(sentence.start, verb.index));
      if (asClause && asLead) {
        const clauseStart = verbEnd + asClause[0].length;
        const speaker = subjectBefore(ctx, sentence.start, verb.index);
        if (speaker) reported.push({ speaker, start: clauseStart, end: clauseEnd(ctx.folded, clauseStart, sentence.end), verb: word });
        continue;
      }
      if (!that || /[.;"]/.test(that[1]!)) {
        // "X said its teams counted …": a few verbs take their clause without "that".
        const bare = SPEECH_VERBS_BARE_CLAUSE.has(word) ? /^\s+(?=[\p{L}])/u.exec(rest) : null;
        if (!bare || NOT_A_CLAUSE_START.test(rest)) continue;
        const clauseStart = verbEnd + bare[0].length;
        // A clause starts with its subject: "say backs the M23" is a relative clause's verb.
        const firstTags = ctx.tagsAt.get(clauseStart);
        if (firstTags?.has('Verb') && !firstTags.has('Noun')) continue;
        const clause = clauseEnd(ctx.folded, clauseStart, sentence.end);
        const clauseText = ctx.folded.slice(clauseStart, clause);
        // A clause has a verb of its own: "said the group's leader, John Smith" has none.
        const minWords = /^(?:it|he|she|they|we|i)\s/i.test(clauseText) ? 3 : 4;
        if (clauseText.split(/\s+/).length < minWords || !FINITE_VERB.test(clauseText)) continue;
        const speaker = subjectBefore(ctx, sentence.start, verb.index);
        if (speaker && !/^\s*["“]/.test(rest)) reported.push({ speaker, start: clauseStart, end: clause, verb: word });
        continue;
      }
      const clauseStart = verbEnd + that[0].length;
      const speaker = subjectBefore(ctx, sentence.start, verb.index) ?? subjectAfter(ctx, verbEnd, clauseStart);
      if (!speaker) continue;
      reported.push({ speaker, start: clauseStart, end: clauseEnd(ctx.folded, clauseStart, sentence.end), verb: word });
    }
    const participle = new RegExp(`^(?:${PARTICIPLES})\\s+that\\s+`, 'i').exec(sentence.text);
    if (participle) {
      const clauseStart = sentence.start + participle[0].length;
      const comma = ctx.folded.indexOf(',', clauseStart);
      if (comma > 0 && comma < sentence.end) {
        const after = ctx.mentions.find((m) => m.start > comma && m.start < comma + 40);
        if (after) reported.push({ speaker: after.actor, start: clauseStart, end: comma, verb: participle[0].split(/\s/)[0]!.toLowerCase() });
      }
    }
    const according = /,?\s*according to\s+/i.exec(sentence.text.replace(/[“”]/g, '"'));
    if (according && spans.length === 0) {
      const speaker = subjectAfter(ctx, sentence.start + according.index + according[0].length - 1, sentence.end);
      const clause = sentence.text.slice(0, according.index).trim();
      if (speaker && clause.split(/\s+/).length >= 4) reported.push({ speaker, start: sentence.start, end: sentence.start + clause.length, verb: 'according to' });
    }

    // Direct quotations.
    const quoteSpeakers = new Map<QuoteSpan, string>();
    for (const q of spans) {
      const speaker = attributeQuote(ctx, q, sentence, spans, reported) ?? (lastSpeaker && sentence.index - lastSpeaker.sentence <= 2 && spans.length === 1 && q.outerStart - sentence.start <= 1 ? lastSpeaker.speaker : undefined);
      if (!speaker) {
        warnings.push(`No speaker found for the quotation "${q.text.slice(0, 60)}${q.text.length > 60 ? '…' : ''}"; it was left out.`);
        continue;
      }
      quoteSpeakers.set(q, speaker);
      const trimmed = q.text.replace(/[,;:]$/, '').trim();
      quotes.push({ id: makeId(speaker), speaker, text: trimmed, start: q.start, direct: true, sentence });
      lastSpeaker = { speaker, sentence: sentence.index };
    }

    // "…,” said Okonkwo, adding that the port was losing money": the same speaker goes on.
    // Without a quotation or a reported clause, the subject that opens the sentence speaks:
    // "The authority fined Lumora on Wednesday, saying the company had abused its position".
    const opener = ctx.mentions.find((m) => m.start >= sentence.start && m.end <= sentence.end && ctx.kindOf.get(m.actor) !== 'country' && !insideQuote(ctx, m.start, m.end));
    const openerSpeaks = opener !== undefined && ctx.folded.slice(sentence.start, opener.start).split(/\s+/).length <= 8;
    const sentenceSpeaker = [...quoteSpeakers.values()][0] ?? reported[0]?.speaker ?? (openerSpeaks ? opener.actor : undefined);
    if (sentenceSpeaker) {
      const going = new RegExp(`,\\s+(?:${PARTICIPLES})\\s+(?:that\\s+)?(?=(?:the|a|an|its|his|her|their|it|he|she|they|we|there|\\p{Lu}))`, 'giu');
      const body = ctx.folded.slice(sentence.start, sentence.end);
      for (const m of body.matchAll(going)) {
        const clauseStart = sentence.start + m.index + m[0].length;
        if (insideQuote(ctx, clauseStart, clauseStart + 1) || reported.some((r) => r.start <= clauseStart && clauseStart < r.end)) continue;
        reported.push({ speaker: sentenceSpeaker, start: clauseStart, end: clauseEnd(ctx.folded, clauseStart, sentence.end), verb: m[0].trim().split(/\s+/)[1]!.toLowerCase() });
      }
    }

    const turn = labels.length > 0 ? turnSpeaker(sentence.start) : undefined;
    if (turn && spans.length === 0 && reported.length === 0 && TAKES_SIDE.test(ctx.folded.slice(sentence.start, sentence.end))) {
      const label = labels.find((l) => l.start >= sentence.start && l.end <= sentence.end);
      let start = label ? label.end : sentence.start;
      while (/\s/.test(text[start] ?? '')) start++;
      const end = clauseEnd(ctx.folded, start, sentence.end);
      if (text.slice(start, end).split(/\s+/).length >= 5) reported.push({ speaker: turn, start, end, verb: 'said' });
    }

    // One clause reported twice ("said … and noted …" on the same words) counts once.
    const seenClauses = new Set<number>();
    for (let k = reported.length - 1; k >= 0; k--) {
      if (seenClauses.has(reported[k]!.start)) reported.splice(k, 1);
      else seenClauses.add(reported[k]!.start);
    }

    // Assertions: every reported clause, split at ", and that"; every quotation outside one.
    // A reported clause keeps its inner quotations with their marks ("Iraq had won a “victory”").
    for (const r of reported) {
      for (const part of splitClause(ctx.folded, r.start, r.end)) {
        const inner = spans.filter((q) => q.outerStart >= part.start && q.outerStart < part.end);
        const innerIds = inner.map((q) => quotes.find((d) => d.start === q.start)?.id).filter((id): id is string => id !== undefined);
        const nested = splitProof(ctx, part);
        const addReported = (speaker: string, start: number, end: number): string | undefined => {
          const words = text.slice(start, end).split(/\s+/).length;
          if (words < 3) return undefined;
          // A scare quote alone is already a direct quotation; a clause around it is speech too.
          if (inner.length > 0 && inner.some((q) => q.outerStart <= start && q.outerEnd >= end)) return undefined;
          const same = quotes.find((q) => !q.direct && q.start === start && q.text === text.slice(start, end));
          if (same) return same.id;
          const id = makeId(speaker);
          quotes.push({ id, speaker, text: text.slice(start, end), start, direct: false, sentence });
          return id;
        };
        if (nested) {
          // "A, a proof for X that B": B is the claim (X's, when named), A its evidence.
          const headId = addReported(r.speaker, part.start, nested.headEnd);
          const tailSpeaker = nested.speaker ?? r.speaker;
          const tailId = addReported(tailSpeaker, nested.tailStart, part.end);
          assertions.push({
            speaker: tailSpeaker,
            text: text.slice(nested.tailStart, part.end),
            start: nested.tailStart,
            sentence,
            quotes: [tailId, headId, ...innerIds].filter((id): id is string => id !== undefined),
            verb: r.verb,
            support: { text: text.slice(part.start, nested.headEnd), start: part.start, speaker: r.speaker },
          });
          continue;
        }
        // A denial's clause is someone else's words: it is asserted, not quoted.
        const id = r.denial ? undefined : addReported(r.speaker, part.start, part.end);
        assertions.push({ speaker: r.speaker, text: text.slice(part.start, part.end), start: part.start, sentence, quotes: [...innerIds, ...(id ? [id] : [])], verb: r.verb });
      }
      lastSpeaker = { speaker: r.speaker, sentence: sentence.index };
    }
    for (const [q, speaker] of quoteSpeakers) {
      if (reported.some((r) => q.outerStart >= r.start && q.outerStart < r.end)) continue;
      const quote = quotes.find((d) => d.start === q.start && d.direct)!;
      if (quote.text.split(/\s+/).length < 3) continue;
      assertions.push({ speaker, text: quote.text, start: quote.start, sentence, quotes: [quote.id] });
    }
  }
  return { quotes, assertions, warnings };
}

function attributeQuote(
  ctx: Context,
  q: QuoteSpan,
  sentence: Sentence,
  spans: QuoteSpan[],
  reported: Array<{ speaker: string; start: number; end: number }>,
): string | undefined {
  // Inside a reported clause: "X said that Iraq had won a “civilizational victory”".
  const host = reported.find((r) => q.outerStart >= r.start && q.outerStart < r.end);
  if (host) return host.speaker;
  const next = spans.find((s) => s.outerStart >= q.outerEnd);
  const prev = [...spans].reverse().find((s) => s.outerEnd <= q.outerStart);
  // After the quotation: "…,” Sudani said", "…,” said Sudani", "…,” he told reporters".
  const afterEnd = next ? next.outerStart : sentence.end;
  const afterVerbs = verbsIn(ctx, q.outerEnd, afterEnd).filter((v) => v.index - q.outerEnd < 80);
  const firstAfter = afterVerbs[0];
  if (firstAfter) {
    const verbEnd = firstAfter.index + firstAfter[0].length;
    const word = firstAfter[1]!.toLowerCase();
    if (word === 'according to' || word === 'in the words of') {
      const s = subjectAfter(ctx, verbEnd, afterEnd);
      if (s) return s;
    }
    const s = subjectBefore(ctx, q.outerEnd, firstAfter.index) ?? subjectAfter(ctx, verbEnd, afterEnd);
    if (s) return s;
  }
  // Before the quotation: "X said: “…”", "X warned, “…”", "according to X, “…”".
  const beforeStart = prev ? prev.outerEnd : sentence.start;
  const beforeVerbs = verbsIn(ctx, beforeStart, q.outerStart);
  const lastBefore = beforeVerbs[beforeVerbs.length - 1];
  if (lastBefore) {
    const verbEnd = lastBefore.index + lastBefore[0].length;
    const word = lastBefore[1]!.toLowerCase();
    if (word === 'according to' || word === 'in the words of') return subjectAfter(ctx, verbEnd, q.outerStart);
    return subjectBefore(ctx, sentence.start, lastBefore.index) ?? subjectAfter(ctx, verbEnd, q.outerStart);
  }
  // "…,” it said, warning, “…”: a second quotation shares the first one's attribution.
  if (prev) {
    const between = verbsIn(ctx, prev.outerEnd, q.outerStart);
    if (between.length > 0) return attributeQuote(ctx, prev, sentence, spans, reported);
  }
  return undefined;
}

/** Where a reported clause ends: the end of the sentence, a semicolon, or a closing dash. */
function clauseEnd(folded: string, start: number, sentenceEnd: number): number {
  const rest = folded.slice(start, sentenceEnd);
  const stop = rest.search(/;|\s[—–-]\s|,\s+(?:according to|he said|she said|they said|it said)\b/);
  let end = stop < 0 ? sentenceEnd : start + stop;
  while (end > start && /[\s.?!,"]/.test(folded[end - 1] ?? '')) end--;
  // Keep the closing mark of a quotation that ends the clause: "… member state.”".
  if ((folded.slice(start, end).match(/"/g)?.length ?? 0) % 2 === 1) {
    let k = end;
    while (k < sentenceEnd && /[.?!,]/.test(folded[k] ?? '')) k++;
    if (folded[k] === '"') end = k + 1;
  }
  return end;
}

/**
 * Finds ", a good proof for X that B" in a clause: where the proof (A) ends, where the claim (B)
 * starts, and X's actor when X is named.
 */
function splitProof(ctx: Context, part: { start: number; end: number }): { headEnd: number; tailStart: number; speaker?: string } | undefined {
  const segment = ctx.folded.slice(part.start, part.end);
  const m = /,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}(?:proof|evidence|sign|indication|signal|reminder|demonstration)\s+(?:(?:for|to)\s+([^,]+?)\s+)?that\s+/u.exec(segment);
  if (!m) return undefined;
  const out: { headEnd: number; tailStart: number; speaker?: string } = { headEnd: part.start + m.index, tailStart: part.start + m.index + m[0].length };
  if (m[1]) {
    const forStart = part.start + m.index + m[0].indexOf(m[1]);
    const named = ctx.mentions.find((x) => x.start >= forStart && x.end <= forStart + m[1]!.length);
    if (named) out.speaker = named.actor;
  }
  return out;
}

/** Splits "A, and that B" and "A, demanding B" into propositions. */
function splitClause(folded: string, start: number, end: number): Array<{ start: number; end: number }> {
  const parts: Array<{ start: number; end: number }> = [];
  // Participles of demand also split without a comma: "… of the country demanding US troops leave".
  const re = new RegExp(`(?:\\s+and\\s+that\\s|,\\s+(?:(?:and|but)\\s+(?:also\\s+)?(?:added|said|noted|warned|insisted|stressed|argued|claimed)\\s+that|and\\s+that|and\\s+also\\s+that|but\\s+that|(?=(?:demanding|calling for|urging|insisting|saying|adding|warning|stressing|noting)\\s))|\\s+(?=(?:demanding|calling for|urging)\\s))\\s*`, 'giu');
  const segment = folded.slice(start, end);
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(segment)) !== null) {
    // Never split inside a quotation.
    if ((segment.slice(0, m.index).match(/"/g)?.length ?? 0) % 2 === 1) continue;
    parts.push({ start: start + last, end: start + m.index });
    last = m.index + m[0].length;
  }
  parts.push({ start: start + last, end });
  return parts.filter((p) => p.end - p.start > 8);
}
