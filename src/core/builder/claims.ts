/**
 * Turns assertions into claims and finds the claims that oppose each other.
 *
 * 1. Grouping: assertions of one speaker that share a key word and a polarity become one claim;
 *    figures right after a claim of the same speaker become its evidence.
 * 2. Opposition, between different sides (a spokesman and the body he speaks for are one side),
 *    decided by named weights against a threshold (lexicon/opposition.ts), each link keeping its
 *    reason in `linkedBecause`:
 *    - opposite stances on one idea of the shared vocabulary, as the stance reader reads them
 *      ("no longer a threat" / "still a threat"): weak alone, decisive when the two stand close;
 *    - an answer to the other side's words ("despite X's words", "reluctant to meet X's demand",
 *      "rejected the army's account"), which opposes what X said on the same topic, or X's demands;
 *    - the general signals of oppositions.ts: answers, accusations, "untrue", "However, …",
 *      "While X …, Y …", "critics say".
 * 3. Cues: the topic is shared by both sides of a pair (an actor, then nouns), the markers are the
 *    words that say which side a sentence takes, and evidence sets come from figures ("14 killed").
 *
 * The article's own sentences become claims only when they take part in an opposition.
 */
import type { ActorKind } from '../pack';
import type { LegacyCueGroup as CueGroup } from '../pack-migration';
import type { DraftActor, Mention } from './actors';
import { EVIDENCE_VERBS, NUMBER_WORDS, STOP_WORDS } from './lexicon';
import type { Assertion } from './quotes';
import { CONCEPTS_BY_ID } from '../lexicon/concepts';
import { CONTRAST_WORDS, OPPOSITION_THRESHOLD, signalsOf } from '../lexicon/opposition';
import { ROLE_NOUN_TABLE } from '../lexicon/names';
import { STANCE_OPERATORS } from '../lexicon/stance';
import { formsOfPattern } from '../lexicon/templates';
import { readText, stanceOperatorsIn } from '../stance';
import { stanceOfReading } from './frames';
import { signalLinks } from './oppositions';
import { type Sentence, clip, escapeRegExp, foldPunctuation, slugify, stem, uniqueId, words } from './text';

/** A claim as the builder drafts it; `cues` and `opposes` follow the pack schema. */
export interface DraftClaim {
  /** Id, unique in the pack. */
  id: string;
  /** Short neutral statement. */
  statement: string;
  /** Actor ids of those who assert it (empty: the article). */
  speakers: string[];
  /** When it was said, as the article puts it. */
  when?: string;
  /** Quote ids that carry it. */
  quotes: string[];
  /** Verbatim sentences that state it. */
  sentences: string[];
  /** The evidence the article gives, in words. */
  evidence: string[];
  /** Ids of opposing claims. */
  opposes: string[];
  /** Why each opposing claim was linked: the rule, in a reader's words, and the article's words that show it. */
  linkedBecause: LinkReason[];
  /** How to recognise it elsewhere. */
  cues: {
    topic: CueGroup[];
    polarity: 'positive' | 'negative';
    markers: CueGroup;
    evidence: CueGroup[][];
    exclude: string[];
  };
}

/** Why two claims were linked as opposed. */
export interface LinkReason {
  /** Id of the opposing claim. */
  claim: string;
  /** The rule or signal that linked them ("rejects-words", "opposite-words"). */
  rule: string;
  /** What it means, in a reader's words ("rejects what the other side said"). */
  why: string;
  /** The article's words that show it. */
  words: string;
}

interface Prop {
  assertion: Assertion;
  terms: Set<string>;
  surface: Map<string, string>;
  actors: Set<string>;
  negative: string[];
  positive: string[];
  contrast: string[];
  isDemand: boolean;
  isQuestion: boolean;
  /** Figures offered for a neighbouring claim of the same speaker ("its teams counted 40 dead"). */
  isSupport: boolean;
  /** "X, however, said that …": the sentence sets this assertion against what came before. */
  leadsWithContrast: boolean;
}

interface Group {
  speaker: string | null;
  props: Prop[];
  terms: Map<string, number>;
  surface: Map<string, Set<string>>;
  actors: Map<string, number>;
  polarity: 'positive' | 'negative';
  isDemand: boolean;
  contrastTargets: Set<string>;
}

// Words that only say which way a claim leans or that it answers something (the stance operators
// and the opposition signals of the shared lexicon): in a topic they would make both sides match.
const MARKER_STEMS = new Set(
  [
    ...STANCE_OPERATORS.flatMap((o) => o.words.flatMap((w) => formsOfPattern(w))),
    ...CONTRAST_WORDS,
    'demanding',
    'demanded',
    'demand',
    'urging',
    'calling',
    'meet',
  ]
    .filter((w) => !w.includes(' '))
    .map((w) => stem(w.toLowerCase())),
);
const LEAD_CONTRAST_RE = /(?<![\p{L}])(?:however|but|yet|by contrast|in contrast|on the other hand|instead)(?![\p{L}])/iu;
const DISCOURSE_MARKERS: ReadonlySet<string> = new Set(CONTRAST_WORDS.map((w) => w.toLowerCase()));
const NEGATIONS = ['no longer', 'not', "n't", 'never', 'no more', 'nor'];
// Verbal forms only: "Sudani's demand" is someone else's demand, not a demand being made.
const DEMAND_WORDS = [
  'should',
  'must',
  'demanded',
  'demanding',
  'call for',
  'calling for',
  'called for',
  'urge',
  'urged',
  'urging',
  'need to',
  'needs to',
  'ought to',
];
const GENERIC_NEGATIONS = new Set(['not', "n't", 'never', 'nor']);

const listCache = new WeakMap<readonly string[], RegExp>();

/**
 * The words of `list` that occur in `text`, as written in the list. One regular expression per
 * list: compiling one per word made a first build take a fifth of a second.
 */
function markersIn(text: string, list: readonly string[]): string[] {
  let re = listCache.get(list);
  if (!re) {
    const alternation = [...list]
      .filter((w) => w !== "n't")
      .sort((a, b) => b.length - a.length)
      .map((w) => escapeRegExp(w).replace(/\s+/g, '\\s+'));
    re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
    listCache.set(list, re);
  }
  const folded = foldPunctuation(text);
  const found = new Set<string>();
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(folded)) !== null) {
    const hit = m[0].toLowerCase().replace(/\s+/g, ' ');
    const item = list.find((w) => w.toLowerCase() === hit);
    if (item) found.add(item);
  }
  if (list.includes("n't") && /\p{L}n't(?![\p{L}])/u.test(folded)) found.add("n't");
  return list.filter((w) => found.has(w));
}

/**
 * Content words of an assertion, stemmed, without the words of actor names (those are matched
 * through actors) and without function words.
 */
function contentTerms(text: string, actorWords: Set<string>): { terms: Set<string>; surface: Map<string, string> } {
  const terms = new Set<string>();
  const surface = new Map<string, string>();
  for (const w of words(text)) {
    if (w.length < 3 || STOP_WORDS.has(w) || actorWords.has(w) || /^\d/.test(w) || NUMBER_WORDS.has(w)) continue;
    if (NEGATIONS.includes(w)) continue;
    const s = stem(w);
    terms.add(s);
    if (!surface.has(s)) surface.set(s, w);
  }
  return { terms, surface };
}

const DEMONSTRATIVE_TARGET =
  /(?<![\p{L}])(?:that|this|these|those|such)\s+(?:account|claims?|assertions?|version|view|argument|statements?|figures|characteri[sz]ation|description|allegations?)(?![\p{L}])/iu;
const SPEECH_NOUNS_BEFORE =
  /(?:words|claims?|account|statements?|remarks|comments|demands?|assertions?|version|position|allegations?|accusations?|warnings?)\s+(?:by|of|from)\s+(?:the\s+)?$/i;
const STANCE_RE =
  /(?<![\p{L}])(?:rejected|rejects|denied|denies|dismissed|dismisses|disputed|disputes|accused|accuses|blamed|blames|condemned|condemns|criticised|criticized|criticises|criticizes|welcomed|welcomes|praised|praises|defended|defends|refused|refuses|vowed|vows|pledged|pledges)(?![\p{L}])/u;

/**
 * Sentences the article asserts in its own voice that bear on the actors' claims. A sentence
 * whose subject takes a stance ("M23's spokesman rejected the army's account") is that actor's.
 */
function articleAssertions(sentences: Sentence[], assertions: Assertion[], mentions: Mention[]): Assertion[] {
  const covered = new Set(assertions.map((a) => a.sentence.index));
  const out: Assertion[] = [];
  for (const sentence of sentences) {
    if (covered.has(sentence.index) || sentence.text.trim().endsWith('?') || !/[.!]["”’]?$/.test(sentence.text)) continue;
    const inside = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
    const distinct = new Set(inside.map((m) => m.actor));
    if (distinct.size === 0 || words(sentence.text).length < 6) continue;
    const marked =
      markersIn(sentence.text, CONTRAST_WORDS).length > 0 ||
      markersIn(sentence.text, NEGATIONS).length > 0 ||
      markersIn(sentence.text, ['still']).length > 0;
    if (!marked && distinct.size < 2) continue;
    const stance = STANCE_RE.exec(foldPunctuation(sentence.text));
    let speaker: string | null = null;
    if (stance) {
      const verbAt = sentence.start + stance.index;
      // Skip a relative clause between subject and verb: "Rwanda, which experts say backs X, has denied".
      const folded = foldPunctuation(sentence.text);
      const relatives = [...folded.matchAll(/,\s+(?:which|who|whose)\b[^,]*,/gu)].map((r) => ({
        start: sentence.start + r.index,
        end: sentence.start + r.index + r[0].length,
      }));
      const outside = (m: Mention): boolean => !relatives.some((r) => m.start >= r.start && m.end <= r.end);
      const subject = inside.filter((m) => m.end <= verbAt && outside(m)).pop();
      const gap = subject
        ? verbAt - subject.end - relatives.filter((r) => r.start >= subject.end && r.end <= verbAt).reduce((n, r) => n + r.end - r.start, 0)
        : Infinity;
      if (subject && gap < 25) speaker = subject.actor;
    }
    out.push({ speaker, text: sentence.text, start: sentence.start, sentence, quotes: [] });
  }
  return out;
}

/**
 * Groups assertions into claims, links opposing claims and writes their cues. `sentences` are
 * the ones the article may assert in its own voice (the headline is left out).
 */
export function buildClaims(
  sentences: Sentence[],
  assertionsIn: Assertion[],
  actors: readonly DraftActor[],
  mentions: Mention[],
  nouns: ReadonlySet<string> = new Set(),
): { claims: DraftClaim[]; warnings: string[] } {
  const warnings: string[] = [];
  const kindOf = new Map(actors.map((a) => [a.id, a.kind]));
  const nounStems = new Set([...nouns].map(stem));
  const affiliationOf = new Map(actors.filter((a) => a.affiliation).map((a) => [a.id, a.affiliation!]));
  // A spokesman and the body he speaks for are one side; so are two spokesmen of one body.
  const sameCamp = (x: string | null, y: string | null): boolean =>
    x !== null &&
    y !== null &&
    (x === y ||
      affiliationOf.get(x) === y ||
      affiliationOf.get(y) === x ||
      (affiliationOf.has(x) && affiliationOf.get(x) === affiliationOf.get(y)));
  const nameOf = new Map(actors.map((a) => [a.id, a.name]));
  const actorWords = new Set<string>();
  for (const actor of actors) for (const alias of actor.aliases) for (const w of words(alias.text)) actorWords.add(w);

  const assertions = [...assertionsIn, ...articleAssertions(sentences, assertionsIn, mentions)];
  const props: Prop[] = [];
  for (const assertion of assertions) {
    if (words(assertion.text).length < 3) continue;
    const { terms, surface } = contentTerms(assertion.text, actorWords);
    const start = assertion.start;
    const end = start + assertion.text.length;
    const refs = new Set(mentions.filter((m) => m.start >= start && m.end <= end && m.actor !== assertion.speaker).map((m) => m.actor));
    props.push({
      assertion,
      terms,
      surface,
      actors: refs,
      ...polesOf(assertion.text),
      contrast: markersIn(assertion.text, CONTRAST_WORDS),
      isDemand: markersIn(assertion.text, DEMAND_WORDS).length > 0 || /^(?:demand|urg|call)/.test(assertion.verb ?? ''),
      isQuestion: assertion.text.trim().endsWith('?'),
      isSupport: false,
      leadsWithContrast:
        assertion.speaker !== null &&
        LEAD_CONTRAST_RE.test(foldPunctuation(assertion.sentence.text.slice(0, Math.max(0, assertion.start - assertion.sentence.start)))),
    });
    const last = props[props.length - 1]!;
    const polar = last.negative.length + last.positive.length + markersIn(assertion.text, NEGATIONS).length;
    if (polar === 0 && !last.isDemand && findEvidence([assertion.text], [], [assertion.start]).length > 0) last.isSupport = true;
  }

  // Group: same speaker, same polarity, same kind (demand or statement), and a shared key word.
  const polarityOf = (p: Prop): 'positive' | 'negative' =>
    markersIn(p.assertion.text, NEGATIONS).length > 0 && !p.isDemand ? 'negative' : 'positive';
  const groups: Group[] = [];
  for (const p of props) {
    if (p.isQuestion) continue;
    if (p.isSupport) {
      // Figures join the speaker's claim just before them, as its evidence, not as a claim.
      const host = [...groups]
        .reverse()
        .find(
          (g) =>
            g.speaker !== null &&
            g.speaker === p.assertion.speaker &&
            g.props.some((q) => p.assertion.sentence.index - q.assertion.sentence.index <= 2),
        );
      if (host) {
        host.props.push(p);
        continue;
      }
    }
    const polarity = polarityOf(p);
    const isSubstantive = (t: string): boolean => t.length > 3;
    const group = groups.find(
      (g) =>
        g.speaker === p.assertion.speaker &&
        g.speaker !== null &&
        g.polarity === polarity &&
        g.isDemand === p.isDemand &&
        ([...p.terms].some((t) => isSubstantive(t) && g.terms.has(t)) ||
          (p.isDemand && [...p.actors].some((a) => kindOf.get(a) !== 'country' && g.actors.has(a)))),
    );
    const target: Group = group ?? {
      speaker: p.assertion.speaker,
      props: [],
      terms: new Map(),
      surface: new Map(),
      actors: new Map(),
      polarity,
      isDemand: p.isDemand,
      contrastTargets: new Set(),
    };
    if (!group) groups.push(target);
    target.props.push(p);
    for (const t of p.terms) {
      target.terms.set(t, (target.terms.get(t) ?? 0) + 1);
      const set = target.surface.get(t) ?? new Set();
      set.add(p.surface.get(t)!);
      target.surface.set(t, set);
    }
    for (const a of p.actors) target.actors.set(a, (target.actors.get(a) ?? 0) + 1);
  }

  // Oppositions between groups.
  const allMarkers = (g: Group): Set<string> => {
    const set = new Set<string>();
    for (const p of g.props) {
      for (const m of [...p.negative, ...p.positive, ...p.contrast]) set.add(m);
      for (const m of markersIn(p.assertion.text, NEGATIONS)) set.add(m);
    }
    return set;
  };
  const sharedTopic = (a: Group, b: Group): { terms: string[]; actors: string[] } => ({
    terms: [...a.terms.keys()].filter((t) => b.terms.has(t) && t.length > 3),
    // People named in a claim are mostly its target ("despite X's words"), not its topic.
    actors: [...a.actors.keys()].filter(
      (x) => b.actors.has(x) && kindOf.get(x) !== 'country' && kindOf.get(x) !== 'person' && x !== a.speaker && x !== b.speaker,
    ),
  });
  /** The actor a sentence opens with, as its subject ("The United States, however, …"), not a possessive. */
  const subjectOf = (sentence: Sentence): string | null => {
    const first = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end).sort((x, y) => x.start - y.start)[0];
    if (!first || !/^(?:the)?$/i.test(sentence.text.slice(0, first.start - sentence.start).trim())) return null;
    return /^'s?(?![\p{L}])/u.test(foldPunctuation(sentence.text.slice(first.end - sentence.start))) ? null : first.actor;
  };
  const FRAMING_RULES = new Set(signalsOf('framing').map((e) => e.id));
  // Every rule and signal adds its weight to a pair, with its reason; a pair at the threshold is
  // linked, and keeps the reasons that carried it.
  const candidates = new Map<
    string,
    { a: Group; b: Group; weight: number; reasons: { from: Group; rule: string; why: string; words: string }[] }
  >();
  const link = (a: Group, b: Group, rule: string, why: string, evidence: string, weight = OPPOSITION_THRESHOLD): void => {
    const ia = groups.indexOf(a);
    const ib = groups.indexOf(b);
    if (ia === ib || ia < 0 || ib < 0) return;
    const key = ia < ib ? `${ia}:${ib}` : `${ib}:${ia}`;
    const entry = candidates.get(key) ?? { a, b, weight: 0, reasons: [] };
    candidates.set(key, entry);
    if (entry.reasons.some((r) => r.rule === rule && r.words === evidence)) return;
    entry.weight += weight;
    entry.reasons.push({ from: a, rule, why, words: evidence });
  };
  // Opposite stances on one idea of the shared vocabulary ("no longer a threat" against "still a
  // threat", "rose" against "falling, not rising"), read by the stance reader, on a shared topic.
  const readingsOf = new Map(groups.map((g) => [g, g.props.flatMap((p) => stancesIn(p.assertion.text))]));
  for (let i = 0; i < groups.length; i++) {
    for (let j = i + 1; j < groups.length; j++) {
      const a = groups[i]!;
      const b = groups[j]!;
      if (a.speaker !== null && sameCamp(a.speaker, b.speaker)) continue;
      const shared = sharedTopic(a, b);
      if (shared.terms.length === 0 && shared.actors.length === 0) continue;
      const opposite = oppositeStances(readingsOf.get(a)!, readingsOf.get(b)!);
      if (!opposite) continue;
      // The article's own sentences name many things; they must share a key word too.
      if ((a.speaker !== null && b.speaker !== null) || shared.terms.length > 0) {
        // Weak alone (the vocabulary's ideas recur across a long article: "sentencing" in a court
        // report and "a severe sentence" in a letter); decisive when the two stand close together,
        // as an answer does, or when another signal joins it.
        const gap = Math.min(
          ...a.props.flatMap((p) => b.props.map((q) => Math.abs(p.assertion.sentence.index - q.assertion.sentence.index))),
        );
        const words = `“${clip(opposite[0].words, 110)}” against “${clip(opposite[1].words, 110)}”`;
        link(
          a,
          b,
          'opposite-stance',
          'says the opposite on the same question',
          words,
          OPPOSITE_STANCE_WEIGHT + (gap <= NEARBY_SENTENCES ? NEARBY_WEIGHT : 0),
        );
      }
    }
  }
  // Contrast with a named speaker: "despite Sudani's words" rebuts what that speaker said on the
  // same topic; "reluctant to meet Sudani's demand" rebuts their demands.
  const sentenceActors = (g: Group): Set<string> => {
    const set = new Set<string>();
    for (const p of g.props) {
      const s = p.assertion.sentence;
      for (const m of mentions) if (m.start >= s.start && m.end <= s.end) set.add(m.actor);
    }
    return set;
  };
  for (const b of groups) {
    for (const p of b.props) {
      if (p.contrast.length === 0) continue;
      const topicActors = [...p.actors].filter((x) => kindOf.get(x) !== 'country' && kindOf.get(x) !== 'person');
      for (const target of p.actors) {
        const kind = kindOf.get(target);
        if (kind === 'country') continue;
        // Only what the target said is answered: "X's words", "X's account", "claims by X";
        // "denied supporting the group" names the group without answering it.
        const answered = mentions.some((m) => {
          if (m.actor !== target || m.start < p.assertion.start || m.end > p.assertion.start + p.assertion.text.length) return false;
          const after = foldPunctuation(
            p.assertion.sentence.text.slice(m.end - p.assertion.sentence.start, m.end - p.assertion.sentence.start + 40),
          );
          const before = foldPunctuation(
            p.assertion.sentence.text.slice(Math.max(0, m.start - p.assertion.sentence.start - 30), m.start - p.assertion.sentence.start),
          );
          return (
            /^'s?\s/.test(after) ||
            /^\s+(?:has\s+|had\s+)?(?:said|says|claimed|claims|argued|argues|insisted|insists)\b/.test(after) ||
            SPEECH_NOUNS_BEFORE.test(before)
          );
        });
        if (!answered) continue;
        // A spokesman's claims are his organisation's: "rejected the army's account" answers the army's spokesman.
        const theirs = groups.filter(
          (g) =>
            g !== b &&
            g.speaker !== null &&
            (g.speaker === target || affiliationOf.get(g.speaker) === target) &&
            !sameCamp(g.speaker, b.speaker),
        );
        if (theirs.length === 0) continue;
        const wantsDemand = /\b(?:demands?|calls?|requests?|appeals?|ultimatum)\b/i.test(p.assertion.text);
        let chosen = theirs.filter(
          (g) =>
            g.isDemand === wantsDemand &&
            (wantsDemand || topicActors.some((x) => sentenceActors(g).has(x)) || sharedTopic(g, b).terms.length > 0),
        );
        if (chosen.length === 0) {
          const scored = theirs
            .map((g) => ({ g, score: sharedTopic(g, b).terms.length * 2 + sharedTopic(g, b).actors.length }))
            .sort((x, y) => y.score - x.score);
          chosen = scored[0] && scored[0].score > 0 ? [scored[0].g] : [];
        }
        for (const g of chosen)
          link(b, g, 'answers-named-speaker', 'answers what the other side said', clip(p.assertion.sentence.text, 240));
        if (chosen.length > 0) b.contrastTargets.add(target);
      }
    }
  }

  // "The union rejected that account": a contrast aimed at "that account" answers the other
  // side's claim in the sentences just before.
  for (const b of groups) {
    const p = b.props.find((q) => q.contrast.length > 0 && DEMONSTRATIVE_TARGET.test(foldPunctuation(q.assertion.sentence.text)));
    if (!p) continue;
    const index = p.assertion.sentence.index;
    const previous = groups
      .filter((a) => a !== b && a.speaker !== null && !sameCamp(a.speaker, b.speaker))
      .map((a) => ({ a, at: Math.max(...a.props.map((q) => q.assertion.sentence.index).filter((i) => i < index && index - i <= 2), -1) }))
      .filter((x) => x.at >= 0)
      .sort((x, y) => y.at - x.at)[0];
    // "That account" is all that speaker just said, not only the last sentence of it.
    if (previous) {
      for (const a of groups) {
        if (
          a.speaker === previous.a.speaker &&
          a.props.some((q) => q.assertion.sentence.index < index && index - q.assertion.sentence.index <= 2)
        ) {
          link(b, a, 'answers-that-account', 'rejects what the other side just said', clip(p.assertion.sentence.text, 240));
        }
      }
    }
  }

  // "X, however, said that …" answers the other side's claim just before it.
  for (const b of groups) {
    const lead = b.props.find((p) => p.leadsWithContrast && !p.isSupport);
    if (!lead) continue;
    const index = lead.assertion.sentence.index;
    const previous = groups
      .filter((a) => a !== b && a.speaker !== null && a.speaker !== b.speaker && a.polarity !== b.polarity)
      .map((a) => ({ a, at: Math.max(...a.props.map((p) => p.assertion.sentence.index).filter((i) => i < index && index - i <= 3), -1) }))
      .filter((x) => x.at >= 0)
      .sort((x, y) => y.at - x.at)[0];
    if (previous)
      link(b, previous.a, 'contrast-lead', 'is set against the one before by the article', clip(lead.assertion.sentence.text, 240));
  }

  // The general signals of the lexicon: answers, accusations, "untrue", contrasts.
  const sides = groups.map((g) => ({
    speaker: g.speaker,
    terms: g.terms,
    props: g.props.filter((p) => !p.isQuestion).map((p) => p.assertion),
  }));
  // Those who head a body by their role ("chairman", "chief executive"): "the company's leadership" may stand for them.
  const leaders = new Set(actors.filter((a) => a.kind === 'person' && isHeadRole(a.role)).map((a) => a.id));
  // A body named as its owner's ("the Ferry Agency’s Office of the Inspector General"): the owner, when it is an actor of its own.
  const parentOf = (id: string): string | null => {
    const owner = /^(.+?)['’]s\s+\p{Lu}/u.exec(nameOf.get(id) ?? '')?.[1];
    if (!owner) return null;
    return actors.find((a) => a.id !== id && a.aliases.some((x) => x.text === owner))?.id ?? null;
  };
  for (const s of signalLinks(sides, sentences, mentions, sameCamp, leaders, parentOf))
    link(groups[s.from]!, groups[s.to]!, s.signal.id, s.signal.label, s.words, s.signal.weight);
  const pairs: Array<[Group, Group]> = [];
  const reasonsOf = new Map<Group, { other: Group; rule: string; why: string; words: string }[]>();
  // Two speakers who both answer the same third side are on one side (the enemy of my enemy):
  // opposite stances alone do not set them against each other ("the call was inappropriate"
  // and "I was shocked by what I heard", both against the press secretary).
  const isStanceOnly = (c: { reasons: { rule: string }[] }): boolean => c.reasons.every((r) => r.rule === 'opposite-stance');
  const opponentsOf = new Map<string, Set<string>>();
  for (const c of candidates.values()) {
    if (c.weight < OPPOSITION_THRESHOLD || isStanceOnly(c) || c.a.speaker === null || c.b.speaker === null) continue;
    for (const [x, y] of [
      [c.a.speaker, c.b.speaker],
      [c.b.speaker, c.a.speaker],
    ] as const) {
      const set = opponentsOf.get(x) ?? new Set<string>();
      opponentsOf.set(x, set);
      set.add(y);
    }
  }
  const shareAnOpponent = (x: string | null, y: string | null): boolean =>
    x !== null && y !== null && [...(opponentsOf.get(x) ?? [])].some((o) => opponentsOf.get(y)?.has(o) ?? false);
  for (const c of candidates.values()) {
    if (c.weight < OPPOSITION_THRESHOLD) continue;
    if (isStanceOnly(c) && shareAnOpponent(c.a.speaker, c.b.speaker)) continue;
    // A sentence whose subject is an actor and which answers another's words ("The United States,
    // however, seems reluctant to meet Sudani's demand") reports that actor's stance: it is theirs.
    for (const g of [c.a, c.b]) {
      if (g.speaker !== null || !c.reasons.some((r) => r.rule === 'answers-named-speaker')) continue;
      const other = g === c.a ? c.b : c.a;
      const subject = subjectOf(g.props[0]!.assertion.sentence);
      if (subject && !sameCamp(subject, other.speaker)) g.speaker = subject;
    }
    // The article's own voice opposes a speaker only where it says so ("critics say"): a sentence
    // of analysis that shares a word with a quotation is no party to the dispute.
    if ((c.a.speaker === null || c.b.speaker === null) && !c.reasons.some((r) => FRAMING_RULES.has(r.rule))) continue;
    pairs.push([c.a, c.b]);
    // Both claims keep the reason, each pointing at the other.
    for (const r of c.reasons) {
      for (const [g, o] of [
        [c.a, c.b],
        [c.b, c.a],
      ] as const) {
        const list = reasonsOf.get(g) ?? [];
        reasonsOf.set(g, list);
        list.push({ other: o, rule: r.rule, why: r.why, words: r.words });
      }
    }
  }

  // Keep the groups that say something: an actor's claims, and the article's that oppose one.
  const paired = new Set(pairs.flat());
  const kept = groups.filter((g) => g.speaker !== null || paired.has(g));

  // Ids and statements.
  const ids = new Set<string>();
  const idOf = new Map<Group, string>();
  const claims: DraftClaim[] = [];
  for (const g of kept) {
    const statement = statementOf(g, g.speaker ? { name: nameOf.get(g.speaker) ?? '', kind: kindOf.get(g.speaker) } : undefined);
    const id = uniqueId(claimSlug(statement), ids);
    idOf.set(g, id);
    const sentenceTexts = [...new Set(g.props.map((p) => p.assertion.sentence.text))];
    const quotes = [...new Set(g.props.flatMap((p) => p.assertion.quotes))];
    const evidenceSources = g.props.flatMap((p) => [p.assertion, ...(p.assertion.support ? [p.assertion.support] : [])]);
    const evidence = findEvidence(
      evidenceSources.map((a) => a.text),
      mentions,
      evidenceSources.map((a) => a.start),
    );
    const claim: DraftClaim = {
      id,
      statement,
      // Whoever offers the evidence shares the claim ("the army's raid, a proof for Washington that …").
      speakers: [
        ...new Set([
          ...(g.speaker ? [g.speaker] : []),
          ...g.props.flatMap((p) => (p.assertion.support?.speaker ? [p.assertion.support.speaker] : [])),
        ]),
      ],
      quotes,
      sentences: sentenceTexts,
      evidence: evidence.map((e) => e.text),
      opposes: [],
      linkedBecause: [],
      cues: {
        topic: [],
        polarity: g.polarity,
        markers: { label: 'markers', terms: [], actors: [] },
        evidence: evidence.map((e) => e.groups),
        exclude: [],
      },
    };
    const when = whenOf(g.props[0]!.assertion.sentence.text);
    if (when) claim.when = when;
    claims.push(claim);
  }
  const claimOf = (g: Group): DraftClaim => claims.find((c) => c.id === idOf.get(g))!;

  // Cues: the topic is shared by both sides of an opposition; markers say which side.
  for (const g of kept) {
    const claim = claimOf(g);
    const opponents = pairs.filter(([a, b]) => a === g || b === g).map(([a, b]) => (a === g ? b : a));
    for (const o of opponents) claim.opposes.push(claimOf(o).id);
    for (const r of reasonsOf.get(g) ?? [])
      claim.linkedBecause.push({ claim: claimOf(r.other).id, rule: r.rule, why: r.why, words: r.words });
    const counterpart = opponents[0];
    const topic = topicGroups(g, counterpart, nameOf, kindOf, nounStems);
    claim.cues.topic = topic;
    // Discourse words ("however", "despite") show a contrast in the article but say nothing
    // about which side a sentence on another page takes, so they are not markers.
    const ownMarkers = [...allMarkers(g)].filter((m) => !DISCOURSE_MARKERS.has(m) && (!counterpart || !allMarkers(counterpart).has(m)));
    const polarityTerms = new Set<string>();
    for (const m of ownMarkers) polarityTerms.add(m);
    if (g.isDemand) for (const w of markersIn(g.props.map((p) => p.assertion.text).join(' '), DEMAND_WORDS)) polarityTerms.add(w);
    // "not" alone matches half of all sentences; keep it only when nothing more specific exists.
    if ([...polarityTerms].some((t) => !GENERIC_NEGATIONS.has(t))) for (const t of GENERIC_NEGATIONS) polarityTerms.delete(t);
    if (polarityTerms.size === 0) {
      // No marker word: the claim's most frequent own key word stands in.
      const own = [...g.terms.entries()].filter(([t]) => !counterpart?.terms.has(t)).sort((x, y) => y[1] - x[1])[0];
      if (own) for (const s of g.surface.get(own[0]) ?? []) polarityTerms.add(s);
    }
    if (polarityTerms.size === 0) polarityTerms.add(g.polarity === 'negative' ? 'not' : 'still');
    claim.cues.markers = { label: g.polarity === 'negative' ? 'denial' : 'assertion', terms: [...polarityTerms].slice(0, 40), actors: [] };
  }
  // Opposition is symmetric by construction; make sure of it for the schema.
  for (const c of claims)
    for (const o of c.opposes) {
      const other = claims.find((x) => x.id === o);
      if (other && !other.opposes.includes(c.id)) other.opposes.push(c.id);
    }
  if (claims.length === 0) warnings.push('No claims were found: the article attributes no statements to its actors.');
  return { claims, warnings };
}

function statementOf(g: Group, speaker?: { name: string; kind: ActorKind | undefined }): string {
  const candidates = g.props
    .filter((p) => !p.isSupport || g.props.every((q) => q.isSupport))
    .map((p) => p.assertion.text.replace(/^[\s"“”]+|[\s"“”,;:]+$/g, ''))
    .filter((t) => !/^(?:demanding|calling|urging|saying|adding|warning|stressing|noting)\b/i.test(t) || g.props.length === 1);
  const pool = candidates.length > 0 ? candidates : g.props.map((p) => p.assertion.text);
  // The shortest full proposition reads best; very short ones are fragments.
  const sorted = [...pool].sort((a, b) => score(a) - score(b));
  let s = sorted[0] ?? '';
  s = s
    .replace(/^(?:let me be clear|to be clear|let me be very clear|look|frankly|listen|again)[:,]\s*/i, '')
    .replace(/^\p{Lu}[\p{Lu} .'-]+(?:,\s*[^—–]{1,40}?)?\s*[—–-]{1,2}\s+/u, '')
    .replace(/^(?:that|and|but)\s+/i, '')
    .replace(/[“”"]/g, '');
  // "he would resign" reads, out of context, as "Mick Whelan would resign". "It" is left alone:
  // it is as often the meeting or the report as the speaker.
  // "It would appeal" after "Lumora said" is Lumora; "it focused on" is more often the meeting.
  if (speaker?.name) {
    const pronoun = /^(he|she|they|it(?=\s+(?:would|will|has|had|was|is|could|can|should|must|did|does)\s))\s+/i.exec(s);
    const p = pronoun?.[1]!.toLowerCase();
    const fits = pronoun && (p === 'they' || p === 'it' ? speaker.kind !== 'person' : speaker.kind === 'person');
    if (pronoun && fits) s = `${speaker.name} ${s.slice(pronoun[0].length)}`;
  }
  s = clip(s, 200).replace(/[,;:]$/, '');
  if (!/[.!?…]$/.test(s)) s += '.';
  return s.charAt(0).toUpperCase() + s.slice(1);

  function score(t: string): number {
    const n = t.split(/\s+/).length;
    return n < 4 ? 100 + n : n;
  }
}

function claimSlug(statement: string): string {
  const drop = new Set([
    'a',
    'an',
    'the',
    'is',
    'are',
    'was',
    'were',
    'be',
    'been',
    'has',
    'have',
    'had',
    'of',
    'to',
    'that',
    'it',
    'its',
    'their',
    'there',
    'would',
    'will',
    'this',
    'these',
    'for',
    'in',
    'on',
    'and',
  ]);
  const w = words(statement).filter((x) => !drop.has(x));
  return slugify(w.slice(0, 6).join(' '), 60);
}

function whenOf(sentence: string): string | undefined {
  const m =
    /\b(?:on\s+|last\s+|this\s+|in\s+)?((?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2})?(?:,?\s+\d{4})?)\b/.exec(
      sentence,
    );
  return m?.[1];
}

function topicGroups(
  g: Group,
  counterpart: Group | undefined,
  nameOf: Map<string, string>,
  kindOf: Map<string, ActorKind>,
  nounStems: ReadonlySet<string>,
): CueGroup[] {
  // Nouns first ("withdrawal" before "meet"), then the most frequent.
  const weight = (side: Group, t: string): number => (side.terms.get(t) ?? 0) + (nounStems.has(t) ? 10 : 0);
  const groups: CueGroup[] = [];
  const usefulActor = (a: string): boolean => kindOf.get(a) !== 'country' && a !== g.speaker && a !== counterpart?.speaker;
  // Marker words say which side a sentence takes; in the topic they would make both sides match.
  const isTopicTerm = (t: string): boolean => t.length > 3 && !MARKER_STEMS.has(t);
  const actorsBoth = [...g.actors.keys()].filter((a) => usefulActor(a) && (!counterpart || counterpart.actors.has(a)));
  const termsBoth = [...g.terms.keys()].filter((t) => isTopicTerm(t) && (!counterpart || counterpart.terms.has(t)));
  const surfaceOf = (t: string): string[] => {
    const set = new Set<string>([...(g.surface.get(t) ?? []), ...(counterpart?.surface.get(t) ?? [])]);
    return [...set];
  };
  if (actorsBoth.length > 0) {
    const top = actorsBoth.sort((x, y) => (g.actors.get(y) ?? 0) - (g.actors.get(x) ?? 0))[0]!;
    groups.push({ label: nameOf.get(top) ?? top, terms: [], actors: [top] });
  }
  if (termsBoth.length > 0) {
    // The subject and the predicate ("drought" and "danger") when no actor stands for the subject.
    const ranked = termsBoth.sort(
      (x, y) => weight(g, y) + (counterpart ? weight(counterpart, y) : 0) - weight(g, x) - (counterpart ? weight(counterpart, x) : 0),
    );
    for (const top of ranked.slice(0, groups.length > 0 ? 1 : 2)) {
      const surface = surfaceOf(top);
      groups.push({ label: surface[0] ?? top, terms: surface, actors: [] });
    }
  }
  if (groups.length === 0) {
    // Nothing shared: one group that either side's key words or actors satisfy.
    const terms = new Set<string>();
    const actors = new Set<string>();
    for (const side of counterpart ? [g, counterpart] : [g]) {
      const topTerm = [...side.terms.keys()].filter((t) => isTopicTerm(t)).sort((x, y) => weight(side, y) - weight(side, x))[0];
      if (topTerm) for (const s of side.surface.get(topTerm) ?? []) terms.add(s);
      // Here a country may be the topic: "the United States seems reluctant …".
      const topActor = [...side.actors.entries()]
        .filter(([a]) => a !== g.speaker && a !== counterpart?.speaker && kindOf.get(a) !== 'person')
        .sort((x, y) => y[1] - x[1])[0];
      if (topActor) actors.add(topActor[0]);
    }
    if (terms.size === 0 && actors.size === 0 && g.speaker) actors.add(g.speaker);
    if (terms.size === 0 && actors.size === 0) terms.add([...g.terms.keys()][0] ?? 'claim');
    groups.push({ label: [...terms][0] ?? nameOf.get([...actors][0] ?? '') ?? 'topic', terms: [...terms], actors: [...actors] });
  }
  return groups;
}

interface Evidence {
  text: string;
  groups: CueGroup[];
}

/** Numbers next to words of violence: "killed at least 14 ISIS fighters", "seven US troops wounded". */
function findEvidence(texts: string[], mentions: Mention[], starts: number[]): Evidence[] {
  const out: Evidence[] = [];
  const num = `(?:at least |more than |some |about |nearly |over |up to )?(?:\\d[\\d,]*|${[...NUMBER_WORDS].join('|')})`;
  const nouns =
    '(?:fighters|militants|rebels|gunmen|attackers|troops|soldiers|civilians|people|members|insurgents|personnel|service members|officers|police|policemen|protesters|demonstrators|children|women|migrants|refugees|workers|patients|attacks|strikes|raids)';
  const verbs = `(?:${EVIDENCE_VERBS.filter((v) => /ed$|dead|died/.test(v)).join('|')})`;
  const patterns = [
    new RegExp(`\\b(${verbs})\\s+(${num})\\s+((?:[\\p{L}.-]+\\s+){0,3}?)${nouns}`, 'giu'),
    new RegExp(`\\b(${num})\\s+((?:[\\p{L}.-]+\\s+){0,3}?)${nouns}(?:\\s+(?:were|was|had been|have been))?\\s+(${verbs})`, 'giu'),
  ];
  texts.forEach((t, k) => {
    const folded = foldPunctuation(t);
    for (const re of patterns) {
      let m: RegExpExecArray | null;
      re.lastIndex = 0;
      while ((m = re.exec(folded)) !== null) {
        const phrase = t.slice(m.index, m.index + m[0].length);
        const verb = (re === patterns[0] ? m[1] : m[3])!.toLowerCase();
        const nounMatch = new RegExp(nouns, 'iu').exec(phrase);
        const noun = nounMatch?.[0].toLowerCase() ?? '';
        const from = starts[k]! + m.index;
        const actor = mentions.find((x) => x.start >= from && x.end <= from + m![0].length);
        const sentenceText = re === patterns[0] ? `${clip(phrase.slice(m[1]!.length).trim(), 120)} ${verb}` : clip(phrase, 140);
        const groups: CueGroup[] = [{ label: verb, terms: [verb], actors: [] }];
        if (actor) groups.push({ label: noun || 'who', terms: [], actors: [actor.actor] });
        else if (noun) groups.push({ label: noun, terms: [noun], actors: [] });
        out.push({ text: sentenceText.charAt(0).toUpperCase() + sentenceText.slice(1), groups });
      }
    }
  });
  const seen = new Set<string>();
  return out.filter((e) => !seen.has(e.text) && (seen.add(e.text), true)).slice(0, 8);
}

const HEAD_WORDS: ReadonlySet<string> = new Set(ROLE_NOUN_TABLE.entries.find((e) => e.id === 'heads-and-leaders')?.words ?? []);

/** Whether a role heads a body ("chairman", "chief executive", "CEO"), not only speaks for it. */
function isHeadRole(role: string): boolean {
  return /\bceo\b/i.test(role) || words(role).some((w) => HEAD_WORDS.has(w));
}

/** What opposite stances on one idea count toward a link, alone. */
const OPPOSITE_STANCE_WEIGHT = 1;
/** What they count more when the two claims stand within `NEARBY_SENTENCES` of each other. */
const NEARBY_WEIGHT = 1;
const NEARBY_SENTENCES = 2;

/** One idea a claim's words assert, with the side it takes (+1 holds it, -1 denies or resists it). */
interface StanceReading {
  concept: string;
  sign: 1 | -1;
  words: string;
}

const NEGATIVE_STANCES = new Set(['negated', 'ended', 'reluctant']);

/** The ideas of the vocabulary that a text asserts, each with its side, as the stance reader reads them. */
function stancesIn(text: string): StanceReading[] {
  return readText(text)
    .filter((r) => r.asserted)
    .map((r) => ({ concept: r.concept, sign: NEGATIVE_STANCES.has(stanceOfReading(r)) ? -1 : 1, words: text }));
}

/**
 * A reading of each side that takes opposite sides of one idea: the same concept with opposite
 * signs, or a concept and its antonym with the same sign ("a threat" against "diminished").
 */
function oppositeStances(a: readonly StanceReading[], b: readonly StanceReading[]): [StanceReading, StanceReading] | null {
  for (const x of a) {
    for (const y of b) {
      if (x.concept === y.concept && x.sign !== y.sign) return [x, y];
      const antonyms = (c: string): readonly string[] => CONCEPTS_BY_ID.get(c)?.antonyms ?? [];
      if (x.sign === y.sign && (antonyms(x.concept).includes(y.concept) || antonyms(y.concept).includes(x.concept))) return [x, y];
    }
  }
  return null;
}

/**
 * The words of a text that deny or end an idea (negation, "no longer", a denial, reluctance) and
 * those that hold it on or ask for it ("still", "should"), as the stance operators of the shared
 * lexicon find them: the two poles a claim's cue lists are written from.
 */
function polesOf(text: string): { negative: string[]; positive: string[] } {
  const negative = new Set<string>();
  const positive = new Set<string>();
  for (const o of stanceOperatorsIn(text)) {
    const words = o.text.toLowerCase().replace(/\s+/g, ' ').trim();
    if (o.kind === 'negation' || o.kind === 'ended' || o.kind === 'denial' || o.kind === 'reluctance') negative.add(words);
    else if (o.kind === 'ongoing' || o.kind === 'demand') positive.add(words);
  }
  return { negative: [...negative], positive: [...positive] };
}
