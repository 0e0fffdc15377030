/**
 * Recognises sentences that state one of the pack's claims, by what they mean rather than by the
 * article's words.
 *
 * A claim is a frame (pack.ts): a subject, a predicate of concepts from the shared vocabulary, a
 * stance and an optional object. A sentence states the claim when it names the subject, the
 * stance reader (stance.ts) reads one of the predicate's concepts (or an antonym, with the
 * polarity turned) as asserted with a compatible stance in the clause where the subject stands,
 * and the sentence also names the object. "ISIS no longer poses a threat", "Daesh is finished as
 * a danger" and "IS has been reduced to remnants" all read as the threat ended.
 *
 * A sentence never takes both sides: when it would state two opposed claims, the reading of its
 * later contrast clause ("… but remains a threat") wins over what it concedes, and if that does
 * not decide, neither is reported.
 *
 * Work is split in two, as for actors: `scanClaimCandidates` (one block, no page context) finds
 * concept words and slot words and the sentences worth reading, segmenting only around them;
 * `matchClaims` reads those sentences once the page's actor mentions are known.
 */
import type { ClaimStance, FrameSlot, Pack } from './pack';
import { createAliasIndex, type AliasEntry, type AliasHit, type AliasIndex } from './alias-index';
import { countWords, foldText, type FoldedText } from './normalize';
import { CONCEPTS, CONCEPTS_BY_ID, conceptForms, conceptHitsOf, type ConceptFormEntry, type ConceptHit } from './lexicon/concepts';
import { endsWithAbbreviation, followsPlainWord, sentencesAround, splitSentences, type SentenceRange } from './segment';
import { isPatientConcept, lowerSameLength, readSentence, type OperatorMatch, type Reading } from './stance';
import { ruleTable, type RuleEntry } from './lexicon/table';
import { DESCRIPTIONS, descriptionAnchors, descriptionRe, mayHoldDescription, type DescriptionEntry } from './lexicon/descriptions';
import { nounForms } from './lexicon/morphology';
import { COUNTRIES } from './lexicon/countries';
import { gatedPatternTest } from './letter-run-gate';

/** One word of the page that took part in a match, with the role it played. */
export interface CueMatch {
  /** What the word did: the slot's label ("ISIS"), the predicate's ("a threat"), or a stance ("says it goes on"). */
  label: string;
  /** The words as they appear on the page. */
  text: string;
  /** Which part of the frame the words filled; absent in cues of older reports. */
  role?: 'subject' | 'predicate' | 'object' | 'stance' | 'evidence';
}

/** A claim stated by one sentence. */
export interface ClaimMatch {
  /** The claim id. */
  readonly claimId: string;
  /** Start offset of the sentence in the block text. */
  readonly start: number;
  /** End offset (exclusive) of the sentence. */
  readonly end: number;
  /** Which route matched: the frame, or one of its evidence sets. */
  readonly via: 'topic' | 'evidence';
  /** The words that matched: subject, predicate, object, then the stance words. */
  readonly cues: CueMatch[];
  /** Who the sentence attributes the claim to, in its words, when it says. */
  readonly attribution?: { readonly text: string; readonly cue: string };
  /** True when the sentence reports someone denying the opposite ("rejected the claim that …"). */
  readonly denied?: boolean;
  /** Case-sensitive acronyms the match relied on, which a page may define as something else. */
  readonly acronyms?: readonly string[];
  /**
   * Set when the subject is an ambiguous name ("the coalition") and nothing else in the sentence
   * ties it to the story: the match counts only on a page that names this actor unambiguously
   * or is otherwise about the story.
   */
  readonly confirm?: string;
  /**
   * Set when the subject is a description the paragraph does not resolve ("the militants" in a
   * paragraph that names no group): the match counts only on a page that names this actor
   * unambiguously, the one actor of that kind the pack has.
   */
  readonly needsNamed?: string;
}

/** A mention of an actor that may fill a slot. */
export interface ActorSpan {
  /** The actor id. */
  readonly actorId: string;
  /** Start offset in the block text. */
  readonly start: number;
  /** End offset (exclusive). */
  readonly end: number;
  /** False for an ambiguous alias ("Washington", "the coalition"), which fills a subject only with a named object. */
  readonly standalone?: boolean;
  /** The alias as the pack writes it. */
  readonly alias?: string;
  /** True for a case-sensitive acronym, which a page may define as something else. */
  readonly acronym?: boolean;
  /** True for a description resolved across the page rather than the paragraph (see `describedSpans`). */
  readonly pageWide?: boolean;
}

/** One slot of the compiled frames: actors and a group of the pack's own terms. */
interface Group {
  readonly label: string;
  readonly actors: ReadonlySet<string>;
  readonly concepts: ReadonlySet<string>;
  /** Kinds of the slot's actors that descriptions may stand for ("the jihadist group"). */
  readonly describedKinds: ReadonlySet<string>;
}

/** One pack term of one group, as compiled into the shared index. */
export interface TermEntry extends AliasEntry {
  /** Tells cue terms from actor aliases when both share one index. */
  readonly kind: 'term';
  /** The group id. */
  readonly group: number;
}

/** True for entries of the shared index that are pack terms. */
export function isTermEntry(entry: AliasEntry): entry is TermEntry {
  return (entry as Partial<TermEntry>).kind === 'term';
}

/** A pack term found in a block. */
export interface TermHit {
  /** Start offset in the block text. */
  readonly start: number;
  /** End offset (exclusive). */
  readonly end: number;
  /** Ids of the groups the term belongs to. */
  readonly groups: readonly number[];
}

interface CompiledClaim {
  readonly id: string;
  readonly statement: string;
  readonly stance: ClaimStance;
  readonly subject: number;
  readonly object: number;
  /** The predicate's concepts, their antonyms (read with the polarity turned), and its own term group. */
  readonly concepts: ReadonlySet<string>;
  readonly antonyms: ReadonlySet<string>;
  readonly predicateTerms: number;
  readonly predicateLabel: string;
  readonly evidence: readonly (readonly number[])[];
  /** Group id of the exclusion terms, or -1. */
  readonly exclude: number;
  /** Ids of the claims this one opposes. */
  readonly opposes: ReadonlySet<string>;
  /**
   * Its predicate concepts, their antonyms and the signals into either, flat: `mayState` runs for
   * every block with a concept word (about 14,000 calls on the dense bench page), and spreading
   * the sets and looking up the signals on each call took 14 ms of it.
   */
  readonly triggers: readonly Trigger[];
}

/** The compiled claims of one pack. */
export interface ClaimModel {
  readonly claims: readonly CompiledClaim[];
  readonly groups: readonly Group[];
  /** Every pack term and concept form, for the index the matcher compiles (shared with actor aliases). */
  readonly entries: readonly (TermEntry | ConceptFormEntry)[];
  /** Statements by claim id, for explanations. */
  readonly statements: ReadonlyMap<string, string>;
  /** Actor kinds by id, for descriptions. */
  readonly kinds: ReadonlyMap<string, string>;
  /** Per actor, the other actors whose names its own names contain ("Global Coalition against ISIS" contains ISIS). */
  readonly namesInside: ReadonlyMap<string, readonly string[]>;
  /** By kind, the pack's one highlighted actor of that kind, when it has exactly one (for descriptions across the page). */
  readonly soleOfKind: ReadonlyMap<string, string>;
  /** The story's places: the countries its claims are about (the objects of its frames). */
  readonly places: ReadonlySet<string>;
  /** Whether a sentence is set in a country that is not one of the pack's ("in Syria", "to Kabul", "the Afghan branch"); null when the pack has no place. */
  readonly elsewhere: ((sentence: string) => boolean) | null;
  /** The lower-case names of the pack's own countries (never another country's). */
  readonly ownCountryForms: ReadonlySet<string>;
  /** What any claim needs present to state its predicate (see `mayNameAPredicate`). */
  readonly predicateGate: PredicateGate;
}

/** The claim-related findings of one block, before page context. */
export interface ClaimScan {
  /** Sentences worth reading. */
  readonly sentences: readonly SentenceRange[];
  /** Pack terms inside those sentences, sorted by start. */
  readonly terms: readonly TermHit[];
  /** Concept words inside those sentences, sorted by start. */
  readonly concepts: readonly ConceptHit[];
  /** Descriptions that stand for the one actor of their kind the block names ("the jihadist group"). */
  readonly described: readonly ActorSpan[];
}

const EMPTY_SCAN: ClaimScan = { sentences: [], terms: [], concepts: [], described: [] };

/**
 * Concepts that signal another one when a sentence says they go on, can happen or are planned:
 * a group that still carries out attacks, or can, is a threat. ("the group claimed an attack" alone is
 * a report of one event, not a claim about the threat.)
 */
export const CONCEPT_SIGNALS = ruleTable<
  RuleEntry & {
    readonly from: string;
    readonly to: string;
    /** When the source signals the target: as a plain fact, going on, possible, planned, firmly denied, or no longer possible (`unable`, which signals the target ended). */
    readonly when: readonly ('fact' | 'ongoing' | 'capable' | 'intent' | 'negated' | 'unable')[];
    /** A concept whose words must stand in the signal's clause, within eight words of it ("attacks … on course to double"). */
    readonly with?: string;
    /** What the signal reads as: by default the target asserted; `demand` when it asks for the target ("no longer needed" asks to leave). */
    readonly reads?: 'demand';
    /** True when the reading keeps its own modality (a demand to end a presence demands leaving). */
    readonly keep?: boolean;
    /**
     * True when the source is something the subject does: the subject then stands before it ("ISIS
     * continues to attack") or after "by" or "from" ("attacks by ISIS"), never as its target
     * ("US forces continue to launch attacks against ISIS").
     */
    readonly agent?: boolean;
  }
>(
  'concept signals',
  [
    {
      id: 'attacks-signal-threat',
      agent: true,
      from: 'attack',
      to: 'threat',
      when: ['ongoing', 'capable', 'intent'],
      reason: 'A group that still attacks, can attack or plans attacks is a threat.',
      examples: [
        'The militants continued to conduct attacks.',
        'The militants are planning attacks abroad.',
        'The group can still launch attacks.',
        'Attacks by the militants continue.',
      ],
      lookalikes: [
        'The militants claimed an attack in the capital.',
        'Government soldiers continue to launch attacks against the militants.',
        'Soldiers are still carrying out attacks on the group.',
      ],
    },
    {
      id: 'killing-signals-threat',
      agent: true,
      from: 'kill',
      to: 'threat',
      when: ['ongoing', 'capable', 'intent'],
      reason: 'A group that can still kill, or goes on killing, is a threat.',
      examples: ['The militants can still kill, commanders warned.', 'The group continues to kill civilians.'],
      lookalikes: ['The militants killed three people in 2016.'],
    },
    {
      id: 'not-needed-asks-to-leave',
      from: 'needed',
      to: 'withdraw',
      when: ['negated'],
      reads: 'demand',
      reason: 'Saying that forces are no longer needed, or that there is no need for them, asks for them to leave.',
      examples: [
        'Foreign troops are no longer needed here.',
        'There is no need for the troops any more.',
        'The country no longer needs the foreign troops.',
      ],
      lookalikes: ['The troops are still needed.'],
    },
    {
      id: 'ending-a-presence-is-leaving',
      from: 'mission-ending',
      with: 'presence',
      to: 'withdraw',
      when: ['fact', 'ongoing', 'intent'],
      keep: true,
      reason: 'Ending a presence is leaving: "the presence of US forces on our soil must come to an end".',
      examples: ['The presence of foreign troops must come to an end.'],
      lookalikes: ['The talks must come to an end soon, officials said of the troops.'],
    },
    {
      id: 'no-longer-able-to-attack',
      agent: true,
      from: 'attack',
      to: 'threat',
      when: ['unable'],
      reason: 'A group that can no longer attack is no longer a threat: "the group no longer has the capacity to launch major attacks".',
      examples: [
        'The militants no longer have the capacity to launch major attacks.',
        'The group is no longer able to carry out large-scale attacks.',
        'The militants can no longer mount attacks.',
      ],
      lookalikes: ['The militants could not carry out the attack they planned.', 'The group is able to launch attacks.'],
    },
    {
      id: 'no-longer-able-to-operate',
      agent: true,
      from: 'raid',
      to: 'threat',
      when: ['unable'],
      reason:
        'An armed group that can no longer carry out operations or offensives is no longer a threat: "no longer has the ability to conduct effective operations".',
      examples: ['The militants no longer have the ability to conduct effective operations.', 'The group can no longer mount offensives.'],
      lookalikes: [
        'Government soldiers can no longer conduct operations against the militants.',
        'The group conducted an operation last year.',
      ],
    },
    {
      id: 'rising-attacks-signal-threat',
      agent: true,
      from: 'increase',
      with: 'attack',
      to: 'threat',
      when: ['fact', 'ongoing', 'intent'],
      reason:
        'Attacks that rise or are set to rise show a threat growing: "the group\'s attacks are on course to double", "a surge in attacks by the group".',
      examples: ['Attacks by the militants were on course to double this year.', 'The group has doubled its attacks.'],
      lookalikes: ['Attacks by the militants fell sharply this year.'],
    },
  ],
  (entry, text) => {
    const model = createClaimModel(
      signalProbePack(
        entry.to,
        entry.reads === 'demand' || entry.keep ? 'demanded' : entry.when.includes('unable') ? 'ended' : 'continuing',
      ),
    );
    return matchText(model, text).length > 0;
  },
);

/** The signals into each concept, by target. */
const SIGNALS_INTO = new Map<
  string,
  { from: string; when: readonly string[]; with?: string; reads?: 'demand'; keep?: boolean; agent?: boolean }[]
>();
for (const s of CONCEPT_SIGNALS.entries) {
  SIGNALS_INTO.set(s.to, [
    ...(SIGNALS_INTO.get(s.to) ?? []),
    {
      from: s.from,
      when: s.when,
      ...(s.with ? { with: s.with } : {}),
      ...(s.reads ? { reads: s.reads } : {}),
      ...(s.keep ? { keep: true } : {}),
      ...(s.agent ? { agent: true } : {}),
    },
  ]);
}

/** Compiles the claims of a pack: slot terms and the predicates' concept forms into one index. */
export function createClaimModel(pack: Pick<Pack, 'claims'> & Partial<Pick<Pack, 'actors'>>): ClaimModel {
  const groups: Group[] = [];
  const entries: (TermEntry | ConceptFormEntry)[] = [];
  const conceptIds = new Set<string>();
  const kinds = new Map((pack.actors ?? []).map((a) => [a.id, a.kind as string]));
  const describable = new Set(DESCRIPTIONS.entries.map((d) => d.kind as string));
  const addGroup = (label: string, terms: readonly string[], actors: readonly string[], concepts: readonly string[] = []): number => {
    const id = groups.length;
    const describedKinds = new Set(actors.map((a) => kinds.get(a) ?? '').filter((k) => describable.has(k)));
    groups.push({ label, actors: new Set(actors), concepts: new Set(concepts), describedKinds });
    // The pack's own words are lemmas like the vocabulary's: a lower-case noun also matches its
    // plural ("operation", "operations").
    for (const term of terms) for (const form of termForms(term)) entries.push({ kind: 'term', text: form, group: id });
    for (const c of concepts) conceptIds.add(c);
    return id;
  };
  const addSlot = (slot: FrameSlot): number => addGroup(slot.label, slot.terms, slot.actors, slot.concepts);
  const claims: CompiledClaim[] = pack.claims.map((claim) => {
    const { frame } = claim;
    const concepts = new Set(frame.predicate.concepts);
    const antonyms = new Set<string>();
    for (const c of concepts) {
      for (const a of CONCEPTS_BY_ID.get(c)?.antonyms ?? []) antonyms.add(a);
      for (const other of CONCEPTS.entries) if (other.antonyms?.includes(c)) antonyms.add(other.id);
    }
    const triggers: Trigger[] = [];
    for (const c of [...concepts, ...antonyms]) {
      conceptIds.add(c);
      triggers.push({ concept: c });
      for (const signal of SIGNALS_INTO.get(c) ?? []) {
        conceptIds.add(signal.from);
        if (signal.with) conceptIds.add(signal.with);
        triggers.push(signal.with ? { concept: signal.from, with: signal.with } : { concept: signal.from });
      }
    }
    return {
      id: claim.id,
      statement: claim.statement,
      stance: frame.stance,
      subject: addSlot(frame.subject),
      object: frame.object ? addSlot(frame.object) : -1,
      concepts,
      antonyms,
      predicateTerms: frame.predicate.terms.length > 0 ? addGroup(frame.predicate.label, frame.predicate.terms, []) : -1,
      predicateLabel: frame.predicate.label,
      evidence: frame.evidence.map((set) => set.map(addSlot)),
      exclude: frame.exclude.length > 0 ? addGroup('exclude', frame.exclude, []) : -1,
      opposes: new Set(claim.opposes),
      triggers,
    };
  });
  entries.push(...conceptForms(conceptIds));
  const namesInside = new Map<string, string[]>();
  const lowered = new Map((pack.actors ?? []).map((a) => [a.id, a.aliases.map((x) => x.text.toLowerCase())]));
  // Each actor's standalone names, lowered once: lowering them again for every pair of actors was
  // most of this loop's time when a frame compiled the seed pack.
  const inners = new Map(
    (pack.actors ?? []).map((b) => [b.id, b.aliases.filter((x) => x.standalone && x.text.length >= 3).map((x) => x.text.toLowerCase())]),
  );
  for (const a of pack.actors ?? []) {
    const names = lowered.get(a.id) ?? [];
    // All of an actor's names in one string, so that a pair of actors none of whose names holds
    // the other's is answered by one search per inner name (the pairs of names were 36,000 calls
    // for the seed pack, compiled in every frame that looks for it).
    const all = names.join('\n');
    for (const b of pack.actors ?? []) {
      if (a.id === b.id) continue;
      const inner = inners.get(b.id)!;
      if (!inner.some((n) => all.includes(n))) continue;
      if (names.some((name) => inner.some((n) => containsAsWords(name, n)))) {
        namesInside.set(a.id, [...(namesInside.get(a.id) ?? []), b.id]);
      }
    }
  }
  const places = new Set(pack.claims.flatMap((c) => c.frame?.object?.actors ?? []).filter((id) => kinds.get(id) === 'country'));
  const byKind = new Map<string, string[]>();
  for (const a of pack.actors ?? []) if (a.highlight) byKind.set(a.kind, [...(byKind.get(a.kind) ?? []), a.id]);
  const soleOfKind = new Map([...byKind].filter(([, ids]) => ids.length === 1).map(([kind, ids]) => [kind, ids[0]!]));
  const ownCountryForms = new Set(
    (pack.actors ?? []).filter((a) => a.kind === 'country').flatMap((a) => a.aliases.map((x) => x.text.toLowerCase())),
  );
  return {
    claims,
    groups,
    entries,
    statements: new Map(pack.claims.map((c) => [c.id, c.statement])),
    kinds,
    namesInside,
    soleOfKind,
    places,
    elsewhere: places.size > 0 ? elsewhereTest(pack) : null,
    ownCountryForms,
    predicateGate: predicateGateOf(claims, groups),
  };
}

/** Words that may stand for a name of the sentence before: a pronoun, or the article of a bare nominal idea ("called for a withdrawal"; see `subjectFor`). */
const REFERS_BACK = /\b(?:they|it|he|she|its|their|a|an|the)\b/i;

/**
 * Where the sentence before the one at `start` starts (`start` itself when there is none, or when
 * it is a fragment of fewer than four words, such as a bare name or a dateline, which lends
 * nothing to the sentence after it).
 */
function previousSentenceStart(text: string, start: number): number {
  const before = text.slice(0, start).trimEnd();
  if (before === '') return start;
  // The sentence before starts after the last terminal mark, when closers and a space follow it
  // (found from the end: a pattern anchored on the rest of the block was quadratic in its length).
  const head = before.slice(0, -1);
  const last = Math.max(head.lastIndexOf('.'), head.lastIndexOf('!'), head.lastIndexOf('?'));
  const after = last >= 0 ? /^["'”’)\]]*\s+/.exec(head.slice(last + 1)) : null;
  const from = after ? last + 1 + after[0].length : 0;
  return countWords(before.slice(from)) < 4 ? start : from;
}

/**
 * A claim of the story holds in the story's places. A sentence that sets it in another country
 * ("remains a threat in Syria's Deir ez-Zor province", "is still a threat to Kabul", "the Islamic
 * State's Afghan branch") and names none of the story's places states a claim of another story.
 * Countries the pack names itself (its places and parties: Iraq, the United States) are never
 * "elsewhere".
 */
function elsewhereTest(pack: Partial<Pick<Pack, 'actors'>>): ((sentence: string) => boolean) | null {
  const own = new Set((pack.actors ?? []).filter((a) => a.kind === 'country').flatMap((a) => a.aliases.map((x) => x.text.toLowerCase())));
  const names: string[] = [];
  const demonyms: string[] = [];
  for (const c of COUNTRIES) {
    const forms = [c.name, ...c.alt.filter((a) => a.length >= 3), ...(c.capital ? [c.capital] : [])];
    if (forms.some((f) => own.has(f.toLowerCase()))) continue;
    names.push(...forms);
    demonyms.push(...c.demonyms);
  }
  if (names.length === 0) return null;
  const alt = (list: string[]): string =>
    [...new Set(list)]
      .sort((a, b) => b.length - a.length)
      .map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|');
  const side =
    '(?:north|south|east|west|northern|southern|eastern|western|north-eastern|northeastern|north-western|northwestern|south-eastern|southeastern|south-western|southwestern|central|neighbouring|neighboring)';
  // Every alternative holds a name or demonym between non-letters (see `gatedPatternTest`).
  return gatedPatternTest(
    [...names, ...demonyms],
    () =>
      new RegExp(
        `(?<![\\p{L}])(?:in|to|across|throughout|inside|within|into|over)\\s+(?:the\\s+)?(?:${side}\\s+)?(?:${alt(names)})(?![\\p{L}])` +
          `|(?<![\\p{L}])(?:${alt(names)})['’]s\\s` +
          `|(?<![\\p{L}])(?:${alt(demonyms)})\\s+(?:branch|affiliate|offshoot|wing|province|chapter|franchise|capital|soil|territory|government|authorities)(?![\\p{L}])` +
          `|(?<![\\p{L}])(?:in|across|throughout|inside|within|into)\\s+the\\s+(?:${side}\\s+)?(?:${alt(demonyms)})\\s+(?:desert|countryside|interior|province|provinces|city|cities|capital|north|south|east|west|north-east|northeast|north-west|northwest|south-east|southeast|south-west|southwest|side)(?![\\p{L}])`,
        'u',
      ),
  );
}

/**
 * The one place of the story a claim's object group holds (with the place's own parties: "Iraq",
 * its government, its forces), when a sentence that leaves the object unsaid names no other
 * country: the page may then supply it.
 */
function pagePlaceOf(model: ClaimModel, group: number, sentence: string): string | undefined {
  const places = [...model.groups[group]!.actors].filter((id) => model.places.has(id));
  if (places.length !== 1) return undefined;
  const others = otherCountriesTest(model);
  return others && others(sentence) ? undefined : places[0];
}

const otherCountries = new WeakMap<ClaimModel, ((sentence: string) => boolean) | null>();

/** Whether a sentence holds any name, capital or demonym of a country that is not one of the pack's; built when first needed. */
function otherCountriesTest(model: ClaimModel): ((sentence: string) => boolean) | null {
  if (otherCountries.has(model)) return otherCountries.get(model)!;
  const own = model.ownCountryForms;
  const forms = COUNTRIES.flatMap((c) => {
    const names = [c.name, ...c.alt.filter((a) => a.length >= 3), ...(c.capital ? [c.capital] : [])];
    return names.some((f) => own.has(f.toLowerCase())) ? [] : [...names, ...c.demonyms];
  });
  const test =
    forms.length > 0
      ? gatedPatternTest(
          forms,
          () =>
            new RegExp(
              `(?<![\\p{L}])(?:${[...new Set(forms)]
                .sort((a, b) => b.length - a.length)
                .map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
                .join('|')})(?![\\p{L}])`,
              'u',
            ),
        )
      : null;
  otherCountries.set(model, test);
  return test;
}

/** A pack term and, for a lower-case word or phrase ending in one, its plural. */
/** A letter of any script, compiled once: `containsAsWords` runs for every pair of names of every pair of actors. */
const LETTER = /\p{L}/u;

/** Whether `inner` stands in `name` as whole words ("isis" in "the coalition against isis"). */
function containsAsWords(name: string, inner: string): boolean {
  const letter = LETTER;
  for (let at = name.indexOf(inner); at >= 0; at = name.indexOf(inner, at + 1)) {
    if ((at === 0 || !letter.test(name[at - 1]!)) && (at + inner.length === name.length || !letter.test(name[at + inner.length]!)))
      return true;
  }
  return false;
}

function termForms(term: string): string[] {
  // "foreign forces" are also "foreign combat forces": forces take a word of their branch or role.
  const forces = /^(.+?)\s+(troops|forces|soldiers)$/.exec(term);
  if (forces && !/(?:^|\s)(?:combat|ground|military|special|security|armed)$/i.test(forces[1]!)) {
    return [term, ...['combat', 'ground', 'military', 'special operations'].map((role) => `${forces[1]} ${role} ${forces[2]}`)];
  }
  const last = /(?:^|\s)([a-z]{3,})$/.exec(term)?.[1];
  if (!last || /s$/.test(last)) return [term];
  return nounForms(term);
}

/** What a block holds for the candidate test: pack-term groups, actors and concepts. */
interface Presence {
  readonly groups: ReadonlySet<number>;
  readonly actors: ReadonlySet<string>;
  readonly concepts: ReadonlySet<string>;
}

function presenceOf(terms: readonly TermHit[], actors: readonly ActorSpan[], concepts: readonly ConceptHit[]): Presence {
  const groups = new Set<number>();
  for (const t of terms) for (const g of t.groups) groups.add(g);
  const present = new Set<string>();
  for (const a of actors) present.add(a.actorId);
  const ideas = new Set<string>();
  for (const c of concepts) ideas.add(c.concept);
  return { groups, actors: present, concepts: ideas };
}

/** Whether group `g` is present; with `anyActor`, a group of actors counts as present (an upper bound before descriptions are looked for). */
function hasGroup(model: ClaimModel, p: Presence, g: number, anyActor = false): boolean {
  if (g < 0) return true;
  if (p.groups.has(g)) return true;
  const group = model.groups[g]!;
  if (anyActor && group.actors.size > 0) return true;
  // The smaller set is walked: a block names a few actors and concepts, a group may hold many.
  if (someShared(group.actors, p.actors)) return true;
  return someShared(group.concepts, p.concepts);
}

/** Whether two sets share a member, walking the smaller. */
function someShared<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  if (a.size > b.size) return someShared(b, a);
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** A concept whose presence (with `with`, when set) may make a sentence speak of a claim's predicate. */
interface Trigger {
  readonly concept: string;
  readonly with?: string;
}

/** What any claim of a model needs present to state its predicate, over all its claims (see `mayNameAPredicate`). */
interface PredicateGate {
  /**
   * Every claim's triggers (see `CompiledClaim.triggers`), once each, by the concept that sets
   * them off: a block names one or two concepts and asks only about their triggers (the seed pack
   * has 28; a pack drafted from a long article may have many more).
   */
  readonly triggers: ReadonlyMap<string, readonly Trigger[]>;
  /** Concepts that alone may let an evidence set hold. */
  readonly concepts: ReadonlySet<string>;
  readonly termGroups: ReadonlySet<number>;
  /** Whether some claim has an evidence set of actors alone, which may hold without a predicate. */
  readonly evidence: boolean;
}

const NO_TRIGGERS: readonly Trigger[] = [];

/** Gathers the predicate gate of compiled claims. */
function predicateGateOf(claims: readonly CompiledClaim[], groups: readonly Group[]): PredicateGate {
  const triggers = new Map<string, Trigger>();
  const concepts = new Set<string>();
  const termGroups = new Set<number>();
  let evidence = false;
  for (const claim of claims) {
    for (const t of claim.triggers) triggers.set(`${t.concept} ${t.with ?? ''}`, t);
    if (claim.predicateTerms >= 0) termGroups.add(claim.predicateTerms);
    // An evidence set holds only when each of its groups does; a group without actors only
    // through its terms or concepts, so one such group stands for the set. A set of actor
    // groups alone may hold in any block with a name.
    for (const set of claim.evidence) {
      const needed = set.find((g) => g >= 0 && groups[g]!.actors.size === 0);
      if (needed === undefined) evidence = true;
      else {
        termGroups.add(needed);
        for (const c of groups[needed]!.concepts) concepts.add(c);
      }
    }
  }
  const byConcept = new Map<string, Trigger[]>();
  for (const t of triggers.values()) {
    const list = byConcept.get(t.concept);
    if (list) list.push(t);
    else byConcept.set(t.concept, [t]);
  }
  return { triggers: byConcept, concepts, termGroups, evidence };
}

/**
 * Whether the block's words may name the predicate of some claim: a claim is stated only through
 * a predicate concept (or a concept signalling one), its own predicate terms, or an evidence set.
 * Most blocks with a concept word name none of the pack's predicates, and deciding that once per
 * block, before the per-claim checks and their sets, was some 20 ms of the dense bench page.
 */
function mayNameAPredicate(model: ClaimModel, terms: readonly TermHit[], concepts: readonly ConceptHit[]): boolean {
  const gate = model.predicateGate;
  if (gate.evidence) return true;
  for (const t of terms) for (const g of t.groups) if (gate.termGroups.has(g)) return true;
  if (concepts.length === 0) return false;
  const present = new Set<string>();
  for (const c of concepts) present.add(c.concept);
  for (const c of present) {
    if (gate.concepts.has(c)) return true;
    for (const t of gate.triggers.get(c) ?? NO_TRIGGERS) if (t.with === undefined || present.has(t.with)) return true;
  }
  return false;
}

/**
 * The two block-level checks before descriptions are looked for, for the property test that the
 * first is a necessary condition of the second: `gate` is `mayNameAPredicate`, `anyClaim` whether
 * some claim may be stated with every actor group counted as present.
 */
export function blockChecks(
  model: ClaimModel,
  terms: readonly TermHit[],
  concepts: readonly ConceptHit[],
): { gate: boolean; anyClaim: boolean } {
  const upperBound = presenceOf(terms, [], concepts);
  return {
    gate: mayNameAPredicate(model, terms, concepts),
    anyClaim: model.claims.some((claim) => mayState(model, claim, upperBound, true)),
  };
}

/** True when the block (or sentence) may state `claim`: subject, object and some word of the predicate, or a whole evidence set. */
function mayState(model: ClaimModel, claim: CompiledClaim, p: Presence, anyActor = false): boolean {
  const predicate =
    claim.triggers.some((t) => p.concepts.has(t.concept) && (t.with === undefined || p.concepts.has(t.with))) ||
    (claim.predicateTerms >= 0 && p.groups.has(claim.predicateTerms));
  // The object is checked when the sentence is read: it may go unsaid (see `matchClaims`).
  if (predicate && hasGroup(model, p, claim.subject, anyActor)) return true;
  return claim.evidence.some((set) => set.every((g) => hasGroup(model, p, g, anyActor)));
}

/**
 * Collects the pack terms and concept words of one block from the hits of the shared index and
 * finds the sentences that might state a claim. The block is first cut cheaply at sure sentence
 * ends (see `roughSentences`); only the rough sentences that hold everything a claim needs are
 * segmented exactly with `Intl.Segmenter`. `actors` are the block's candidate actor mentions,
 * before page context (a superset of those that will count).
 */
export function scanClaimCandidates(
  model: ClaimModel,
  folded: FoldedText,
  hits: readonly AliasHit<AliasEntry>[],
  actors: readonly ActorSpan[],
): ClaimScan {
  if (model.claims.length === 0 || hits.length === 0) return EMPTY_SCAN;
  const terms: TermHit[] = [];
  for (const hit of hits) {
    let groups: number[] | null = null;
    for (const e of hit.entries) if (isTermEntry(e)) (groups ??= []).push(e.group);
    if (groups) terms.push({ start: hit.start, end: hit.end, groups });
  }
  const concepts = conceptHitsOf(hits, folded.original);
  if (terms.length === 0 && concepts.length === 0) return EMPTY_SCAN;
  if (!mayNameAPredicate(model, terms, concepts)) return EMPTY_SCAN;
  const text = folded.original;
  // Descriptions only add actors: a block that could state no claim even if it named every actor
  // is done before they are looked for (most blocks with a concept word are such).
  const upperBound = presenceOf(terms, actors, concepts);
  if (!model.claims.some((claim) => mayState(model, claim, upperBound, true))) return EMPTY_SCAN;
  // Descriptions count as mentions of the actor they stand for, here and when the sentences are read.
  const described = describedSpans(model, text, actors, folded.text);
  if (described.length > 0) actors = [...actors, ...described].sort((a, b) => a.start - b.start);
  const inBlock = presenceOf(terms, actors, concepts);
  const candidates = model.claims.filter((claim) => mayState(model, claim, inBlock));
  if (candidates.length === 0) return EMPTY_SCAN;

  const sentences: SentenceRange[] = [];
  // Terms, concepts and actors come sorted by start; each rough sentence takes its run of them.
  let previousStart = 0;
  for (const rough of roughSentences(text)) {
    const cs = startingWithin(concepts, rough.start, rough.end);
    const ts = startingWithin(terms, rough.start, rough.end);
    const from = previousStart;
    previousStart = rough.start;
    if (cs.length === 0 && ts.length === 0) continue;
    // A pronoun may stand for a name of the sentence before (see `subjectFor`).
    const reach = REFERS_BACK.test(text.slice(rough.start, rough.end)) ? from : rough.start;
    const present = presenceOf(ts, startingWithin(actors, reach, rough.end), cs);
    if (!candidates.some((claim) => mayState(model, claim, present))) continue;
    if (rough.end - rough.start <= MAX_SEGMENTED) sentences.push(...splitSentences(text, rough.start, rough.end));
    else {
      // A huge run without a sure sentence end (a list, a table flattened into one block): segment
      // only windows around the cues, because Intl.Segmenter is quadratic in Node 20.
      const anchors = [...cs, ...ts].map((t) => t.start);
      sentences.push(...sentencesAround(text.slice(0, rough.end), anchors).filter((s) => s.start >= rough.start));
    }
  }
  if (sentences.length === 0) return EMPTY_SCAN;
  const inSentence = (x: { start: number; end: number }): boolean => sentences.some((s) => x.start >= s.start && x.end <= s.end);
  return { sentences, terms: terms.filter(inSentence), concepts: concepts.filter(inSentence), described };
}

/** The run of `list` (sorted by start) that starts in [from, to), found by binary search. */
function startingWithin<T extends { start: number }>(list: readonly T[], from: number, to: number): T[] {
  const first = firstStartingAt(list, from);
  const last = firstStartingAt(list, to);
  return first < last ? list.slice(first, last) : [];
}

/** The index of the first item of `list` (sorted by start) that starts at or after `at`. */
function firstStartingAt<T extends { start: number }>(list: readonly T[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Rough sentences longer than this are not segmented whole. */
const MAX_SEGMENTED = 4_000;

/** A sure sentence end: terminal punctuation, closing quotes or brackets, spaces, then a capital. */
const SURE_END = /[.!?]["'’”)\]]*\s+/g;

/**
 * Cuts a block at places where every engine's sentence segmenter also cuts (a period, question or
 * exclamation mark followed by spaces and a capital letter, not after an abbreviation or initial),
 * so that each rough sentence holds whole sentences and can be segmented on its own.
 */
export function roughSentences(text: string): SentenceRange[] {
  const out: SentenceRange[] = [];
  let start = 0;
  SURE_END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SURE_END.exec(text)) !== null) {
    const cut = m.index + m[0].length;
    const next = text[cut];
    if (next === undefined || next === next.toLowerCase()) continue;
    const from = Math.max(start, m.index - 24);
    if (
      text[m.index] === '.' &&
      !followsPlainWord(text, m.index, from) &&
      endsWithAbbreviation(text.slice(from, cut), text.slice(cut, cut + 24))
    )
      continue;
    out.push({ start, end: cut });
    start = cut;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/**
 * Whether a reading, with its polarity as the frame sees it, takes the claim's stance. Read through
 * an antonym, a plain fact states no will: "2,400 troops remained deployed" is not reluctance to
 * leave, "troops will stay" is.
 */
function takesStance(stance: ClaimStance, r: Reading, polarity: 1 | -1, viaAntonym = false): boolean {
  const plain = !r.demand && !r.reluctance;
  switch (stance) {
    case 'asserted':
      return polarity === 1 && plain;
    case 'continuing':
      return polarity === 1 && plain && !r.ended;
    case 'negated':
    case 'ended':
      return polarity === -1 && plain;
    case 'demanded':
      return polarity === 1 && r.demand;
    case 'reluctant':
      // Holding back from it, or saying it will not, need not or must not happen.
      return (
        (polarity === 1 && r.reluctance) ||
        (polarity === -1 && !r.reluctance && !r.ended && (!viaAntonym || r.intent || r.demand || r.capable))
      );
  }
}

/** A reading of a sentence for one claim, before the sides of the sentence are settled. */
interface Candidate {
  readonly claim: CompiledClaim;
  readonly reading: Reading;
  readonly cues: CueMatch[];
  readonly acronyms: readonly string[];
  readonly confirm?: string;
  readonly needsNamed?: string;
}

/** A stretch of the block that fills a slot. */
interface Place {
  readonly start: number;
  readonly end: number;
}

const STANCE_LABELS: Partial<Record<OperatorMatch['kind'], string>> = {
  negation: 'denies it',
  ended: 'says it has ended',
  ongoing: 'says it goes on',
  demand: 'asks for it',
  intent: 'says it is planned',
  reluctance: 'holds back from it',
  capable: 'says they can',
  denial: 'reports a denial of the opposite',
  warning: 'reports a warning',
};

/** Counts a rejection by rule id, when the caller asked for counts. */
function reject(rejected: Map<string, number> | undefined, rule: string): void {
  if (rejected) rejected.set(rule, (rejected.get(rule) ?? 0) + 1);
}

/**
 * Decides which candidate sentences of one block state which claims, given the block's actor
 * candidates. A subject must be named unambiguously or by the pack's own words; an ambiguous name
 * ("Washington") fills it only when the sentence also names the object unambiguously ("… out of
 * Iraq"), since together they tie the sentence to the story. Rejected readings are counted by
 * reason into `rejected` when given.
 */
export function matchClaims(
  model: ClaimModel,
  text: string,
  scan: ClaimScan,
  actors: readonly ActorSpan[],
  rejected?: Map<string, number>,
): ClaimMatch[] {
  const out: ClaimMatch[] = [];
  // The block's actors with the descriptions that stand for them, put together once.
  const named = scan.described.length > 0 ? [...actors, ...scan.described] : actors;
  for (const sentence of scan.sentences) {
    const inside = <T extends { start: number; end: number }>(x: T): boolean => x.start >= sentence.start && x.end <= sentence.end;
    const terms = scan.terms.filter(inside);
    const spans = named.filter(inside);
    // Words of a name are not ideas of their own ("the Global Coalition to Defeat ISIS").
    const concepts = scan.concepts.filter((c) => inside(c) && !spans.some((a) => a.start <= c.start && a.end >= c.end));
    const previous = previousSentenceStart(text, sentence.start);
    // A pronoun may stand for a name of the sentence before (see `subjectFor`).
    const before = REFERS_BACK.test(text.slice(sentence.start, sentence.end))
      ? named.filter((a) => a.start >= previous && a.end <= sentence.start)
      : [];
    const present = presenceOf(terms, [...spans, ...before], concepts);
    const claims = model.claims.filter((claim) => mayState(model, claim, present));
    if (claims.length === 0) continue;

    /** The first place in `[from, to)` that fills group `g`, as page words; `strict` leaves ambiguous names out. */
    const fill = (g: number, from: number, to: number, strict = false, last = false): Place | null => {
      if (g < 0) return null;
      const group = model.groups[g]!;
      let best: Place | null = null;
      const consider = (x: Place): void => {
        if (x.start >= from && x.start < to && (!best || (last ? x.start > best.start : x.start < best.start))) best = x;
      };
      for (const t of terms) if (t.groups.includes(g)) consider({ start: t.start, end: t.end });
      for (const a of spans) if (group.actors.has(a.actorId) && (!strict || a.standalone !== false)) consider(a);
      for (const c of concepts) if (group.concepts.has(c.concept)) consider(c);
      return best;
    };
    const excluded = (claim: CompiledClaim): boolean => claim.exclude >= 0 && terms.some((t) => t.groups.includes(claim.exclude));
    // A party or place named in the sentence before, in the same paragraph, carries over to a
    // sentence that names none ("… met Iraq's prime minister. He told her American forces ought to
    // leave."): news prose names the place once. Never across a sentence that sets the story
    // elsewhere (see `elsewhereTest`).
    /** The last name of group `g` in the sentence before (for a pronoun that opens this one's idea). */
    const lastBefore = (g: number, strict: boolean): Place | null => {
      const group = model.groups[g]!;
      const before = named.filter(
        (a) => a.start >= previous && a.end <= sentence.start && group.actors.has(a.actorId) && (!strict || a.standalone !== false),
      );
      return before.sort((a, b) => b.start - a.start)[0] ?? null;
    };
    const carriedOver = (g: number): Place | null => {
      const group = model.groups[g]!;
      return named.find((a) => a.start >= previous && a.end <= sentence.start && group.actors.has(a.actorId)) ?? null;
    };

    // Every idea of the predicates, read once; pack terms of a predicate read as ideas of their own.
    const predicateHits: ConceptHit[] = [...concepts];
    for (const claim of claims) {
      if (claim.predicateTerms < 0) continue;
      for (const t of terms)
        if (t.groups.includes(claim.predicateTerms))
          predicateHits.push({ concept: `term:${claim.predicateTerms}`, start: t.start, end: t.end, wordClass: 'x' });
    }
    predicateHits.sort((a, b) => a.start - b.start);
    const readings = readSentence(text, sentence.start, sentence.end, predicateHits);

    const found: Candidate[] = [];
    // The cheap test first: a sentence that names one of the story's places is never elsewhere.
    // A country named as a party ("French officials said", "the Spanish government") is who speaks
    // or acts, not where: "the rebels remain a threat in Chad, French officials said" is elsewhere.
    const elsewhere =
      model.elsewhere !== null &&
      !spans.some((a) => model.places.has(a.actorId) && !PARTY_OF_PLACE.test(text.slice(a.start, a.end))) &&
      model.elsewhere(text.slice(sentence.start, sentence.end));
    for (const claim of claims) {
      if (elsewhere) {
        reject(rejected, 'claim-elsewhere');
        continue;
      }
      if (excluded(claim)) {
        reject(rejected, 'claim-excluded-word');
        continue;
      }
      let why = '';
      for (const read of readings) {
        const bears = bearing(claim, read, predicateHits, text);
        if (!bears) continue;
        const { polarity, reading: r } = bears;
        if (!r.asserted) {
          why ||= `claim-not-asserted:${r.unasserted}`;
          continue;
        }
        // Being able to bring about a result is not the result: "capable of defeating the group".
        if (r.capable && isPatientConcept(r.concept)) {
          why ||= 'claim-not-asserted:ability';
          continue;
        }
        if (!takesStance(claim.stance, r, polarity, bears.viaAntonym)) {
          why ||= 'claim-other-stance';
          continue;
        }
        const object = claim.object >= 0 ? (fill(claim.object, sentence.start, sentence.end) ?? carriedOver(claim.object)) : null;
        // The object may go unsaid when the subject is what the verb says it of, right before it
        // ("the coalition will end", "when it will end"): the subject is then the object too.
        const subjectRightBefore = (): boolean => {
          const near = fill(claim.subject, reachBack(text, r.start, 3), r.start);
          return near !== null || /\b(?:it|they)\s+(?:\S+\s+){0,2}$/i.test(text.slice(reachBack(text, r.start, 3), r.start));
        };
        // A place the paragraph leaves unsaid may be the page's: "Washington appears in no hurry
        // to bring its soldiers home" in an article about Iraq. Only when the claim's object is one
        // place and the sentence names no other country; the match then needs the page to name
        // that place (see `needsNamed`).
        const placeFromPage =
          claim.object >= 0 && !object ? pagePlaceOf(model, claim.object, text.slice(sentence.start, sentence.end)) : undefined;
        // Only a "what" object may go unsaid; a place or party ("Iraq") is what tells the story apart.
        if (claim.object >= 0 && !object && !placeFromPage && (model.groups[claim.object]!.actors.size > 0 || !subjectRightBefore())) {
          why ||= 'claim-object-missing';
          continue;
        }
        // An ambiguous subject ("the coalition", "Washington") is tied to the story by another of
        // the story's actors named unambiguously in the same sentence ("… talks that Baghdad holds
        // with the coalition").
        const subjectActors = model.groups[claim.subject]!.actors;
        const strictObject = spans.some((a) => a.standalone !== false && !subjectActors.has(a.actorId));
        const strictSubject = subjectFor(
          claim,
          r,
          (g, from, to) => fill(g, from, to, true),
          text,
          (g, from, to) => fill(g, from, to, true, true),
          sentence.start,
          bears.agent,
          (g) => lastBefore(g, true),
        );
        const subject =
          strictSubject ??
          subjectFor(
            claim,
            r,
            (g, from, to) => fill(g, from, to),
            text,
            (g, from, to) => fill(g, from, to, false, true),
            sentence.start,
            bears.agent,
            (g) => lastBefore(g, false),
          );
        if (!subject) {
          why ||= 'claim-subject-missing';
          continue;
        }
        // "urged Americans to leave": whoever stands between a demand and what it asks for is who
        // is asked to do it, and that must be the subject, not whoever urged them. An aspectual verb
        // ("asked Paris to begin pulling out") names nobody.
        const demandOp = r.demand ? r.operators.find((o) => o.kind === 'demand' && o.end <= r.start) : undefined;
        if (
          demandOp &&
          /[\p{L}]{2,}/u.test(
            text
              .slice(demandOp.end, r.start)
              .replace(/\b(?:to|for|that|the|a|an|its|their|all|some|of|be|been|begin|start|commence)\b/giu, ''),
          ) &&
          !fill(claim.subject, demandOp.end, r.start)
        ) {
          why ||= 'claim-demand-of-someone-else';
          continue;
        }
        // Reluctance is the subject's own: "Sudani … set no timetable for their departure" is Sudani
        // holding back, not the troops' side. The first party named in the clause must be the
        // subject's, or none.
        if (claim.stance === 'reluctant' && r.reluctance) {
          const agent = spans.filter((a) => a.start >= r.scope.start && a.start < r.start).sort((a, b) => a.start - b.start)[0];
          if (
            agent &&
            !model.groups[claim.subject]!.actors.has(agent.actorId) &&
            model.kinds.get(agent.actorId) !== undefined &&
            !isPlace(model, agent.actorId)
          ) {
            why ||= 'claim-reluctance-of-someone-else';
            continue;
          }
        }
        // An ambiguous subject is tied to the story by an unambiguous object in the sentence, or
        // else by the page (see `confirm`).
        const confirm =
          strictSubject || strictObject ? undefined : spans.find((a) => a.start === subject.start && a.end === subject.end)?.actorId;
        const describedFromPage = spans.find((a) => a.pageWide && a.start === subject.start && a.end === subject.end)?.actorId;
        // One thing taken from the page is as far as a reading goes: a subject described across
        // the page and a place left unsaid together are too loose a tie.
        if (describedFromPage && placeFromPage) {
          why ||= 'claim-object-missing';
          continue;
        }
        const needsNamed = describedFromPage ?? placeFromPage;
        const cues: CueMatch[] = [
          { label: model.groups[claim.subject]!.label, text: text.slice(subject.start, subject.end), role: 'subject' },
        ];
        cues.push({ label: claim.predicateLabel, text: text.slice(r.start, r.end), role: 'predicate' });
        if (object) cues.push({ label: model.groups[claim.object]!.label, text: text.slice(object.start, object.end), role: 'object' });
        for (const o of r.operators) {
          const label = STANCE_LABELS[o.kind];
          if (label && !cues.some((c) => c.role === 'stance' && c.label === label && c.text === o.text))
            cues.push({ label, text: o.text, role: 'stance' });
        }
        const acronyms = spans
          .filter((a) => a.acronym && [subject, object].some((p) => p && p.start === a.start && p.end === a.end))
          .map((a) => a.alias!);
        found.push({ claim, reading: r, cues, acronyms, ...(confirm ? { confirm } : {}), ...(needsNamed ? { needsNamed } : {}) });
        why = '';
        break;
      }
      if (why) reject(rejected, why);
    }
    const settled = settleSides(found);
    for (let k = settled.length; k < found.length; k++) reject(rejected, 'claim-both-sides');
    for (const winner of settled) {
      const r = winner.reading;
      out.push({
        claimId: winner.claim.id,
        start: sentence.start,
        end: sentence.end,
        via: 'topic',
        cues: winner.cues,
        ...(r.attribution ? { attribution: { text: r.attribution.text, cue: r.attribution.cue } } : {}),
        ...(r.denied ? { denied: true } : {}),
        ...(winner.acronyms.length > 0 ? { acronyms: winner.acronyms } : {}),
        ...(winner.confirm ? { confirm: winner.confirm } : {}),
        ...(winner.needsNamed ? { needsNamed: winner.needsNamed } : {}),
      });
    }
    // The evidence route: the specific facts the article gives for a claim, unless the sentence
    // already takes a side on that claim's question.
    const taken = new Set(out.filter((m) => m.start === sentence.start).map((m) => m.claimId));
    for (const claim of claims) {
      if (taken.has(claim.id) || excluded(claim) || [...claim.opposes].some((id) => taken.has(id))) continue;
      for (const set of claim.evidence) {
        const places = set.map((g) => fill(g, sentence.start, sentence.end));
        if (places.every((p) => p !== null)) {
          out.push({
            claimId: claim.id,
            start: sentence.start,
            end: sentence.end,
            via: 'evidence',
            cues: places.map((p, i) => ({
              label: model.groups[set[i]!]!.label,
              text: text.slice(p!.start, p!.end),
              role: 'evidence' as const,
            })),
          });
          break;
        }
      }
    }
  }
  return out;
}

/** A country's name that ends in the people who speak or act for it ("French officials", "Spanish government"). */
const PARTY_OF_PLACE =
  /\s(?:officials?|government|administration|authorities|leaders?|diplomats?|envoys?|spokes(?:man|woman|person)|ministry|department)$/i;

/** True for an actor that is a country (a place as much as a party). */
function isPlace(model: ClaimModel, actorId: string): boolean {
  return model.kinds.get(actorId) === 'country';
}

/**
 * The descriptions in a block that stand for the one actor of their kind the block names
 * unambiguously. `foldedText` is the block's folded text, where every anchor word that the
 * lower-cased text holds also stands (folding lower-cases ASCII letters and never parts them; see
 * `mayHoldAnchor`), so a block whose folded text holds none is done before it is lower-cased.
 */
function describedSpans(model: ClaimModel, text: string, actors: readonly ActorSpan[], foldedText: string): ActorSpan[] {
  const out: ActorSpan[] = [];
  let low: string | null = null;
  for (const entry of DESCRIPTIONS.entries) {
    // Nearly every block of a page holds no anchor word: that is asked first, of the folded text,
    // before the actors are counted or the text is lower-cased again.
    if (!mayHoldAnchor(entry, foldedText)) continue;
    const named = new Set(actors.filter((a) => a.standalone !== false && model.kinds.get(a.actorId) === entry.kind).map((a) => a.actorId));
    // A group named only inside another name ("the international coalition against ISIS … the
    // militants") is named all the same.
    if (named.size === 0)
      for (const a of actors)
        for (const inner of model.namesInside.get(a.actorId) ?? []) if (model.kinds.get(inner) === entry.kind) named.add(inner);
    // A paragraph that names none stands for the one actor of that kind the pack has, named
    // elsewhere on the page ("Days later, al-Sudani said the militants no longer posed a threat"):
    // the match then needs the page to name it (see `needsNamed`).
    const pageWide = named.size === 0 && model.soleOfKind.has(entry.kind);
    if (pageWide) named.add(model.soleOfKind.get(entry.kind)!);
    if (named.size !== 1) continue;
    const actorId = [...named][0]!;
    low ??= lowerSameLength(text);
    const lower = low;
    if (!descriptionAnchors(entry).some((w) => lower.includes(w))) continue;
    if (!mayHoldDescription(entry, lower)) continue;
    for (const m of low.matchAll(descriptionRe(entry))) {
      // "the group remains": the verb only shows that "the group" is a subject; the description is the noun.
      const noun = m[0].replace(
        /\s+(?:is|was|has|had|has been|remains|remained|still|continues|continued|could|can|will|would|may|might|poses|posed|no longer|retains|represents)$/,
        '',
      );
      out.push({
        actorId,
        start: m.index,
        end: m.index + noun.length,
        standalone: !pageWide,
        alias: noun,
        ...(pageWide ? { pageWide: true } : {}),
      });
    }
  }
  return out;
}

/** Per entry, its anchor words when all are runs of ASCII letters and digits, else null. */
const plainAnchors = new WeakMap<DescriptionEntry, readonly string[] | null>();

/**
 * Whether a block's folded text holds one of the entry's anchor words: false means its lower-cased
 * text holds none either. That holds for anchors made of ASCII letters and digits only, which
 * folding copies lower-cased and side by side; an entry with any other anchor always says maybe.
 */
export function mayHoldAnchor(entry: DescriptionEntry, foldedText: string): boolean {
  let anchors = plainAnchors.get(entry);
  if (anchors === undefined) {
    const all = descriptionAnchors(entry);
    anchors = all.every((w) => /^[a-z0-9]+$/.test(w)) ? all : null;
    plainAnchors.set(entry, anchors);
  }
  return anchors === null || anchors.some((w) => foldedText.includes(w));
}

/**
 * How a reading bears on a claim's predicate: as read, with the polarity turned for an antonym, or
 * through a signal ("ISIS continues to attack" is a threat; "troops are no longer needed" asks
 * them to leave). Null when it does not bear on it.
 */
function bearing(
  claim: CompiledClaim,
  r: Reading,
  hits: readonly ConceptHit[],
  text: string,
): { polarity: 1 | -1; reading: Reading; viaAntonym: boolean; agent?: boolean } | null {
  if (claim.concepts.has(r.concept) || r.concept === `term:${claim.predicateTerms}`)
    return { polarity: r.polarity, reading: r, viaAntonym: false };
  if (claim.antonyms.has(r.concept)) return { polarity: r.polarity === 1 ? -1 : 1, reading: r, viaAntonym: true };
  for (const c of claim.concepts) {
    for (const signal of SIGNALS_INTO.get(c) ?? []) {
      if (signal.from !== r.concept) continue;
      if (
        signal.with &&
        !hits.some(
          (h) =>
            h.concept === signal.with &&
            h.start >= r.scope.start &&
            h.end <= r.scope.end &&
            (wordsApart(text, h.end, r.start) <= 10 || wordsApart(text, r.end, h.start) <= 10),
        )
      )
        continue;
      const plain = !r.ongoing && !r.capable && !r.intent && !r.demand && !r.reluctance;
      if (signal.keep) return { polarity: r.polarity, reading: r, viaAntonym: false };
      // "No longer needed" and "no need for" ask for the end of something; a bare "not needed" may
      // only say it was never asked for ("foreign troops are not needed on the ground").
      const firmlyNegated =
        r.polarity === -1 && r.operators.some((o) => (o.kind === 'ended' || o.kind === 'negation') && /^no\b/i.test(o.text));
      const holds = signal.when.some((w) =>
        w === 'negated'
          ? firmlyNegated
          : r.polarity === 1 &&
            ((w === 'ongoing' && r.ongoing) || (w === 'capable' && r.capable) || (w === 'intent' && r.intent) || (w === 'fact' && plain)),
      );
      // The other way round: what can no longer happen no longer signals the target ("no longer able
      // to launch attacks" is no longer a threat). Only "no longer": a failed or denied attempt
      // ("could not carry out the attack") says nothing of what the group can do.
      const agent = signal.agent ? { agent: true } : {};
      if (signal.when.includes('unable') && r.capable && r.ended && r.polarity === -1 && !r.demand && !r.reluctance)
        return { polarity: -1, reading: r, viaAntonym: false, ...agent };
      if (!holds) continue;
      if (signal.reads === 'demand') return { polarity: 1, reading: { ...r, demand: true, ended: false }, viaAntonym: false, ...agent };
      return { polarity: 1, reading: r, viaAntonym: false, ...agent };
    }
  }
  return null;
}

/** Words between offsets `from` and `to` (Infinity when `to` is before `from`). */
function wordsApart(text: string, from: number, to: number): number {
  if (to < from) return Infinity;
  return countWords(text.slice(from, to));
}

/**
 * Where the subject stands for a reading: in the reading's scope, and for a concept whose subject
 * undergoes it ("defeated"), after it ("the defeat of ISIS") or before it in the passive or as a
 * possessor ("ISIS was defeated", "ISIS's defeat"), never as the one who acts ("ISIS defeated").
 */
function subjectFor(
  claim: CompiledClaim,
  r: Reading,
  fill: (g: number, from: number, to: number) => Place | null,
  text: string,
  fillLast: (g: number, from: number, to: number) => Place | null = fill,
  sentenceStart = r.scope.start,
  agent = false,
  pronounBefore?: (g: number) => Place | null,
): Place | null {
  // The subject stands near the idea: within SUBJECT_REACH words before it or after it, inside
  // the idea's scope ("citing risks to security from the attacks … (IS, aka ISIS)" is not about IS).
  // Counted from the verb that governs the idea when it comes first: in "the Iraqi armed forces,
  // including the army and the Counter-Terrorism Service, are fully capable of dealing with the
  // remnants by themselves" the subject stands before "capable", not near "by themselves".
  const governing = r.operators
    .filter((o) => GOVERNING_KINDS.has(o.kind) && o.start < r.start && o.start >= r.scope.start)
    .map((o) => o.start);
  const from = Math.max(r.scope.start, reachBack(text, Math.min(r.start, ...governing), SUBJECT_REACH));
  // A name that starts within reach counts whole, however long it is.
  const to = Math.min(r.scope.end, reachForward(text, r.end, SUBJECT_REACH));
  if (!isPatientConcept(r.concept)) {
    // Never right after an idea that ends in "from", "of" or "by", which takes its own complement: in
    // "could defend the town without help from Iraqi forces" the forces are who would help, not
    // who acts. (Inside the idea's words it may be: "invoking the ISIS threat to justify".)
    const ownComplement = /(?:^|\s)(?:from|of|by)$/i.test(text.slice(r.start, r.end));
    // The doer of an act stands before it, or after "by" ("attacks by ISIS"): never its target.
    // The name starts right after "by", or after its article when the pack's name has none ("attacks
    // by the militants" holds the term "the militants" and the name "militants" alike).
    const byAgent = agent ? /^\s+(?:by|from)\s+((?:the\s+)?)/i.exec(text.slice(r.end, to)) : null;
    const afterBy = (at: number): Place | null => fill(claim.subject, at, at + 1);
    const near = agent
      ? (fill(claim.subject, from, r.start) ??
        (byAgent
          ? (afterBy(r.end + byAgent[0].length - byAgent[1]!.length) ?? (byAgent[1] ? afterBy(r.end + byAgent[0].length) : null))
          : null))
      : fill(claim.subject, from, ownComplement ? r.start : to);
    if (near) return near;
    // "We're not going anywhere," a U.S. official said: "we" in a quote is the speaker's side.
    if (r.attribution && /\b(?:we|we're|we’re|our|us)\b/i.test(text.slice(from, r.start))) {
      const speaker = fill(claim.subject, r.attribution.start, r.attribution.end);
      if (speaker) return speaker;
    }
    // "They can still kill," an officer said of the Daesh fighters: the pronoun is who it is said of.
    const saidOf = /\b(?:said|says|told reporters|added|warned|wrote)\s+of\s+/i.exec(text.slice(r.end, r.scope.end + 200));
    if (saidOf && /\b(?:they|it|he|she)\b/i.test(text.slice(from, r.start))) {
      const at = r.end + saidOf.index + saidOf[0].length;
      const target = fill(claim.subject, at, at + 80);
      if (target) return target;
    }
    // "… and they can do the job alone": a pronoun near the idea stands for the last subject named
    // earlier in the sentence.
    const pronoun = /\b(?:it|they|he|she|its|their|his|her)\s+(?:\S+\s+){0,3}$/i.exec(text.slice(from, r.start));
    // A bare nominal idea names no doer of its own ("Baghdad has called for a withdrawal by
    // September", "the departure must be orderly"): it is the one the sentence before named
    // ("There are 2,500 US troops in Iraq."). Not with "of", "by" or "from" after it, which name one.
    if (!pronoun) {
      const bare =
        /(?:^|[^\p{L}])(?:a|an|the)\s+(?:[\p{L}-]+\s+)?$/iu.test(text.slice(Math.max(sentenceStart, r.start - 30), r.start)) &&
        !/^\s+(?:of|from|by(?!\s+(?:the\s+end|early|late|mid|next|then|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)))\b/i.test(
          text.slice(r.end, r.end + 24),
        );
      return bare && pronounBefore && isNominal(r, text) ? pronounBefore(claim.subject) : null;
    }
    const at = from + pronoun.index;
    // Or, when the sentence names none before it, for the last one the sentence before named
    // ("Daesh has not disappeared. … they remain a real danger").
    return fillLast(claim.subject, sentenceStart, at) ?? (pronounBefore ? pronounBefore(claim.subject) : null);
  }
  const after = fill(claim.subject, r.end, to);
  if (after) return after;
  const before = fill(claim.subject, from, r.start);
  if (!before) return null;
  const between = text.slice(before.end, r.start);
  // "The rebels defeated the army": a name right before the verb, with an object right after it,
  // is the one who acts, not the one beaten ("the rebel defeat in the north" has no object).
  if (/^\s+$/.test(between) && /^\s+(?:the|a|an|its|their|his|her|our)\s/i.test(text.slice(r.end, r.end + 8))) return null;
  if (
    /^(?:['’]s?)?\s*$/.test(between) ||
    /\b(?:is|are|was|were|be|been|being|get|gets|got|has been|have been|had been)\b/i.test(between) ||
    /^,\s/.test(between)
  )
    return before;
  return null;
}

/** True when the idea's words are a noun phrase ("withdrawal", "departure", "pullout"), not a verb. */
function isNominal(r: Reading, text: string): boolean {
  return (
    /(?:al|ure|out|ment|tion|sion|ance|ence|ing)$/i.test(text.slice(r.start, r.end).trim()) && !/\s/.test(text.slice(r.start, r.end).trim())
  );
}

/** Operators that are the verb of the idea's clause (see `subjectFor`). */
const GOVERNING_KINDS: ReadonlySet<string> = new Set(['capable', 'intent', 'demand', 'reluctance', 'predicate', 'ongoing', 'ended']);

/** How many words away from the idea its subject may stand. */
const SUBJECT_REACH = 12;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Whether the UTF-16 unit at `k` is a letter or digit (`/[\p{L}\p{N}]/u` on that unit alone), and
 * with `inWord` also an apostrophe, a period or a hyphen, which continue a word. ASCII is decided
 * by its code: a pattern test per character was most of the time of `reachBack` (measured 2026-12).
 */
function isWordUnitAt(text: string, k: number, inWord: boolean): boolean {
  const c = text.charCodeAt(k);
  if (c < 128) {
    const lower = c | 32;
    return (c >= 48 && c <= 57) || (lower >= 97 && lower <= 122) || (inWord && (c === 0x27 || c === 0x2e || c === 0x2d));
  }
  return (inWord && c === 0x2019) || LETTER_OR_DIGIT.test(text[k]!);
}

/** Whether a word starts at `k`: a letter or digit not preceded by one (or by what continues a word). */
function startsWordAt(text: string, k: number): boolean {
  return isWordUnitAt(text, k, false) && (k === 0 || !isWordUnitAt(text, k - 1, true));
}

/** The offset `words` words before `at`. */
function reachBack(text: string, at: number, words: number): number {
  let k = at;
  let seen = 0;
  while (k > 0 && seen <= words) {
    k--;
    if (startsWordAt(text, k)) seen++;
  }
  return k;
}

/** The offset `words` words after `at`. */
function reachForward(text: string, at: number, words: number): number {
  let k = at;
  let seen = 0;
  while (k < text.length && seen <= words) {
    if (startsWordAt(text, k)) seen++;
    k++;
  }
  return seen > words ? k - 1 : text.length;
}

/**
 * Keeps one side per question: two opposed claims from one sentence are settled by the clause
 * they stand in (a later contrast clause outweighs an earlier one, a main clause outweighs a
 * concession); when that does not decide, both are dropped, because a wrong side costs more
 * trust than a missed sentence.
 */
function settleSides(found: readonly Candidate[]): Candidate[] {
  const weight = (c: Candidate): number =>
    (c.reading.clause === 'concession' ? 0 : c.reading.clause === 'contrast' ? 2 : 1) * 100 + c.reading.clauseIndex;
  return found.filter((c) => {
    for (const other of found) {
      if (other === c || !(c.claim.opposes.has(other.claim.id) || other.claim.opposes.has(c.claim.id))) continue;
      if (weight(other) >= weight(c)) return false;
    }
    return true;
  });
}

/** One sentence, for the card, saying which claim the sentence states and which words showed it. */
export function explainClaim(model: ClaimModel, match: ClaimMatch): string {
  const statement = model.statements.get(match.claimId) ?? match.claimId;
  const cues = match.cues.map((c) => `${c.label} “${c.text}”`).join(', ');
  const who = match.attribution ? ` It attributes this to ${match.attribution.text} (“${match.attribution.cue}”).` : '';
  return match.via === 'topic'
    ? `This sentence says: ${statement} (${cues}).${who}`
    : `This sentence gives the evidence cited for: ${statement} (matched ${cues}).${who}`;
}

/** A one-claim pack about a stand-in subject, for probing signals in the table test. */
function signalProbePack(concept: string, stance: ClaimStance = 'continuing'): Pick<Pack, 'claims'> {
  return {
    claims: [
      {
        id: 'probe',
        statement: 'probe',
        speakers: [],
        quotes: [],
        sentences: [],
        evidence: [],
        opposes: [],
        linkedBecause: [],
        frame: {
          subject: { label: 'subject', actors: [], terms: ['the group', 'the militants', 'foreign troops', 'the troops'], concepts: [] },
          predicate: { label: concept, concepts: [concept], terms: [] },
          stance,
          evidence: [],
          exclude: [],
        },
      },
    ],
  };
}

/** Runs a model on one plain text with no actors (pack terms and concepts only), for tests and the builder. */
export function matchText(model: ClaimModel, text: string): ClaimMatch[] {
  const index = indexFor(model);
  const folded = foldText(text);
  const hits = index.find(folded);
  return matchClaims(model, text, scanClaimCandidates(model, folded, hits, []), []);
}

const indexes = new WeakMap<ClaimModel, AliasIndex<AliasEntry>>();

/** The index of a model's own entries, compiled once. */
function indexFor(model: ClaimModel): AliasIndex<AliasEntry> {
  let index = indexes.get(model);
  if (!index) {
    index = createAliasIndex<AliasEntry>(model.entries);
    indexes.set(model, index);
  }
  return index;
}
