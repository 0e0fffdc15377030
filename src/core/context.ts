/**
 * Which alias hits count as mentions of an actor.
 *
 * Two stages. `findActorCandidates` applies the rules that need only one block: longest match;
 * a title merged with the name that follows it; a title followed by someone else's name, used for
 * the office ("served as Prime Minister") or in apposition to another name; a surname after
 * someone else's first name; acronyms in shouted text or defined as something else. Then
 * `resolveBlockActors` applies the page-wide rule: an ambiguous alias ("Leahy", "the coalition",
 * "IS") counts only when the page also names the same actor unambiguously, or, for groups and
 * forces, when the same block names another of the story's groups or forces. The page-wide input
 * is only the union of every block's `namedActorIds`, so a changed block can be resolved alone.
 */
import type { Actor, Alias, Pack } from './pack';
import type { AliasEntry, AliasHit } from './alias-index';
import { foldString, type FoldedText } from './normalize';
import { WEEKDAYS } from './lexicon/time';

/** One alias of one actor, as compiled into the index. */
export interface ActorAliasEntry extends AliasEntry {
  /** Tells actor aliases from cue terms when both share one index. */
  readonly kind: 'alias';
  /** The actor it names. */
  readonly actorId: string;
  /** The alias as the pack gives it. */
  readonly alias: Alias;
  /** True for a bare title or role ("Prime Minister") of a person: it shares no word with the name. */
  readonly isRole: boolean;
  /** True for a person's one-word name ("Leahy", "al-Sudani"), which another person may share. */
  readonly isSurname: boolean;
}

/** A mention of an actor that passed the block-local rules. */
export interface ActorCandidate {
  /** The actor id. */
  readonly actorId: string;
  /** Start offset in the block text. */
  readonly start: number;
  /** End offset (exclusive) in the block text. */
  readonly end: number;
  /** The alias (as written in the pack) that identifies the actor; the name rather than the title when both merged. */
  readonly alias: string;
  /** False when the alias needs the page to confirm it. */
  readonly standalone: boolean;
  /** True for a case-sensitive acronym ("ISIS", "OIR"), which a page may define as something else. */
  readonly acronym?: boolean;
  /**
   * True when this occurrence defines the acronym as something else ("Institute for Science and
   * International Security (ISIS)"): it is never a mention, and it vetoes the acronym on the page.
   */
  readonly redefined?: boolean;
}

/** An actor mention that counts, with the reason in one sentence. */
export interface ResolvedActor extends ActorCandidate {
  /** Why it counts, for the card. */
  readonly explanation: string;
}

/** The compiled actors of one pack. */
export interface ActorModel {
  /** Actors by id. */
  readonly actors: ReadonlyMap<string, Actor>;
  /** Every alias of every actor, for the index the matcher compiles (shared with cue terms, so one pass finds both). */
  readonly entries: readonly ActorAliasEntry[];
  /** Per actor, the folded words of all its aliases ("Gen." before "Leahy", "Iraq" after "Islamic State of" are still it). */
  readonly ownWords: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Name particles that do not identify anyone on their own. */
const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'abu', 'de', 'van', 'von', 'the']);

/** Titles and honorifics that may stand before our person's surname ("Gen. Leahy", "Mr. Sudani"). */
const TITLES = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'gen', 'general', 'maj', 'major', 'lt', 'lieutenant', 'col', 'colonel', 'brig', 'brigadier', 'sgt', 'capt',
    'captain', 'adm', 'admiral', 'cmdr', 'commander', 'minister', 'premier', 'pm', 'president', 'ambassador', 'amb', 'sheikh', 'sayyid',
  ],
);

/**
 * Capitalised words that often start a sentence or a clause before a name; they are not someone
 * else's first name.
 */
const STARTERS = new Set(
  [
    'the', 'a', 'an', 'but', 'and', 'or', 'when', 'while', 'after', 'before', 'as', 'at', 'in', 'on', 'for', 'since', 'if', 'then', 'later',
    'meanwhile', 'also', 'however', 'so', 'yet', 'though', 'although', 'because', 'during', 'under', 'with', 'without', 'by', 'from', 'to',
    'of', 'said', 'says', 'told', 'according', 'earlier', 'today', 'yesterday', ...WEEKDAYS, 'iraq', 'iraqi', 'us', 'u.s', 'american', 'why', 'how', 'what', 'where', 'who', 'did', 'does', 'do', 'has', 'had',
    'have', 'is', 'was', 'will', 'would', 'can', 'could', 'should', 'here', 'there', 'this', 'that', 'these', 'those', 'now', 'still', 'only',
    'even', 'both', 'neither', 'nor', 'not', 'unlike', 'like', 'about', 'against', 'between', 'through', 'via', 'per', 'thanks', 'including',
  ],
);

/** Verbs before a title that make it the office rather than the person ("served as Prime Minister"). */
const OFFICE_VERB = /(?:^|[^\p{L}])(?:as|became|become|becomes|becoming|served|serving|appointed|elected|named|nominated|sworn in)\s+(?:the\s+|an?\s+)?$/iu;
/** A capitalised word, a comma and an optional "the" right before a title: an apposition ("Abadi, the Prime Minister"). */
const APPOSITION = /\p{Lu}[\p{L}\p{M}'’-]*,\s+(?:the\s+)?$/u;

/** Words before a title that mean it belongs to someone else now ("former Prime Minister"). */
const PAST_TITLE = new Set(['former', 'ex', 'late', 'then', 'previous', 'outgoing', 'deputy', 'acting', 'vice']);

function wordsOf(value: string): string[] {
  return foldString(value)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

/** Compiles the actors of a pack. */
export function createActorModel(pack: Pack): ActorModel {
  const actors = new Map<string, Actor>();
  const entries: ActorAliasEntry[] = [];
  const ownWords = new Map<string, Set<string>>();
  for (const actor of pack.actors) {
    actors.set(actor.id, actor);
    const isPerson = actor.kind === 'person';
    const nameWords = new Set(wordsOf(actor.name).filter((w) => !PARTICLES.has(w)));
    const own = new Set<string>();
    for (const alias of actor.aliases) {
      const words = wordsOf(alias.text);
      const meaningful = words.filter((w) => !PARTICLES.has(w));
      const isRole = isPerson && meaningful.length > 0 && !meaningful.some((w) => nameWords.has(w));
      const isSurname = isPerson && !isRole && meaningful.length === 1;
      for (const w of words) own.add(w);
      entries.push({ kind: 'alias', text: alias.text, caseSensitive: alias.caseSensitive, actorId: actor.id, alias, isRole, isSurname });
    }
    ownWords.set(actor.id, own);
  }
  return { actors, entries, ownWords };
}

/** True for entries of the shared index that are actor aliases. */
export function isActorAlias(entry: AliasEntry): entry is ActorAliasEntry {
  return (entry as Partial<ActorAliasEntry>).kind === 'alias';
}

interface Hit {
  start: number;
  end: number;
  /** The entry that identifies the actor: the name rather than the title when both merged. */
  entry: ActorAliasEntry;
  /** The entry of the last merged part, which decides whether a name may follow. */
  last: ActorAliasEntry;
  /** True when a title and a name merged. */
  merged: boolean;
}

const WORD_BEFORE = /([\p{L}\p{M}\p{N}.'’]+)[\s\u00a0]+$/u;
const WORD_AFTER = /^[\s\u00a0]+([\p{L}\p{M}\p{N}]+)/u;

function wordBefore(text: string, start: number): string | null {
  const m = WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  return m ? m[1]! : null;
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** True when `word` looks like the first name of someone other than this person. */
function isOtherPersonsName(word: string, own: ReadonlySet<string> | undefined): boolean {
  if (/['’][sS]$/.test(word)) return false; // "Iraq’s Sudani": a possessive, not a first name.
  // A word with a final period ends the previous sentence, unless it is an initial or acronym ("J. Leahy").
  if (word.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(word)) return false;
  const first = word[0] ?? '';
  if (!isUpper(first)) return false;
  const folded = foldString(word.replace(/\.$/, ''));
  return !(TITLES.has(folded) || STARTERS.has(folded) || own?.has(folded));
}

/** True when the word after `end` starts with a capital letter: a name follows the title. */
function isFollowedByName(text: string, end: number): boolean {
  const ch = text[end];
  if (ch !== undefined && isUpper(ch)) return true; // "Prime MinisterHaider": text joined without a space.
  const m = WORD_AFTER.exec(text.slice(end, end + 40));
  if (!m) return false;
  const word = m[1]!;
  return isUpper(word[0]!) && !STARTERS.has(foldString(word));
}

/** True when "of" and a capitalised word that is none of the actor's own words follow: the name goes on. */
function continuesIntoOtherName(text: string, end: number, own: ReadonlySet<string> | undefined): boolean {
  const m = /^[\s\u00a0]+of[\s\u00a0]+(?:the[\s\u00a0]+)?(\p{Lu}[\p{L}\p{M}'’-]*)/u.exec(text.slice(end, end + 60));
  if (!m) return false;
  return !own?.has(foldString(m[1]!));
}

/** True when a case-sensitive acronym stands in shouted text ("THIS IS NOT"), where case proves nothing. */
function isInShoutedText(text: string, start: number, end: number): boolean {
  const before = wordBefore(text, start);
  const after = WORD_AFTER.exec(text.slice(end, end + 40))?.[1];
  const shouted = (w: string | null | undefined): boolean => !!w && w.length >= 2 && /^[\p{Lu}]+$/u.test(w) && !/^(?:US|UN|UK|EU|IS|ISIS|ISIL|OIR|NATO)$/.test(w);
  return shouted(before) || shouted(after);
}

/**
 * Finds the candidate actor mentions of one block from the hits of the shared index (entries that
 * are not actor aliases are ignored): non-overlapping, longest first, block-local rules applied.
 */
export function findActorCandidates(model: ActorModel, folded: FoldedText, raw: readonly AliasHit<AliasEntry>[]): ActorCandidate[] {
  const text = folded.original;
  // Longest leftmost wins: hits come sorted by start, longest first at each start.
  const chosen: Hit[] = [];
  let lastEnd = -1;
  for (const hit of raw) {
    if (hit.start < lastEnd) continue;
    const entry = hit.entries.find(isActorAlias);
    if (!entry) continue;
    const prev = chosen[chosen.length - 1];
    // A title followed by the name of the same actor is one mention ("Prime Minister Mohammed Shia al-Sudani").
    if (prev && prev.last.isRole && prev.entry.actorId === entry.actorId && /^[\s\u00a0]*$/.test(text.slice(prev.end, hit.start))) {
      prev.end = hit.end;
      if (prev.entry.isRole) prev.entry = entry;
      prev.last = entry;
      prev.merged = true;
    } else {
      chosen.push({ start: hit.start, end: hit.end, entry, last: entry, merged: false });
    }
    lastEnd = hit.end;
  }
  const out: ActorCandidate[] = [];
  for (let h = 0; h < chosen.length; h++) {
    const hit = chosen[h]!;
    const { entry } = hit;
    if (hit.last.isRole && isFollowedByName(text, hit.end)) continue;
    if (entry.isRole) {
      const before = wordBefore(text, hit.start);
      if (before && PAST_TITLE.has(foldString(before))) continue;
      const lead = text.slice(Math.max(0, hit.start - 40), hit.start);
      // "served as Prime Minister of Iraq" names the office, whoever held it.
      if (OFFICE_VERB.test(lead)) continue;
      // "Haider al-Abadi, the Prime Minister of Iraq": an apposition to someone else's name.
      const prev = chosen[h - 1];
      const isOwnApposition = prev !== undefined && prev.entry.actorId === entry.actorId && /^,\s+(?:the\s+)?$/iu.test(text.slice(prev.end, hit.start));
      if (!isOwnApposition && APPOSITION.test(lead)) continue;
    }
    if (entry.isSurname && !hit.merged) {
      const before = wordBefore(text, hit.start);
      if (before && isOtherPersonsName(before, model.ownWords.get(entry.actorId))) continue;
    }
    if (entry.caseSensitive && isInShoutedText(text, hit.start, hit.end)) continue;
    // "ISIS-K" (the Khorasan branch) or "IS-KP" is another acronym that starts with ours; "ISIS-linked" is still ours.
    if (entry.caseSensitive && ACRONYM.test(entry.alias.text) && /^-\p{Lu}/u.test(text.slice(hit.end, hit.end + 2))) continue;
    // "Islamic State of Afghanistan" is a longer proper name, not our group; our own longer forms
    // ("Islamic State of Iraq and Syria") won as longest matches before getting here. A person's
    // name followed by "of the ..." is an affiliation ("Kevin C. Leahy of the Global Coalition").
    const isPerson = model.actors.get(entry.actorId)?.kind === 'person';
    if (!isPerson && !entry.isRole && !entry.isSurname && continuesIntoOtherName(text, hit.end, model.ownWords.get(entry.actorId))) continue;
    // A title merged with a surname ("Iraqi Prime Minister al-Sudani") is unambiguous even when
    // each part alone is not: the title rule has already checked that the name is our actor's.
    const standalone = entry.alias.standalone || (hit.merged && !entry.isRole);
    const candidate: ActorCandidate = { actorId: entry.actorId, start: hit.start, end: hit.end, alias: entry.alias.text, standalone };
    if (entry.caseSensitive && ACRONYM.test(entry.alias.text)) {
      const prev = chosen[h - 1];
      const ownDefinition = prev !== undefined && prev.entry.actorId === entry.actorId && /^[\s\u00a0]*\($/.test(text.slice(prev.end, hit.start));
      out.push({ ...candidate, acronym: true, redefined: !ownDefinition && definesOtherAcronym(text, hit.start, hit.end) });
    } else out.push(candidate);
  }
  return out;
}

/** An all-capitals acronym such as "ISIS", "OIR" or "CJTF-OIR". */
const ACRONYM = /^(?=(?:.*\p{Lu}){2})[\p{Lu}\d.-]+$/u;
/** Small lower-case words that acronyms skip ("Institute for Science and International Security"). */
const ACRONYM_SKIPS = /^(?:of|for|and|the|in|on|at|to|de|du|al|el|la|le|&)$/;

/**
 * True when the acronym at [start, end) stands in parentheses right after a phrase whose capitals
 * spell it: the page defines it as that phrase ("Institute for Science and International Security
 * (ISIS)"), not as our actor.
 */
function definesOtherAcronym(text: string, start: number, end: number): boolean {
  if (definedAfter(text, start, end)) return true;
  if (text[start - 1] !== '(' || text[end] !== ')') return false;
  const letters = text.slice(start, end).replace(/[^\p{Lu}]/gu, '');
  const words = text.slice(Math.max(0, start - 160), start - 1).match(/[\p{L}&][\p{L}'’-]*/gu) ?? [];
  let k = letters.length - 1;
  for (let w = words.length - 1; w >= 0 && k >= 0; w--) {
    const word = words[w]!;
    if (ACRONYM_SKIPS.test(word)) continue;
    // Hyphenated parts may each give a capital ("Counter-Terrorism Service").
    const capitals = word.split('-').map((part) => part[0] ?? '').reverse();
    for (const c of capitals) {
      if (c !== letters[k]) return false;
      k--;
    }
  }
  return k < 0;
}

/**
 * True when the acronym at [start, end) is followed by a phrase whose capitals spell it, in
 * apposition or parentheses: "ISIS, the Institute for Science and International Security," or
 * "ISIS (Institute for Science and International Security)".
 */
function definedAfter(text: string, start: number, end: number): boolean {
  const lead = /^(?:,\s+(?:the\s+)?|\s+\((?:the\s+)?)/u.exec(text.slice(end, end + 12));
  if (!lead) return false;
  const letters = text.slice(start, end).replace(/[^\p{Lu}]/gu, '');
  const words = text.slice(end + lead[0].length, end + lead[0].length + 160).match(/[\p{L}&][\p{L}'’-]*/gu) ?? [];
  let k = 0;
  for (const word of words) {
    if (k === letters.length) break;
    if (ACRONYM_SKIPS.test(word)) continue;
    for (const part of word.split('-')) {
      if ((part[0] ?? '') !== letters[k]) return false;
      k++;
    }
  }
  return k === letters.length && letters.length >= 2;
}

/** Kinds whose ambiguous aliases ("the coalition", "IS") may be confirmed by the story's other groups in the same block. */
const GROUP_KINDS = new Set(['organization', 'armed-group', 'military', 'government']);

/**
 * A block's contribution to the page-wide rule, as opaque keys whose union over the page is passed
 * to `resolveBlockActors`: an actor id when a standalone alias names the actor; "id ACRONYM" when a
 * standalone acronym does (it counts unless vetoed); "!ACRONYM" when the block defines the acronym
 * as something else.
 */
export function namedActorIds(block: readonly ActorCandidate[]): string[] {
  const keys = new Set<string>();
  for (const c of block) {
    if (c.redefined) keys.add(`!${c.alias}`);
    else if (c.standalone) keys.add(c.acronym ? `${c.actorId} ${c.alias}` : c.actorId);
  }
  return [...keys];
}

/** Whether a block's mentions depend on the rest of the page (ambiguous aliases, or acronyms another block may redefine). */
export function dependsOnPage(block: readonly ActorCandidate[]): boolean {
  return block.some((c) => !c.standalone || c.acronym === true);
}

/** The actors the page names unambiguously, from the union of the blocks' keys. */
function namedActors(named: ReadonlySet<string>): Set<string> {
  const ids = new Set<string>();
  for (const key of named) {
    if (key.startsWith('!')) continue;
    const space = key.indexOf(' ');
    if (space < 0) ids.add(key);
    else if (!named.has(`!${key.slice(space + 1)}`)) ids.add(key.slice(0, space));
  }
  return ids;
}

/** Applies the page-wide rule to one block, given the union of every block's `namedActorIds`. */
export function resolveBlockActors(model: ActorModel, allBlocks: readonly ActorCandidate[], keys: ReadonlySet<string>): ResolvedActor[] {
  const named = namedActors(keys);
  // An acronym the page defines as something else never counts on that page.
  const block = allBlocks.filter((c) => !c.redefined && !(c.acronym && keys.has(`!${c.alias}`)));
  // A story group or force named in the block ties an ambiguous group alias to the story; an
  // ambiguous mention counts as a tie only once the page has confirmed it ("anti-IS missions" on a
  // page that also says "ISIS").
  const storyGroupsHere = block.filter((c) => {
    const actor = model.actors.get(c.actorId);
    return (c.standalone || named.has(c.actorId)) && actor !== undefined && actor.highlight && GROUP_KINDS.has(actor.kind);
  });
  return block.flatMap((c): ResolvedActor[] => {
    const actor = model.actors.get(c.actorId)!;
    const label = `${actor.name} (${actor.role})`;
    if (c.standalone) return [{ ...c, explanation: `“${c.alias}” is a name of ${label}.` }];
    if (named.has(c.actorId)) {
      return [{ ...c, explanation: `“${c.alias}” alone could mean someone else, but this page also names ${label} unambiguously.` }];
    }
    if (GROUP_KINDS.has(actor.kind)) {
      // Only the other side of the conflict ties a group to the story: "coalition forces struck
      // ISIS" is this story's coalition, but "the U.S. military said the coalition struck targets
      // in Yemen" names an ally, which every coalition of the US has.
      const isArmedGroup = actor.kind === 'armed-group';
      const tie = storyGroupsHere.find((o) => o.actorId !== c.actorId && (model.actors.get(o.actorId)?.kind === 'armed-group') !== isArmedGroup);
      if (tie) {
        const tieName = model.actors.get(tie.actorId)!.name;
        return [{ ...c, explanation: `“${c.alias}” alone could mean something else, but the same paragraph names ${tieName}, which ties it to ${label}.` }];
      }
    }
    return [];
  });
}
