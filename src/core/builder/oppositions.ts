/**
 * Finds which speakers' claims oppose each other from the general signals of the shared lexicon
 * (lexicon/opposition.ts): a speaker answering or accusing another, finding fault in their own
 * words with another's conduct (named, or "the company's leadership" for the one speaker who heads
 * a body), calling another's words untrue, the article setting one speaker against the one before
 * ("However, …", and the report of another speaker right after it) or two against each other
 * ("While X wants …, Y …"), a body's critical report against the body it belongs to by its own
 * name when it names nobody else ("the agency's Office of the Inspector General"), and roles that are adversaries by nature (a prosecutor's title, the
 * accused "who denies the charges"). It reads the claims the grouping made (claims.ts) and returns
 * candidate links, each with the signal and the article's words that show it; claims.ts sums their
 * weights with its own rules' and links a pair at the threshold, keeping the reasons on the claims
 * so that the review page can say why two claims were linked.
 */
import { LEADERSHIP_REFERENCES, OPPOSITION_SIGNALS, findSignal, findWords, signalsOf, type OppositionSignal } from '../lexicon/opposition';
import type { Mention } from './actors';
import { type Sentence, clip, foldPunctuation } from './text';

/** What the signals read of one assertion of a claim. */
export interface SideProp {
  /** The sentence it comes from. */
  readonly sentence: Sentence;
  /** Offset of the asserted words in the article. */
  readonly start: number;
  /** The asserted words. */
  readonly text: string;
  /** The speech verb that introduced it, when there was one. */
  readonly verb?: string;
}

/** What the signals read of one claim: who makes it and where it is said. */
export interface Side {
  /** Actor id of the speaker; null for the article's own voice. */
  readonly speaker: string | null;
  /** Its assertions. */
  readonly props: readonly SideProp[];
  /** Stemmed key words, for choosing the answered claim among a speaker's claims. */
  readonly terms: ReadonlyMap<string, number>;
}

/** A candidate link between two claims, by index in the list given, with its reason. */
export interface SignalLink {
  /** Index of the claim that carries the signal. */
  readonly from: number;
  /** Index of the claim it is set against. */
  readonly to: number;
  /** The signal that fired. */
  readonly signal: OppositionSignal;
  /** The article's words that show it. */
  readonly words: string;
}

/** How far back (in sentences) the "one who spoke just before" may be. */
const PREVIOUS_SPEAKER_REACH = 3;
/** How far after the signal (in characters) the answered party may be named. */
const TARGET_REACH = 100;
/** How far from a fault word (in characters, either side) the party it is found with may be named. */
const FAULT_REACH = 60;

/** The article's words around a signal: from the sentence's start (or a little before) to a little after. */
export function excerpt(sentence: string, start: number, end: number): string {
  let from = start <= 80 ? 0 : sentence.lastIndexOf(' ', start - 60) + 1;
  if (from < 0) from = 0;
  let to = sentence.indexOf(' ', Math.min(sentence.length, end + 70));
  if (to < 0) to = sentence.length;
  const body = sentence.slice(from, to).trim();
  return clip(`${from > 0 ? '…' : ''}${body}${to < sentence.length ? '…' : ''}`, 240);
}

/**
 * The candidate links the signals give between `sides`, given the article's sentences, the actors' mentions, a test of
 * whether two speakers are one side (a spokesman and the body he speaks for) and the actors who head a body (a chairman,
 * a chief executive), whom "the company's leadership" may stand for.
 */
export function signalLinks(
  sides: readonly Side[],
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
  sameCamp: (x: string, y: string) => boolean,
  leaders: ReadonlySet<string> = new Set(),
  parentOf: (actor: string) => string | null = () => null,
): SignalLink[] {
  const out: SignalLink[] = [];
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const inSentence = (s: Sentence): Mention[] => sorted.filter((m) => m.start >= s.start && m.end <= s.end);
  const spoken = sides.map((side, i) => ({ side, i })).filter((x) => x.side.speaker !== null);

  /** The claim of `actor`'s side that a signal in sentence `at` answers: said in that sentence, else sharing key words with `from`, else the nearest. */
  const claimOf = (actor: string, at: number, from: Side): number | null => {
    const theirs = spoken.filter((x) => sameCamp(x.side.speaker!, actor));
    if (theirs.length === 0) return null;
    const score = (x: { side: Side }): number => {
      const here = x.side.props.some((p) => p.sentence.index === at) ? 100 : 0;
      const shared = [...x.side.terms.keys()].filter((t) => t.length > 3 && from.terms.has(t)).length;
      const distance = Math.min(...x.side.props.map((p) => Math.abs(p.sentence.index - at) + (p.sentence.index > at ? 0.5 : 0)));
      return here + shared * 2 - distance * 0.1;
    };
    return theirs.sort((x, y) => score(y) - score(x))[0]!.i;
  };

  /**
   * The claim of the last other side that spoke in the few sentences before sentence `at`: of
   * what that side said, the claim on the topic of `from`, else the nearest.
   */
  const previousOf = (speaker: string, at: number, from: Side): number | null => {
    let best: { actor: string; index: number } | null = null;
    for (const { side } of spoken) {
      if (sameCamp(side.speaker!, speaker)) continue;
      for (const p of side.props) {
        const index = p.sentence.index;
        if (index < at && at - index <= PREVIOUS_SPEAKER_REACH && (!best || index > best.index)) best = { actor: side.speaker!, index };
      }
    }
    return best ? claimOf(best.actor, at, from) : null;
  };

  /** The first actor named after `from` in the sentence (within reach) who is on another side and makes a claim. */
  const namedAfter = (list: readonly Mention[], from: number, speaker: string): string | null => {
    for (const m of list) {
      if (m.start < from || m.start - from > TARGET_REACH) continue;
      if (sameCamp(m.actor, speaker)) continue;
      if (spoken.some((x) => sameCamp(x.side.speaker!, m.actor))) return m.actor;
    }
    return null;
  };

  /** The one speaker on another side than `speaker`'s who heads a body, when `own` refers to a body's leaders near the fault `hit`. */
  const leaderNear = (own: string, hit: { start: number; end: number }, speaker: string): string | null => {
    const refers = findWords(LEADERSHIP_REFERENCES.entries[0]!.words, own).some(
      (r) => Math.max(r.start - hit.end, hit.start - r.end) <= FAULT_REACH,
    );
    if (!refers) return null;
    const heads = [...leaders].filter((x) => !sameCamp(x, speaker) && spoken.some((y) => sameCamp(y.side.speaker!, x)));
    return heads.length === 1 ? heads[0]! : null;
  };
  const answering = signalsOf('answer', 'accuse', 'untrue');
  const faults = signalsOf('fault');
  const leads = OPPOSITION_SIGNALS.entries.filter((e) => e.kind === 'contrast' && e.place === 'lead');
  for (const { side, i } of spoken) {
    const speaker = side.speaker!;
    for (const p of side.props) {
      const sentence = p.sentence;
      const text = foldPunctuation(sentence.text);
      const list = inSentence(sentence);
      const ownFrom = p.start - sentence.start;
      const ownTo = ownFrom + p.text.length;
      // Answers, accusations and "untrue": the speaker's own, not those of someone they report.
      for (const signal of answering) {
        for (const hit of findSignal(signal, text)) {
          const inOwnWords = hit.start >= ownFrom && hit.end <= ownTo && ownFrom > 0;
          const isVerb = p.verb !== undefined && hit.words.toLowerCase() === p.verb.toLowerCase();
          if (inOwnWords) {
            // Inside what the speaker says: "untrue" is theirs; a verb is theirs only with "we" or "I" before it.
            if (
              signal.kind !== 'untrue' &&
              !/(?:^|\s)(?:we|i)\s+(?:\p{L}+\s+)?$/iu.test(text.slice(Math.max(0, hit.start - 20), hit.start))
            )
              continue;
          } else if (!(isVerb || hit.end <= ownFrom)) continue;
          else {
            // In the narration: its subject is the speaker (or a pronoun): no other side named before it.
            const before = list.filter((m) => m.end <= sentence.start + hit.start);
            const last = before[before.length - 1];
            if (last && !sameCamp(last.actor, speaker)) continue;
          }
          const named = namedAfter(list, sentence.start + hit.end, speaker);
          // Critical findings with nobody named after them are about the body the speaker belongs
          // to by its own name ("the agency's Office of the Inspector General"), when it speaks.
          const parent = !named && signal.id === 'critical-findings' ? parentOf(speaker) : null;
          const accused = named ?? (parent && spoken.some((x) => sameCamp(x.side.speaker!, parent)) ? parent : null);
          const target = accused
            ? claimOf(accused, sentence.index, side)
            : signal.kind === 'accuse'
              ? null
              : previousOf(speaker, sentence.index, side);
          if (target === null || target === i) continue;
          out.push({ from: i, to: target, signal, words: excerpt(sentence.text, hit.start, hit.end) });
        }
      }
      // A fault found in the speaker's own words with another party's conduct: the party named
      // nearest the fault word in those words ("the president's mercurial temperament", "by
      // setting unrealistic goals, the minister …") is the other side.
      if (ownFrom > 0 || p.text.length < sentence.text.length) {
        const own = foldPunctuation(p.text);
        for (const signal of faults) {
          for (const hit of findSignal(signal, own)) {
            const at = p.start + hit.start;
            const near = list
              .filter((m) => m.start >= p.start && m.end <= p.start + p.text.length && !sameCamp(m.actor, speaker))
              .filter((m) => spoken.some((x) => sameCamp(x.side.speaker!, m.actor)))
              .map((m) => ({ m, gap: m.end <= at ? at - m.end : m.start - (at + hit.end - hit.start) }))
              .filter((x) => x.gap >= 0 && x.gap <= FAULT_REACH)
              .sort((x, y) => x.gap - y.gap)[0];
            // Unnamed, "the company's leadership": the one speaker on another side who heads a body.
            const led = near ? null : leaderNear(own, hit, speaker);
            if (!near && !led) continue;
            const target = claimOf(near ? near.m.actor : led!, sentence.index, side);
            if (target === null || target === i) continue;
            out.push({
              from: i,
              to: target,
              signal,
              words: excerpt(sentence.text, at - sentence.start, at - sentence.start + hit.end - hit.start),
            });
          }
        }
      }
      // "However, X said …", "X, however, said …": the narration before the speaker's words only.
      const narration = ownFrom > 0 ? text.slice(0, ownFrom) : text;
      for (const signal of leads) {
        const hit = findSignal(signal, narration)[0];
        if (!hit) continue;
        const target = previousOf(speaker, sentence.index, side);
        if (target === null || target === i) continue;
        const words = excerpt(sentence.text, hit.start, hit.end);
        out.push({ from: i, to: target, signal, words });
        // "However, both X and Y told lawmakers …": every speaker named as the subject is set against the one before.
        const answered = sides[target]!.speaker!;
        // A co-subject is joined to the speaker's own mention by "and" or a comma (and a title: "and Doctor").
        const joined = (m: Mention): boolean =>
          list.some(
            (o) =>
              sameCamp(o.actor, speaker) &&
              /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u.test(
                text.slice(Math.min(o.end, m.end) - sentence.start, Math.max(o.start, m.start) - sentence.start),
              ),
          );
        for (const m of list) {
          if (
            m.start < sentence.start + hit.end ||
            m.end > sentence.start + narration.length ||
            sameCamp(m.actor, speaker) ||
            sameCamp(m.actor, answered) ||
            !joined(m)
          )
            continue;
          const theirs = claimOf(m.actor, sentence.index, side);
          if (theirs !== null && theirs !== target) out.push({ from: theirs, to: target, signal, words });
        }
        // "However, X said …. Y said …": a report right after it, whose subject is another
        // speaker named first, goes on with the contrast, unless it sets up one of its own.
        const next = sentences.find((s) => s.index === sentence.index + 1);
        if (next) {
          const nextText = foldPunctuation(next.text);
          const first = inSentence(next)[0];
          const opensWithSubject =
            first !== undefined &&
            /^(?:the\s+)?(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u.test(nextText.slice(0, first.start - next.start)) &&
            !/^'s?(?![\p{L}])/u.test(nextText.slice(first.end - next.start));
          if (opensWithSubject && !leads.some((l) => findSignal(l, nextText).length > 0)) {
            for (const x of spoken) {
              const them = x.side.speaker!;
              if (sameCamp(them, speaker) || sameCamp(them, answered) || x.i === target) continue;
              // Their words in it, and before those only the subject: them, or them and others ("Y and Z said").
              const own = x.side.props.find((q) => q.sentence.index === next.index && q.start > first.end);
              if (!own) continue;
              const subject = inSentence(next).filter((m) => m.end <= own.start);
              if (!subject.some((m) => sameCamp(m.actor, them))) continue;
              if (subject.some((m) => sameCamp(m.actor, speaker) || sameCamp(m.actor, answered))) continue;
              out.push({ from: x.i, to: target, signal, words: `${words} ${excerpt(next.text, 0, first.end - next.start)}` });
            }
          }
        }
      }
    }
  }

  // "Critics say …": the article's own sentence is the other side of the actor it names, or of
  // the one who spoke just before.
  const framings = signalsOf('framing');
  for (const [i, side] of sides.entries()) {
    if (side.speaker !== null) continue;
    for (const p of side.props) {
      const text = foldPunctuation(p.sentence.text);
      for (const signal of framings) {
        const hit = findSignal(signal, text)[0];
        if (!hit) continue;
        const named = inSentence(p.sentence).find(
          (m) => m.start >= p.sentence.start + hit.end && spoken.some((x) => sameCamp(x.side.speaker!, m.actor)),
        );
        const target = named ? claimOf(named.actor, p.sentence.index, side) : previousOf('', p.sentence.index, side);
        if (target !== null && target !== i) out.push({ from: i, to: target, signal, words: excerpt(p.sentence.text, hit.start, hit.end) });
      }
    }
  }

  // Adversarial roles: the role named right next to a speaker's name ("District Attorney Ruth
  // Okafor", "Dan Moss, the driver's lawyer") puts them on a side of the case.
  const roles = signalsOf('role').filter((e) => e.place !== 'clause');
  const sideOf = new Map<string, { side: string; signal: OppositionSignal; words: string }>();
  for (const m of sorted) {
    const speaking = spoken.find((x) => x.side.speaker === m.actor);
    if (!speaking || sideOf.has(m.actor)) continue;
    const sentence = sentences.find((s) => m.start >= s.start && m.end <= s.end);
    if (!sentence) continue;
    const text = foldPunctuation(sentence.text);
    const at = m.start - sentence.start;
    const end = m.end - sentence.start;
    // The role is the speaker's own: a title right before the name ("District Attorney Ruth
    // Okafor"; a long one fits in the window, "Director of Public Prosecutions …"), the name
    // itself ("the U.S. Attorney's Office"), or an apposition right after it ("Dan Moss, the
    // driver's lawyer,"); not a role named near them for someone else, nor one in a relative
    // clause ("Eve Lund, who sat near the driver's lawyer,"), which only the roles said of the
    // speaker are read from (below).
    const before = text.slice(Math.max(0, at - 45), at);
    const apposition = /^,\s*(?!\s)(?!(?:who|which|whose|whom|that|where|when)\b)([^,.;]{1,50})[,.;]/i.exec(text.slice(end));
    const places: { from: number; words: string; whole: boolean }[] = [
      { from: Math.max(0, at - 45), words: before, whole: false },
      { from: at, words: text.slice(at, end), whole: true },
      ...(apposition ? [{ from: end + apposition[0].indexOf(apposition[1]!), words: apposition[1]!, whole: true }] : []),
    ];
    for (const signal of roles) {
      const found = places
        .map((p) => ({ p, hit: findSignal(signal, p.words).find((h) => p.whole || p.words.slice(h.end).trim() === '') }))
        .find((x) => x.hit);
      if (found) {
        sideOf.set(m.actor, {
          side: signal.side!,
          signal,
          words: excerpt(sentence.text, found.p.from + found.hit!.start, found.p.from + found.hit!.end),
        });
        break;
      }
    }
  }
  // Roles said of the speaker rather than named with them: the accused "who denies the charges",
  // "he has long denied the allegations". Read in a relative clause right after their name, or
  // in the narration of their own claim's sentence when nobody else is named before the words.
  const clauseRoles = signalsOf('role').filter((e) => e.place === 'clause');
  const setClauseRole = (actor: string, sentence: Sentence, from: number, words: string): boolean => {
    for (const signal of clauseRoles) {
      const hit = findSignal(signal, words)[0];
      if (!hit) continue;
      sideOf.set(actor, { side: signal.side!, signal, words: excerpt(sentence.text, from + hit.start, from + hit.end) });
      return true;
    }
    return false;
  };
  for (const m of sorted) {
    if (sideOf.has(m.actor) || !spoken.some((x) => x.side.speaker === m.actor)) continue;
    const sentence = sentences.find((s) => m.start >= s.start && m.end <= s.end);
    if (!sentence) continue;
    const end = m.end - sentence.start;
    const relative = /^,\s*(?:who|which)\s+[^,.;]{1,80}/i.exec(foldPunctuation(sentence.text.slice(end)));
    if (relative) setClauseRole(m.actor, sentence, end, relative[0]);
  }
  for (const { side } of spoken) {
    if (sideOf.has(side.speaker!)) continue;
    for (const p of side.props) {
      const ownFrom = p.start - p.sentence.start;
      if (ownFrom <= 0) continue;
      const narration = foldPunctuation(p.sentence.text.slice(0, ownFrom));
      const others = inSentence(p.sentence).filter((m) => m.end <= p.start && !sameCamp(m.actor, side.speaker!));
      if (others.length > 0) continue;
      if (setClauseRole(side.speaker!, p.sentence, 0, narration)) break;
    }
  }
  const sided = [...sideOf.entries()];
  for (const [x, a] of sided) {
    for (const [y, b] of sided) {
      if (x >= y || a.side === b.side || sameCamp(x, y)) continue;
      const side = { speaker: y, props: [], terms: new Map<string, number>() };
      const ca = claimOf(x, 0, side);
      const cb = claimOf(y, 0, side);
      if (ca !== null && cb !== null && ca !== cb) out.push({ from: ca, to: cb, signal: a.signal, words: `${a.words} / ${b.words}` });
    }
  }

  // "While X wants …, Y …" and "X …, while Y …": the subjects of the two clauses.
  const whiles = OPPOSITION_SIGNALS.entries.filter((e) => e.kind === 'contrast' && e.place === 'while');
  for (const sentence of sentences) {
    const text = foldPunctuation(sentence.text);
    const list = inSentence(sentence);
    for (const signal of whiles) {
      for (const hit of findSignal(signal, text)) {
        const leading = !text.slice(0, hit.start).includes(',');
        const clauseEnd = leading ? text.indexOf(',', hit.end + 8) : text.length;
        if (clauseEnd < 0) continue;
        // The subject of the "while" clause comes right after it; the other clause's near its start.
        const speaking = (m: Mention): boolean => spoken.some((x) => sameCamp(x.side.speaker!, m.actor));
        const near = (from: number, reach: number): Mention | undefined =>
          list.find(
            (m) =>
              m.start >= sentence.start + from &&
              m.start - (sentence.start + from) <= reach &&
              speaking(m) &&
              !/^'s?\s/.test(text.slice(m.end - sentence.start)),
          );
        const x = near(hit.end, 20);
        const y = leading ? near(clauseEnd + 1, 50) : near(0, 50);
        if (!x || !y || sameCamp(x.actor, y.actor)) continue;
        const side = { speaker: y.actor, props: [], terms: new Map<string, number>() };
        const a = claimOf(x.actor, sentence.index, side);
        const b = claimOf(y.actor, sentence.index, side);
        if (a === null || b === null || a === b) continue;
        out.push({ from: b, to: a, signal, words: excerpt(sentence.text, hit.start, hit.end) });
      }
    }
  }
  return out;
}
