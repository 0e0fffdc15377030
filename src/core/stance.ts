/**
 * The stance reader: given one sentence and the ideas (concept hits) found in it, says for each
 * idea whether the sentence asserts it, denies it, says it goes on or has ended, demands it,
 * resists it or only supposes it, who the sentence attributes it to, and which words of the
 * page show each of these. The matcher (content script) and the pack builder both read
 * sentences through it, so a frame drafted from an article and a page sentence are read alike.
 *
 * How a sentence is read, in order:
 * 1. It is cut into clauses at strong boundaries (";", dashes, brackets), contrast ("but",
 *    "however", "whereas"), concession ("although", "despite") and relative clauses (", which").
 *    A clause that starts with a connective and a verb ("… but remains a threat") borrows its
 *    subject from the clause before.
 * 2. The operators of `lexicon/stance.ts` are found once per sentence; each applies to an idea in
 *    its clause within its word window, on the side it stands (before, after, or the sentence).
 * 3. A noun states nothing until something predicates it ("ISIS remains a threat", not "to
 *    confront the threat"); a verb after a bare "to" is a purpose ("the mission to defeat ISIS"),
 *    not a statement, unless a demand, plan or ability governs it.
 * 4. Questions, conditions ("if", "whether", an inverted "Should troops leave, …") and bare
 *    modals ("could") are not asserted; a reported warning makes a modal asserted again.
 * 5. Negations flip the polarity, "no longer" ends it, "still" continues it; a reported denial
 *    ("rejected the claim that …") flips what it governs, and a denied demand becomes reluctance.
 *
 * Everything works on the sentence's own characters (a lower-cased copy of the same length), so
 * every operator is reported in the page's own words.
 */
import { ATTRIBUTION_CUES } from './lexicon/attribution';
import { CONCEPTS_BY_ID, type ConceptHit } from './lexicon/concepts';
import { CLAIM_NOUNS, DENYING_JUDGEMENTS, STANCE_OPERATORS, type OperatorKind, type StanceOperator } from './lexicon/stance';
import { ruleTable } from './lexicon/table';
import { findConcepts } from './lexicon/concepts';
import { phraseFinder, type PhraseMatch } from './lexicon/phrases';
import { formsOfPattern } from './lexicon/templates';

/** An operator found in a sentence. */
export interface OperatorMatch {
  /** The operator's id in the stance table. */
  readonly id: string;
  /** What it does. */
  readonly kind: OperatorKind;
  /** Offsets in the text given to the reader. */
  readonly start: number;
  readonly end: number;
  /** The words as the page writes them. */
  readonly text: string;
}

/** What a sentence does with one idea. */
export interface Reading {
  /** The concept id. */
  readonly concept: string;
  /** The idea's words, as offsets in the text. */
  readonly start: number;
  readonly end: number;
  /** Where the idea's subject and object may be: its clause, widened to the clause it borrows its subject from. */
  readonly scope: { readonly start: number; readonly end: number };
  /** The kind of clause the idea stands in: a contrast ("but …") outweighs what it answers, a concession yields. */
  readonly clause: 'main' | 'contrast' | 'concession' | 'relative';
  /** Position of the clause in the sentence, for ordering contrasts. */
  readonly clauseIndex: number;
  /** +1 when the sentence holds the idea true, -1 when it denies it. */
  readonly polarity: 1 | -1;
  /** Whether the sentence states it at all; when false, `unasserted` says why. */
  readonly asserted: boolean;
  /** Why the idea is not asserted. */
  readonly unasserted?:
    'question' | 'condition' | 'hypothetical' | 'not-predicated' | 'purpose' | 'goal' | 'background' | 'conceded' | 'history';
  /** What else the sentence says of it. */
  readonly ongoing: boolean;
  readonly ended: boolean;
  readonly demand: boolean;
  readonly intent: boolean;
  readonly reluctance: boolean;
  readonly capable: boolean;
  /** True when a reported denial flipped the reading. */
  readonly denied: boolean;
  /** The operators that decided the reading, in text order. */
  readonly operators: readonly OperatorMatch[];
  /** Who the sentence attributes the idea to, in its own words, when it says. */
  readonly attribution?: Attribution;
}

/** The speaker a sentence names for what it reports. */
export interface Attribution {
  /** The cue ("said", "according to"). */
  readonly cue: string;
  /** The speaker's words ("American commanders"), as offsets in the text. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

interface CompiledOperator {
  readonly entry: StanceOperator;
  readonly forms: readonly string[];
}

const OPERATORS: readonly CompiledOperator[] = STANCE_OPERATORS.map((entry) => ({ entry, forms: entry.words.flatMap(formsOfPattern) }));

/** One alternation for all operator forms, longest first; forms map back to their entries. */
const OPERATOR_FORMS = new Map<string, StanceOperator[]>();
for (const { entry, forms } of OPERATORS) {
  for (const form of forms) {
    const list = OPERATOR_FORMS.get(form) ?? [];
    if (!list.includes(entry)) list.push(entry);
    OPERATOR_FORMS.set(form, list);
  }
}
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+');
const byLength = (a: string, b: string): number => b.length - a.length;
/** Every operator form, found longest first at each position (see phrases.ts for why not one regular expression). */
const OPERATOR_FINDER = phraseFinder(OPERATOR_FORMS.keys());

/** An operator's conditions on its neighbours, compiled once. */
interface OperatorChecks {
  readonly notAfter?: RegExp;
  readonly requires?: RegExp;
  readonly unlessFollowedBy?: RegExp;
}
const OPERATOR_CHECKS = new Map<StanceOperator, OperatorChecks>(
  STANCE_OPERATORS.map((entry) => [
    entry,
    {
      ...(entry.notAfter ? { notAfter: new RegExp(`(?:^|[^a-z])(?:${entry.notAfter.join('|')})\\s+$`) } : {}),
      ...(entry.requires ? { requires: new RegExp(`\\b${entry.requires}\\b`) } : {}),
      ...(entry.unlessFollowedBy ? { unlessFollowedBy: new RegExp(`^(?:\\s+\\S+){0,4}?\\s+${entry.unlessFollowedBy}\\s`) } : {}),
    },
  ]),
);

const CUE_FORMS = new Map<string, 'before' | 'after'>();
/** Base forms of speech verbs ("say", "claim"), which are also nouns and count only after a plural speaker. */
const CUE_BASES = new Set<string>();
for (const cue of ATTRIBUTION_CUES) {
  for (const pattern of cue.words) {
    for (const form of formsOfPattern(pattern)) CUE_FORMS.set(form, cue.speaker);
    if (pattern.startsWith('v:')) CUE_BASES.add(pattern.slice(2).split(' ')[0]!);
  }
}
/** Words that may trail a speaker's name without being part of it ("Sudani again said"). */
const TRAILING_ADVERBS =
  /(?:\s+(?:again|also|once again|repeatedly|earlier|later|today|yesterday|previously|recently|still|then|now|too|himself|herself|themselves|\p{L}+ly))+$/iu;
const CUE_FINDER = phraseFinder(CUE_FORMS.keys());
/**
 * The cue forms that are a speech verb's bare base form ("say", "claim that"), which count only
 * after a plural speaker (see `attributionOf`). Decided once per form here: `attributionOf` split
 * each cue three times and ran a pattern on it for every concept word of every sentence read.
 */
const BARE_BASE_CUES = new Set(
  [...CUE_FINDER.forms].filter((form) => {
    const first = form.split(' ')[0]!;
    return CUE_BASES.has(first) && first === first.replace(/(?:s|ed|ing)$/, '');
  }),
);

/** A lower-cased copy of `text` of the same length, with curly apostrophes made straight. */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  const out =
    lower.length === text.length ? lower : [...text].map((ch) => (ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch)).join('');
  return out.replace(/[’‘`´]/g, "'");
}

interface Clause {
  readonly start: number;
  readonly end: number;
  readonly kind: 'main' | 'contrast' | 'concession' | 'relative';
  /** True when the clause starts with a connective and a verb or pronoun: its subject is the previous clause's. */
  readonly elliptical: boolean;
  /** True when a strong boundary (";", a dash, ", and") opens it: a denial or condition before it does not reach into it. */
  readonly breaks: boolean;
}

// Boundaries, with the kind of clause they open. A relative clause ends at the next comma.
const BOUNDARY_RE =
  /(;|\s[—–]\s|\s--\s|:\s|,\s+and\s|,\s+or\s|,\s+(?:saying|adding|noting|arguing|insisting|warning|explaining|stressing|telling|pointing out|crediting|citing|calling)\s)|(,?\s+(?:but|however|yet|whereas|while|though)\s|,\s*however,?\s|^\s*however,?\s|^\s*but\s)|(\b(?:although|even though|despite|in spite of)\s)|(,\s+(?:which|who|whose|whom|where)\s)/g;
const ELLIPTICAL_START =
  /^[\s,—–-]*(?:(?:but|however|yet|and|while|though|that|which|who|,)\s+)*(?:(?:it|they|he|she|the group|the militants|the organi[sz]ation|(?:its|their|his|her) [a-z]+)\s+)?(?:\w+ly\s+)?(?:is|are|was|were|has|have|had|remains?|remained|still|continues?|continued|can|could|will|would|may|might|must|should|poses?|posed|represents?|seems?|appears?|never|not|no longer|'s|'re)\b/;

/** Cuts `[start, end)` of `low` into clauses. */
function clausesOf(low: string, start: number, end: number): Clause[] {
  const text = low.slice(start, end);
  const cuts: { at: number; kind: Clause['kind']; breaks: boolean }[] = [];
  BOUNDARY_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY_RE.exec(text)) !== null) {
    if (m[1]) cuts.push({ at: m[1].startsWith(',') ? m.index : m.index + m[0].length, kind: 'main', breaks: true });
    else if (m[2]) cuts.push({ at: m.index, kind: 'contrast', breaks: false });
    else if (m[3]) cuts.push({ at: m.index, kind: 'concession', breaks: false });
    else if (m[4]) cuts.push({ at: m.index, kind: 'relative', breaks: false });
    if (m[0].length === 0) BOUNDARY_RE.lastIndex++;
  }
  const clauses: Clause[] = [];
  let from = 0;
  let kind: Clause['kind'] = 'main';
  let breaks = false;
  const push = (to: number): void => {
    if (to <= from) return;
    const slice = text.slice(from, to);
    clauses.push({
      start: start + from,
      end: start + to,
      kind,
      breaks,
      elliptical: kind !== 'main' || breaks ? ELLIPTICAL_START.test(slice) : false,
    });
  };
  for (const cut of cuts) {
    push(cut.at);
    from = Math.max(from, cut.at);
    kind = cut.kind;
    breaks = cut.breaks;
    if (cut.kind === 'relative' || cut.kind === 'concession') {
      // A relative or concessive clause runs to the next comma; what follows is the main clause again.
      const comma = text.indexOf(',', cut.at + 2);
      if (comma > 0 && !cuts.some((c) => c.at > cut.at && c.at < comma)) {
        push(comma);
        from = comma;
        kind = 'main';
        breaks = false;
      }
    }
  }
  push(text.length);
  return clauses.length > 0 ? clauses : [{ start, end, kind: 'main', elliptical: false, breaks: false }];
}

/** Number of words in `low[from, to)`. */
function wordsBetween(low: string, from: number, to: number): number {
  // The runs of [a-z0-9'], counted by code rather than matched (this runs for every operator near
  // every concept word of a sentence).
  let count = 0;
  let inWord = false;
  for (let i = Math.max(0, from); i < to && i < low.length; i++) {
    const c = low.charCodeAt(i);
    const word = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39;
    if (word && !inWord) count++;
    inWord = word;
  }
  return count;
}

/** Finds every operator of the sentence, longest first and without overlaps. */
function operatorsIn(text: string, low: string, start: number, end: number): (OperatorMatch & { entry: StanceOperator })[] {
  const out: (OperatorMatch & { entry: StanceOperator })[] = [];
  // The longest operator at each start; operators starting inside it are found too ("is
  // finished" and "finished as"), since each may govern a different idea.
  for (const { form, start: from, end: to } of OPERATOR_FINDER.find(low, start, end, true)) {
    for (const entry of OPERATOR_FORMS.get(form) ?? []) {
      const checks = OPERATOR_CHECKS.get(entry)!;
      if (checks.notAfter?.test(low.slice(Math.max(0, from - 16), from))) continue;
      if (checks.requires && !checks.requires.test(low.slice(to, end))) continue;
      if (checks.unlessFollowedBy?.test(low.slice(to, Math.min(end, to + 60)))) continue;
      out.push({ id: entry.id, kind: entry.kind, start: from, end: to, text: text.slice(from, to), entry });
    }
  }
  return out;
}

/** The speaker the sentence names for its content, if any. */
/**
 * Who the sentence attributes the idea at `hitStart` to, from the sentence's speech cues (found
 * once per sentence by `readSentence`, which asks for each of its concept words).
 */
function attributionOf(speakers: readonly CueSpeaker[], hitStart: number): Attribution | undefined {
  let best: Attribution | undefined;
  for (const { cueStart, candidate, onlyAfterIdea } of speakers) {
    if (onlyAfterIdea && !(cueStart > hitStart)) continue;
    // The cue nearest before the idea wins; a cue after the idea counts when none comes before.
    if (!best || (cueStart < hitStart && (best.end > hitStart || cueStart > best.start))) best = candidate;
  }
  return best;
}

/** A speech cue of a sentence and the speaker it names, read once per sentence for all its ideas. */
interface CueSpeaker {
  /** Where the cue starts. */
  readonly cueStart: number;
  /** The speaker and the cue. */
  readonly candidate: Attribution;
  /** Whether the speaker is read after a cue that comes last ("…, the general said."), which counts only for an idea before the cue. */
  readonly onlyAfterIdea: boolean;
}

/**
 * The speaker each speech cue of a sentence names, in the cues' order, for `attributionOf`. What
 * a cue names does not depend on the idea, except that a speaker after a verb that comes last
 * counts only for an idea before it: reading the patterns once per sentence rather than once per
 * idea of it (a claim sentence has several) gives the same speakers.
 */
function cueSpeakersOf(text: string, start: number, end: number, cues: readonly PhraseMatch[]): CueSpeaker[] {
  const out: CueSpeaker[] = [];
  for (const { form, start: cueStart, end: cueEnd } of cues) {
    const side = CUE_FORMS.get(form);
    // A capitalised cue mid-sentence is a name ("the Islamic State"); a bare base form is a
    // verb only after a plural speaker ("critics argue", not "the claim that").
    const first = text[cueStart]!;
    if (first !== first.toLowerCase() && cueStart > start && /\S/.test(text.slice(start, cueStart))) continue;
    if (BARE_BASE_CUES.has(form) && !/(?:s|they|we|you|i|[’']re)\s+$/i.test(text.slice(start, cueStart))) continue;
    let from: number;
    let to: number;
    let onlyAfterIdea = false;
    if (side === 'after') {
      const after = /^[\s,]*((?:[\p{L}\p{N}.'’-]+\s*){1,6}?)(?=[,.;:!?]|$)/u.exec(text.slice(cueEnd, end));
      if (!after) continue;
      from = cueEnd + after[0].indexOf(after[1]!);
      to = from + after[1]!.trimEnd().length;
    } else {
      // The speaker is the noun phrase before the verb ("American commanders warned"), or after
      // it when the verb comes last ("…, the general said.").
      const before = text.slice(start, cueStart);
      const np = /(?:^|[,;:"“”]\s*|\bthat\s+|\band\s+)((?:[\p{L}\p{N}.'’-]+\s+){1,6}?)$/u.exec(before);
      const tail = /^\s*([\p{L}\p{N}.'’ -]{2,60}?)\s*[.,;!?]?\s*$/u.exec(text.slice(cueEnd, end));
      if (np && np[1]!.trim() !== '') {
        to = cueStart - (before.length - before.trimEnd().length);
        from = to - np[1]!.trimEnd().length;
      } else if (tail && (/,\s*$/.test(before.trimEnd()) || (np === null && /,\s*$/.test(before)))) {
        from = cueEnd + tail[0].indexOf(tail[1]!);
        to = from + tail[1]!.length;
        onlyAfterIdea = true;
      } else continue;
    }
    const trailing = TRAILING_ADVERBS.exec(text.slice(from, to));
    if (trailing) to -= trailing[0].length;
    const words = text.slice(from, to).trim();
    if (words === '' || /^(?:that|it|this|which|who)$/i.test(words)) continue;
    out.push({
      cueStart,
      candidate: { cue: text.slice(cueStart, cueEnd), start: from, end: to, text: text.slice(from, to) },
      onlyAfterIdea,
    });
  }
  return out;
}

// Adjectives and negations before a noun do not state it ("the enduring defeat of ISIS" is a goal,
// not a victory); verbs, demands, plans, denials and warnings do.
const PREDICATING: ReadonlySet<OperatorKind> = new Set([
  'predicate',
  'predicate-after',
  'demand',
  'intent',
  'reluctance',
  'denial',
  'warning',
  'ended',
  'capable',
]);
/** A noun of planning right before an infinitive: "a committee to (arrange for) …", "a plan to …". */
const PLAN_NOUN_BEFORE =
  /\b(?:committee|commission|plan|plans|decision|agreement|deal|talks|process|timetable|timeline|roadmap|proposal|bid|effort|efforts|move|step|steps|order|resolution|vote|law|bill|mechanism|framework|agreed|decided)\s+to\s+(?:[a-z]+\s+(?:for\s+)?)?$/;

/** Whether the clause a denial governs reports someone's words before the idea ("reports that the premier had declared …"). */
function reportsSpeech(low: string, from: number, to: number): boolean {
  const that = /\bthat\s/.exec(low.slice(from, to));
  if (!that) return false;
  return CUE_FINDER.find(low, from + that.index + that[0].length, to).some((m) => !CUE_BASES.has(m.form));
}

/** A leading time adverbial with a year ("In 2014,", "Back in December 2017"), then a past tense before the idea. */
const DATED_PAST =
  /^\s*["“]?(?:in|by|back in|during|throughout|until|at the (?:height|peak) of (?:its|their) power in)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+)?(?:19|20)\d\d\b[^.;:]*?\b(?:was|were|had|posed|remained|seemed|became|looked)\b/;

/** Whether the idea at `hit` is a state the clause dates in the past (see `DATED_PAST`). */
function isHistory(low: string, clauseStart: number, hit: ConceptHit): boolean {
  const concept = CONCEPTS_BY_ID.get(hit.concept);
  if (!concept || concept.action || concept.role === 'patient') return false;
  // Only a text with a year can match the long pattern (see `ENDS_WITH_TO` for why it is asked first).
  const lead = low.slice(clauseStart, hit.start);
  return YEAR.test(lead) && DATED_PAST.test(lead);
}

/** A year of the last two centuries, which every text `DATED_PAST` matches holds. */
const YEAR = /(?:19|20)\d\d/;

/** A change of state right before an idea: "could become [a serious] threat", "re-emerge as a force". */
const BECOME_BEFORE =
  /\b(?:become|becomes|became|becoming|turn into|turns into|re-?emerge as|re-?emerges as|return as|grow into)\s+(?:[a-z'-]+\s+){0,3}$/;

/**
 * A headline's future: a subject of one to five words, then "to" and the idea, in a sentence with no
 * final stop ("Coalition to end its mission in the north", "Foreign troops to stay"). A heading
 * that asks or names a way ("How to leave", "Ways to end the war") or a plan ("Plans to withdraw",
 * read by PLAN_NOUN_BEFORE) is no statement.
 */
const HEADLINE_FUTURE =
  /^\s*(?!(?:how|why|what|when|where|who|whether|ways?|time|plans?|calls?|bids?|moves?|efforts?|pressure|push|steps?|urged|asked|told)\b)(?:[^\s,;:]+\s+){1,5}to\s+$/;

/** A plan only supposed: "any future agreement to end the mission", "a possible deal to withdraw". */
const SUPPOSED_PLAN =
  /\b(?:any|a possible|a potential|an eventual|a hypothetical|no)\s+(?:[a-z]+\s+){0,2}?(?:committee|commission|plan|plans|decision|agreement|deal|talks|process|timetable|timeline|roadmap|proposal|bid|effort|efforts|move|step|steps|order|resolution|vote|law|bill|mechanism|framework)\s+to\s+(?:[a-z]+\s+(?:for\s+)?)?$/;

/**
 * A verb of asking, its addressee (one to four words) and "to", right before the idea: "asked
 * Washington to", "urged the troops to". An aspectual verb after the "to" ("asked Paris to
 * begin pulling its troops out") asks for the same thing as the bare verb; "stop" and "continue"
 * would not, and are left out.
 */
const ADDRESSED_DEMAND =
  /(?:^|\s)((?:asked|asks|ask|asking|urged|urges|urge|urging|told|tells|tell|telling|pressed|presses|press|pressing|called on|calls on|call on|calling on|wants|want|wanted|wanting|pressured|pressuring|begged|instructed|ordered|orders|order|demanded|demands|force|forces|forced|forcing|compel|compelled|(?:pressure[sd]?|call(?:s|ed|ing)?|demand(?:s|ed|ing)?|push(?:es|ed|ing)?|appeal(?:s|ed|ing)?|campaign(?:s|ed|ing)?)(?:\s+\S+){0,4}?\s+for)(?:\s+(?:\S+)){1,4}?\s+to)\s+(?:(?:begin|start|commence)\s+)?$/;

/**
 * What every text `ADDRESSED_DEMAND` matches ends with: " to" (and an aspectual verb). The long
 * pattern is tried only on such a text, so that a page whose sentences never end an idea's lead
 * that way never compiles it: a page's first claim sentences compile the stance patterns they
 * run (43 on the first pass of the bench's dense page, counted in Node 20 in 2026-12).
 */
const ENDS_WITH_TO = /\sto\s+(?:(?:begin|start|commence)\s+)?$/;

/** A past verb of saying before a clause: its "could" is reported ability, not a supposition. */
const REPORTED_PAST =
  /\b(?:said|told|insisted|argued|claimed|stated|noted|added|stressed|explained|believed|thought|declared|asserted|maintained|wrote)\b(?:\s+\S+){0,12}\s*$/;
const INHERITED: ReadonlySet<OperatorKind> = new Set(['demand', 'intent', 'reluctance', 'capable']);
const GOVERNING_INFINITIVE: ReadonlySet<OperatorKind> = new Set([
  'demand',
  'intent',
  'reluctance',
  'capable',
  'ongoing',
  'denial',
  'warning',
  'ended',
]);

/**
 * Reads every concept hit of one sentence. `hits` are offsets in `text` inside `[start, end)`,
 * the sentence; the result has one reading per hit, in the same order.
 */
export function readSentence(text: string, start: number, end: number, hits: readonly ConceptHit[]): Reading[] {
  if (hits.length === 0) return [];
  const low = lowerSameLength(text);
  const clauses = clausesOf(low, start, end);
  const ops = operatorsIn(text, low, start, end);
  // The speech cues, found once for all the sentence's concept words and only if one asks.
  let found: readonly PhraseMatch[] | null = null;
  const cues = (): readonly PhraseMatch[] => (found ??= CUE_FINDER.find(low, start, end));
  // And the speakers they name, once for all of them (see `cueSpeakersOf`).
  let speakersFound: readonly CueSpeaker[] | null = null;
  const speakers = (): readonly CueSpeaker[] => (speakersFound ??= cueSpeakersOf(text, start, end, cues()));
  const isQuestion = /\?["'’”)\]]*\s*$/.test(text.slice(start, end));
  // An inverted condition at the start ("Should US troops leave Iraq, …") runs to its first comma.
  const inversion = /^\s*(?:should|were|had)\s+(?!(?:not|we|you|i)\b)[^,]{3,}?,/.exec(low.slice(start, end));
  const warnings = ops.filter((o) => o.kind === 'warning');

  const readings = hits.map((hit): Reading => {
    const clauseIndex = Math.max(
      0,
      clauses.findIndex((c) => hit.start >= c.start && hit.start < c.end),
    );
    const clause = clauses[clauseIndex]!;
    const prev = clauseIndex > 0 ? clauses[clauseIndex - 1] : undefined;
    const scope = { start: clause.elliptical && prev ? prev.start : clause.start, end: Math.max(clause.end, hit.end) };
    const inClause = (o: OperatorMatch): boolean => o.start >= clause.start && o.end <= Math.max(clause.end, hit.end);
    // An elliptical clause borrows its subject from the clause before, and after a coordination
    // also its modal ("wants them to leave and never return"); never its negation or its "still",
    // which belong to what the first clause says ("no longer a threat but still dangerous").
    const borrowed = (o: OperatorMatch): boolean =>
      clause.elliptical && clause.kind !== 'contrast' && prev !== undefined && o.start >= prev.start && INHERITED.has(o.kind);
    const before = (o: OperatorMatch & { entry: StanceOperator }): boolean =>
      o.end <= hit.start && (inClause(o) || borrowed(o)) && wordsBetween(low, o.end, hit.start) <= (o.entry.window ?? 6);
    // A relative pronoun between them starts another predication ("the threat that passed the border").
    const after = (o: OperatorMatch & { entry: StanceOperator }): boolean =>
      o.start >= hit.end &&
      inClause(o) &&
      wordsBetween(low, hit.end, o.start) <= (o.entry.window ?? 3) &&
      !/\b(?:that|which|who)\b/.test(low.slice(hit.end, o.start));
    const used: OperatorMatch[] = [];
    /** Records an operator as deciding the reading, with every other entry of the same words. */
    const take = (o: OperatorMatch): void => {
      for (const same of ops)
        if (same.start === o.start && same.end === o.end && same.kind === o.kind && !used.includes(same)) used.push(same);
      if (!used.includes(o)) used.push(o);
    };
    /** Records every predicating operator that stands where `o` stands. */
    const takePredicates = (o: OperatorMatch): void => {
      for (const same of ops)
        if (same.start === o.start && same.end === o.end && PREDICATING.has(same.kind) && !used.includes(same)) used.push(same);
    };
    const applying = ops.filter((o) => {
      if (o.start < hit.end && o.end > hit.start) return false; // the idea's own words
      const position = o.entry.position ?? 'before';
      if (position === 'before') return o.kind !== 'predicate-after' && before(o);
      if (position === 'after') return after(o);
      return false;
    });
    // Scope composes: a negation or "no longer" before a modal that governs the idea governs the
    // idea too, however far the modal reaches ("no longer has the capacity to launch major
    // attacks", "is not able to carry out large-scale attacks").
    for (const o of ops) {
      if ((o.kind !== 'negation' && o.kind !== 'ended') || applying.includes(o) || o.end > hit.start || !(inClause(o) || borrowed(o)))
        continue;
      const modal = applying.find(
        (g) =>
          INHERITED.has(g.kind) &&
          g.start >= o.end &&
          g.end <= hit.start &&
          wordsBetween(low, o.end, g.start) <= Math.min(2, o.entry.window ?? 6),
      );
      if (modal) applying.push(o);
    }
    const has = (kind: OperatorKind): OperatorMatch | undefined => applying.find((o) => o.kind === kind);

    // 1. Not asserted at all: questions and conditions.
    let unasserted: Reading['unasserted'];
    if (isQuestion) unasserted = 'question';
    // A condition covers its own clause and, being a condition, what the sentence says follows
    // from it ("if the group regroups, troops may stay"; "ISIS would return only if troops left"):
    // neither is asserted. "Whether" covers its own clause; "even if" concedes, it does not suppose.
    const condition = ops.find(
      (o) =>
        o.kind === 'condition' &&
        sameClauseRun(clauses, Math.min(o.start, hit.start), Math.max(o.start, hit.start)) &&
        (o.end <= hit.start + 1
          ? conditionReaches(low, o.end, hit.start) || o.entry.id !== 'divided'
          : !/^whether$/i.test(o.text) && !low.slice(hit.end, o.start).includes(',')) &&
        !/\beven\s+$/.test(low.slice(Math.max(start, o.start - 6), o.start)),
    );
    // A warning asserts the risk it names even when a condition follows it ("warned that ISIS
    // could stage a comeback if pressure eases"); what the condition itself says stays supposed.
    const warnedBefore =
      condition !== undefined &&
      condition.start >= hit.end &&
      warnings.some((o) => o.end <= hit.start && inSameChain(clauses, o.start, hit.start) && wordsBetween(low, o.end, hit.start) <= 8);
    if (!unasserted && !warnedBefore && (condition || (inversion && sameClauseRun(clauses, start, hit.start)))) {
      unasserted = 'condition';
      if (condition) take(condition);
      else if (inversion) {
        const at = start + inversion[0].search(/\S/);
        const word = /^\S+/.exec(text.slice(at))![0];
        used.push({ id: 'condition', kind: 'condition', start: at, end: at + word.length, text: word });
      }
    }

    // Goals and background clauses of time state nothing new.
    const goal = ops.find(
      (o) =>
        (o.kind === 'goal' || o.kind === 'background') &&
        o.end <= hit.start &&
        conditionReaches(low, o.end, hit.start) &&
        sameClauseRun(clauses, o.start, hit.start),
    );
    if (!unasserted && goal) {
      unasserted = goal.kind === 'goal' ? 'goal' : 'background';
      take(goal);
    }

    // A state dated in the past and told in the past tense is history ("In 2014, Islamic State was
    // the gravest threat Iraq had faced"): it says nothing of now. Reported speech keeps its own
    // tense ("said in 2023 that ISIS was still a threat" reports what was said), and events stay
    // events ("In 2017 the government declared victory").
    if (!unasserted && isHistory(low, clause.start, hit) && !attributionOf(speakers(), hit.start)) unasserted = 'history';

    // 2. Predication: a noun needs a verb that states it; so does a gerund after a preposition
    // ("assist Iraqis in defeating ISIS"); a bare infinitive is a purpose.
    // A form that is both a noun and a verb ("defeat", "attack") is a noun after a determiner or a
    // possessive, counting back over up to two adjectives ("the enduring defeat", "ISIS's attack").
    const wordClass = nounOrVerb(low, start, hit, text.slice(hit.start, hit.end));
    const gerundAsNoun =
      wordClass === 'v' &&
      /ing$/i.test(text.slice(hit.start, hit.end).split(/\s/)[0]!) &&
      /\b(?:in|of|for|on|at|toward|towards|about|against|by|from|with|without)\s+$/.test(
        low.slice(Math.max(start, hit.start - 12), hit.start),
      );
    if (!unasserted && (wordClass === 'n' || gerundAsNoun)) {
      // The nearest predicating word wins. It must govern the noun itself: no comma ("As a result,
      // the threat …") and no preposition ("impacts on the defeat of ISIS") between them, and at
      // most three words (a determiner and adjectives). A gerund that is itself a noun ("achieving
      // an enduring defeat still relies on …", "that achieving …") states nothing.
      const predicate = applying
        .filter((o) => PREDICATING.has(o.kind) && governsNoun(low, o, hit.start) && !isNominalGerund(low, clause.start, o))
        .pop();
      const denial = ops.find((o) => o.kind === 'denial' && o.end <= hit.start && inSameChain(clauses, o.start, hit.start));
      const warning = warnings.find(
        (o) => o.end <= hit.start && inSameChain(clauses, o.start, hit.start) && wordsBetween(low, o.end, hit.start) <= 6,
      );
      if (predicate) takePredicates(predicate);
      else if (denial && wordsBetween(low, denial.end, hit.start) <= 6) take(denial);
      else if (warning) take(warning);
      else unasserted = 'not-predicated';
    }
    // A demand with its addressee between ("asked Washington to pull out", "urged
    // the troops to leave") has no fixed form; it is found by its frame.
    const lead = low.slice(clause.start, hit.start);
    const addressed = ENDS_WITH_TO.test(lead) ? ADDRESSED_DEMAND.exec(lead) : null;
    // A document that "calls for the troops to leave" provides for it (see the `provision` operator).
    const byDocument =
      addressed !== null &&
      /\b(?:agreement|deal|accord|plan|roadmap|framework|memorandum|treaty|pact|statement)\s*$/.test(
        low.slice(clause.start, clause.start + addressed.index),
      );
    if (addressed && !byDocument && !has('demand')) {
      const at = clause.start + addressed.index + addressed[0].search(/\S/);
      const op = {
        id: 'demand',
        kind: 'demand' as const,
        start: at,
        end: at + addressed[1]!.length,
        text: text.slice(at, at + addressed[1]!.length),
      };
      applying.push({ ...op, entry: STANCE_OPERATORS.find((e) => e.id === 'demand')! });
    }
    // The infinitive itself ("to withdraw") or a gerund it governs ("to justify keeping its troops").
    const before24 = low.slice(Math.max(start, hit.start - 30), hit.start);
    const purposeVerb =
      wordClass === 'v' &&
      (/(?:^|[^a-z])to\s+["'“‘]?$/.test(before24) ||
        /(?:^|[^a-z])to\s+[a-z]+,?\s+(?:and|or)\s+$/.test(before24) ||
        (/ing\b/.test(low.slice(hit.start, hit.end)) && /(?:^|[^a-z])to\s+[a-z]+\s+(?:for\s+)?$/.test(before24)));
    let purposeIntent: OperatorMatch | undefined;
    if (!unasserted && purposeVerb) {
      const governor = applying.find((o) => GOVERNING_INFINITIVE.has(o.kind) || o.kind === 'capable');
      if (governor) take(governor);
      else if (
        CONCEPTS_BY_ID.get(hit.concept)?.action &&
        PLAN_NOUN_BEFORE.test(low.slice(Math.max(start, hit.start - 60), hit.start)) &&
        !SUPPOSED_PLAN.test(low.slice(Math.max(start, hit.start - 80), hit.start))
      ) {
        // The purpose of a plan is the plan: "a committee to arrange for ending the presence",
        // "a decision to withdraw". A bare purpose ("an excuse to keep its troops") is not.
        const to = low.lastIndexOf('to', hit.start);
        purposeIntent = { id: 'purpose-of-action', kind: 'intent', start: to, end: to + 2, text: text.slice(to, to + 2) };
        used.push(purposeIntent);
      } else if (
        CONCEPTS_BY_ID.get(hit.concept)?.action &&
        HEADLINE_FUTURE.test(low.slice(start, hit.start)) &&
        !/[.!?]["'’”)\]]*\s*$/.test(text.slice(start, end))
      ) {
        // Headlines say what will happen with a bare "to": "Coalition to end its mission".
        const to = low.lastIndexOf('to', hit.start);
        purposeIntent = { id: 'headline-future', kind: 'intent', start: to, end: to + 2, text: text.slice(to, to + 2) };
        used.push(purposeIntent);
      } else unasserted = 'purpose';
    }

    // 3. Modality.
    const demand = has('demand');
    const intent = has('intent') ?? purposeIntent;
    const reluctance = has('reluctance');
    const capable = has('capable');
    const ongoing = has('ongoing') ?? applying.find((o) => o.kind === 'predicate-after' && o.entry.adds === 'ongoing');
    const endedOp = has('ended') ?? applying.find((o) => o.kind === 'predicate-after' && o.entry.adds === 'ended');
    for (const o of [demand, intent, reluctance, capable, ongoing, endedOp]) if (o) take(o);
    let hypothetical = has('hypothetical');
    // "said Iraqi forces could handle them": in reported speech "could" is the past of "can".
    let reportedCan: OperatorMatch | undefined;
    if (hypothetical && /^could$/i.test(hypothetical.text) && REPORTED_PAST.test(low.slice(start, hypothetical.start))) {
      reportedCan = hypothetical;
      hypothetical = undefined;
    }
    if (!unasserted && hypothetical && !capable) {
      const warning = warnings.find((o) => inSameChain(clauses, o.start, hit.start) || o.start > hit.end);
      // "could become a threat again" says it is none now: a warning of a return is not a
      // statement of the present.
      const becomesAgain =
        BECOME_BEFORE.test(low.slice(Math.max(start, hit.start - 40), hit.start)) &&
        /^(?:\s+[a-z'-]+){0,2}?\s+again\b/.test(low.slice(hit.end, Math.min(end, hit.end + 30)));
      if (warning && !becomesAgain) {
        take(warning);
      } else {
        unasserted = 'hypothetical';
        take(hypothetical);
      }
    }

    // 4. Polarity: negations in the window, "no longer", and a reported denial over the clause.
    let polarity: 1 | -1 = 1;
    // A predicating word may itself deny ("a nuisance rather than a threat").
    for (const o of ops) if (o.entry.adds === 'negation' && used.includes(o)) polarity = polarity === 1 ? -1 : 1;
    for (const o of applying) {
      if (o.kind !== 'negation') continue;
      // "no plans to", "no longer": the longer operator already says it.
      if (used.some((u) => u.start <= o.start && u.end >= o.end && u !== o)) continue;
      // A negation of the demand itself was handled above.
      if (demand && o.end <= demand.start) continue;
      polarity = polarity === 1 ? -1 : 1;
      take(o);
    }
    if (endedOp) polarity = -1;
    const denial =
      ops.find(
        (o) => o.kind === 'denial' && o.end <= hit.start && inSameChain(clauses, o.start, hit.start) && !negatedBefore(low, ops, o),
      ) ?? deniedAfter(text, low, start, end, hit);
    let denied = false;
    let endedFlag = Boolean(endedOp);
    let ongoingFlag = Boolean(ongoing) && !endedOp;
    let demandFlag = Boolean(demand);
    let reluctanceFlag = Boolean(reluctance);
    // "have not been asked to leave": a negation before the demand denies the demand, not what it
    // asks for, and states no side.
    if (
      demandFlag &&
      demand &&
      !unasserted &&
      applying.some((o) => o.kind === 'negation' && o.end <= demand.start && !low.slice(o.end, demand.start).includes(','))
    ) {
      unasserted = 'not-predicated';
      take(demand);
    }
    // "resisting pressure for a departure": holding back from a demand is reluctance, not a demand.
    if (demandFlag && reluctance && demand && reluctance.start < demand.start) demandFlag = false;
    if (denial) {
      take(denial);
      denied = true;
      if (demandFlag) {
        // "rejected calls for a withdrawal": refusing a demand is reluctance. But "denied reports
        // that Baghdad had asked for a withdrawal" denies that the demand was made: no side.
        demandFlag = false;
        if (
          /\b(?:call|calls|demand|demands|request|requests|pressure|appeal|appeals|ultimatum)\b/.test(
            low.slice(denial.end, demand!.end + 1),
          )
        )
          reluctanceFlag = true;
        else if (!unasserted) unasserted = 'not-predicated';
      } else if (reportsSpeech(low, denial.end, hit.start)) {
        // "denied reports that the premier had declared the danger over" denies that it was said,
        // and says nothing of the danger: no side.
        if (!unasserted) unasserted = 'not-predicated';
      } else {
        polarity = polarity === 1 ? -1 : 1;
        // Denying that it has ended says it goes on, and the reverse.
        if (endedFlag || ongoingFlag) [endedFlag, ongoingFlag] = [ongoingFlag, endedFlag];
      }
    }

    const attribution = attributionOf(speakers(), hit.start);
    used.sort((a, b) => a.start - b.start);
    const reading: Reading = {
      concept: hit.concept,
      start: hit.start,
      end: hit.end,
      scope,
      clause: clause.kind,
      clauseIndex,
      polarity,
      asserted: unasserted === undefined,
      ongoing: ongoingFlag,
      ended: endedFlag,
      demand: demandFlag,
      intent: Boolean(intent),
      reluctance: reluctanceFlag,
      capable: Boolean(capable) || Boolean(reportedCan),
      denied,
      operators: used.map(({ id, kind, start: s, end: e, text: t }) => ({ id, kind, start: s, end: e, text: t })),
      ...(unasserted ? { unasserted } : {}),
      ...(attribution ? { attribution } : {}),
    };
    return reading;
  });
  // "ISIS is diminished but still attacks": a clause answered by an elliptical contrast about the
  // same subject is conceded; the contrast is what the sentence says.
  const conceded = (r: Reading): boolean => {
    const next = clauses[r.clauseIndex + 1];
    return (
      r.asserted &&
      next !== undefined &&
      next.kind === 'contrast' &&
      next.elliptical &&
      !hits.some((h) => h.start >= next.start && h.start < next.end && h.end <= r.end)
    );
  };
  // Words that serve as an operator of another idea are not an idea of their own: "finished as a
  // danger" says the danger has ended; it does not also say that something is finished.
  return readings.map((r, i) => {
    const covering = readings.some(
      (other, j) => j !== i && other.operators.some((o) => o.start <= r.start && o.end >= r.end && o.kind !== 'predicate'),
    );
    if (covering && r.asserted) return { ...r, asserted: false, unasserted: 'not-predicated' as const };
    if (conceded(r) && readings.some((o) => o.clauseIndex === r.clauseIndex + 1 && o.asserted))
      return { ...r, asserted: false, unasserted: 'conceded' as const };
    return r;
  });
}

const PREPOSITION =
  /(?:^|[^a-z])(?:in|on|at|of|for|to|with|from|by|toward|towards|against|into|about|over|under|between|through|during|after|before|since|without|within|amid|among)\s/;

/** True when operator `o` directly governs the noun at `at`: only a determiner and adjectives between. */
function governsNoun(low: string, o: OperatorMatch & { entry: StanceOperator }, at: number): boolean {
  const between = low.slice(o.end, at);
  if (between.includes(',')) return false;
  // "called the ISIS threat a smokescreen": the object ("the ISIS threat") is named, the noun after "a" is stated.
  if (o.entry.complementAfterArticle)
    return /\b(?:a|an)\s+(?:[a-z-]+\s+)?$/.test(between) && wordsBetween(low, o.end, at) <= (o.entry.window ?? 6);
  // Some govern through one preposition ("warned of a resurgence", "talks continue on ending").
  const rest = o.entry.throughPreposition
    ? between.replace(/^(?:\s+[a-z]+){0,2}?\s*\b(?:of|about|over|on|for|in|toward|towards)\s/, ' ')
    : between;
  if (PREPOSITION.test(` ${rest}`)) return false;
  // A determiner and up to three adjectives, or a longer run of them joined by "and"
  // ("a quick and orderly negotiated exit").
  const words = wordsBetween(low, o.end, at);
  return words <= 3 || (words <= 6 && /\band\b/.test(rest)) || o.kind === 'predicate-after';
}

/** True for an operator in -ing form that stands as a noun: at its clause's start, or after "that", a preposition or "to". */
function isNominalGerund(low: string, clauseStart: number, o: OperatorMatch): boolean {
  if (!/ing$/.test(o.text.toLowerCase())) return false;
  const before = low.slice(clauseStart, o.start);
  return /^[\s,"“]*$/.test(before) || /(?:^|[^a-z])(?:that|whether|to|of|for|in|on|about|without|than)\s+$/.test(before);
}

const DETERMINER =
  /(?:^|[^a-z'])(?:the|a|an|this|that|these|those|its|their|his|her|our|your|my|any|no|every|each|another|such)\s+(?:[a-z-]+\s+){0,2}$|'s?\s+(?:[a-z-]+\s+){0,1}$/;

/**
 * The word class of a hit whose form the concept lists both as a noun and as a verb ("defeat",
 * "attack", "raid"): a noun after a determiner or a possessive, counting back over up to two
 * adjectives ("the enduring defeat", "ISIS's attack"), else a verb ("continued to attack").
 */
function nounOrVerb(low: string, start: number, hit: ConceptHit, form: string): ConceptHit['wordClass'] {
  if (hit.wordClass !== 'n' && hit.wordClass !== 'v') return hit.wordClass;
  const lower = form.toLowerCase();
  if (!formsByClass(hit.concept, 'n').has(lower) || !formsByClass(hit.concept, 'v').has(lower)) return hit.wordClass;
  return DETERMINER.test(low.slice(Math.max(start, hit.start - 40), hit.start)) ? 'n' : 'v';
}

const classForms = new Map<string, ReadonlySet<string>>();

/** A concept's forms listed as nouns (`n`) or as verbs (`v`), generated once: every idea read asks. */
function formsByClass(concept: string, wordClass: 'n' | 'v'): ReadonlySet<string> {
  const key = `${wordClass}:${concept}`;
  let forms = classForms.get(key);
  if (!forms) {
    const words = CONCEPTS_BY_ID.get(concept)?.words ?? [];
    forms = new Set(words.filter((w) => w.startsWith(`${wordClass}:`)).flatMap((w) => formsOfPattern(w)));
    classForms.set(key, forms);
  }
  return forms;
}

/** True when a condition opened at `from` still holds at `to`: no comma or "then" between them. */
function conditionReaches(low: string, from: number, to: number): boolean {
  const between = low.slice(from, to);
  // "whether" reaches to the end of its clause; "if" ends at the comma that closes the condition.
  return !/,|\bthen\b|;/.test(between);
}

/** True when nothing but the main line of the sentence lies between `a` and `b` (no contrast or strong boundary). */
function inSameChain(clauses: readonly Clause[], a: number, b: number): boolean {
  const ca = clauses.findIndex((c) => a >= c.start && a < c.end);
  const cb = clauses.findIndex((c) => b >= c.start && b < c.end);
  if (ca < 0 || cb < 0) return true;
  for (let k = ca + 1; k <= cb; k++) if ((clauses[k]!.kind === 'contrast' || clauses[k]!.breaks) && !clauses[k]!.elliptical) return false;
  return true;
}

const CLAIM_NOUN_RE = new RegExp(
  `(?<![a-z])(?:${CLAIM_NOUNS.flatMap(formsOfPattern).sort(byLength).map(escape).join('|')})\\s+that\\s`,
  'g',
);
const DENYING_JUDGEMENT_RE = new RegExp(
  `^[^,;]{0,120}?\\b(?:is|are|was|were|seems?|seemed|looks?|looked|remains?|proved|proven|turned out to be)\\s+(?:[a-z]+\\s+)?(?:${DENYING_JUDGEMENTS.flatMap(formsOfPattern).sort(byLength).map(escape).join('|')})(?![a-z])|^[^,;]{0,120}?\\b(?:have|has) been (?:denied|dismissed|rejected|refuted)\\b`,
);

/**
 * "Claims that ISIS is defeated are premature": a reported claim followed by a judgement that
 * denies it. Returns the judgement as the denial operator when the hit stands inside such a
 * "that" clause, else undefined.
 */
function deniedAfter(text: string, low: string, start: number, end: number, hit: ConceptHit): OperatorMatch | undefined {
  CLAIM_NOUN_RE.lastIndex = 0;
  const slice = low.slice(start, end);
  let m: RegExpExecArray | null;
  while ((m = CLAIM_NOUN_RE.exec(slice)) !== null) {
    const clauseStart = start + m.index + m[0].length;
    if (clauseStart > hit.start) break;
    const judged = DENYING_JUDGEMENT_RE.exec(low.slice(hit.end, end));
    if (!judged) continue;
    const at = hit.end + judged[0].length;
    const word = /[a-z][a-z ]*$/.exec(judged[0])?.[0] ?? judged[0];
    return { id: 'reported-denial', kind: 'denial', start: at - word.length, end: at, text: text.slice(at - word.length, at) };
  }
  return undefined;
}

/** True when no contrast or strong boundary opens between `a` and `b`: a condition, goal or time clause reaches no further. */
function sameClauseRun(clauses: readonly Clause[], a: number, b: number): boolean {
  const ca = clauses.findIndex((c) => a >= c.start && a < c.end);
  const cb = clauses.findIndex((c) => b >= c.start && b < c.end);
  if (ca < 0 || cb < 0) return true;
  for (let k = ca + 1; k <= cb; k++) if (clauses[k]!.kind === 'contrast' || clauses[k]!.breaks) return false;
  return true;
}

/** True when a negation stands shortly before an operator ("did not deny", "nobody in Baghdad doubts"), cancelling it. */
function negatedBefore(low: string, ops: readonly OperatorMatch[], op: OperatorMatch): boolean {
  return ops.some(
    (o) =>
      o.kind === 'negation' && o.end <= op.start && wordsBetween(low, o.end, op.start) <= 3 && !low.slice(o.end, op.start).includes(','),
  );
}

/** The kinds of the stance operators that occur in `text` (for reading old cue lists and draft claims). */
export function operatorKindsIn(text: string): OperatorKind[] {
  const low = lowerSameLength(text);
  return [...new Set(operatorsIn(text, low, 0, text.length).map((o) => o.kind))];
}

/** True when `text` is made of stance operators only ("still", "no longer", "should"), with nothing that says what. */
export function isOnlyStanceWords(text: string): boolean {
  const low = lowerSameLength(text);
  let rest = low;
  for (const o of operatorsIn(text, low, 0, text.length)) rest = rest.slice(0, o.start) + ' '.repeat(o.end - o.start) + rest.slice(o.end);
  return operatorsIn(text, low, 0, text.length).length > 0 && !/[a-z0-9]/.test(rest);
}

/** The readings of a plain sentence for every concept it names (for the builder and the table test). */
export function readText(text: string): Reading[] {
  return readSentence(text, 0, text.length, findConcepts(text));
}

/**
 * The stance operators as a rule table: an operator fires on a sentence when it decides the
 * reading of one of the sentence's ideas.
 */
export const STANCE_RULES = ruleTable('stance operators', STANCE_OPERATORS, (entry, text) =>
  readText(text).some((r) => r.operators.some((o) => o.id === entry.id)),
);

/** Whether a concept's frame subject must undergo the idea (see `ConceptEntry.role`). */
export function isPatientConcept(concept: string): boolean {
  return CONCEPTS_BY_ID.get(concept)?.role === 'patient';
}

/** The stance operators that occur in `text`, with their words as written (for the builder's cue lists). */
export function stanceOperatorsIn(text: string): OperatorMatch[] {
  const low = lowerSameLength(text);
  return operatorsIn(text, low, 0, text.length).map(({ id, kind, start, end, text: words }) => ({ id, kind, start, end, text: words }));
}
