/**
 * Which alias hits count as mentions of an actor.
 *
 * Two stages. `findActorCandidates` applies the rules that need only one block: longest match;
 * a title merged with the name that follows it (or with our surname after given names written
 * another way); a title followed by someone else's name, used for the office ("served as Prime
 * Minister") or in apposition to another name; a surname after someone else's first name;
 * acronyms in shouted text or defined as something else. Then `resolveBlockActors` applies the
 * page-wide rules through a `PageContext`: an ambiguous alias ("Leahy", "the coalition", "IS")
 * counts only when the page also names the same actor unambiguously, when the same block names
 * the other side of the conflict, or when the page is about the story; a broad actor (one that
 * appears in news of every kind) counts only on a page about the story or about that actor.
 * The page-wide input is only the sum of every block's `blockPageKeys`, so a changed block can
 * be resolved alone.
 *
 * Every rejection has a rule id (`CONTEXT_RULES`), counted per block for `npm run eval --reasons`
 * and shown nowhere else: what counts carries its own explanation.
 */
import type { Actor, Alias, Pack } from './pack';
import { createAliasIndex, type AliasEntry, type AliasHit } from './alias-index';
import { foldString, foldText, type FoldedText } from './normalize';
import { COUNTRIES } from './lexicon/countries';
import { NON_NAME_WORDS as FUNCTION_WORDS, HONORIFICS, TITLES as TITLE_PHRASES } from './lexicon/names';
import { ruleTable, type RuleEntry } from './lexicon/table';
import { isSpaceCode } from './lexicon/phrases';
import { firstLetterRun } from './letter-run-gate';
import { OFF_STORY_REASON } from './story-verdict';
import { seedVariantTable, tableFor, variantFingerprint, type VariantTable } from './variant-table';

export { variantFingerprint, type VariantTable } from './variant-table';

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
  /** True for a case-sensitive all-capitals acronym ("ISIS", "CJTF-OIR"; see `ACRONYM`), decided once here rather than per hit. */
  readonly isAcronym: boolean;
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
  /** Every alias of every actor (with the variants of `aliasVariants`), for the index the matcher compiles (shared with cue terms, so one pass finds both). */
  readonly entries: readonly ActorAliasEntry[];
  /** Per actor, the folded words of all its aliases ("Gen." before "Leahy", "Iraq" after "Islamic State of" are still it). */
  readonly ownWords: ReadonlyMap<string, ReadonlySet<string>>;
  /** Folded words of every alias of the pack: none of them is someone else's first name. */
  readonly packWords: ReadonlySet<string>;
  /** Acronyms written in capitals everywhere (the pack's own and the common ones), which do not make a text shouted. */
  readonly acronyms: ReadonlySet<string>;
  /** Ambiguous aliases that are a bare common noun ("the coalition", "the alliance"), by that noun, lower-case. */
  readonly bareNouns: ReadonlyMap<string, readonly string[]>;
  /** The table of the alias variants compiled in, for the content script to keep (see src/core/variant-table.ts). */
  readonly variantTable: VariantTable;
  /**
   * Per person, the country actors their role names ("Prime Minister of Ruritania" names
   * Ruritania): a paragraph that names that country ties the person's bare surname to them (see
   * `resolveBlockActors`).
   */
  readonly officeCountries: ReadonlyMap<string, ReadonlySet<string>>;
  /** The surname aliases of persons, as `actorId + "\u0000" + alias text` (see `isSurname` of the entries). */
  readonly surnames: ReadonlySet<string>;
}

/** Name particles that do not identify anyone on their own. */
const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'abu', 'de', 'van', 'von', 'the']);

/** Titles and honorifics that may stand before our person's surname ("Gen. Leahy", "Mr. Sudani"). */
const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'gen',
  'general',
  'maj',
  'major',
  'lt',
  'lieutenant',
  'col',
  'colonel',
  'brig',
  'brigadier',
  'sgt',
  'capt',
  'captain',
  'adm',
  'admiral',
  'cmdr',
  'commander',
  'minister',
  'premier',
  'pm',
  'president',
  'ambassador',
  'amb',
  'sheikh',
  'sayyid',
]);

/**
 * Capitalised words that often start a sentence or a clause before a name; they are not someone
 * else's first name. General English (function words, weekdays, speech verbs); the model adds the
 * words of the pack's own aliases and every country's name and demonym ("Iraqi Sudani", "US Gen.
 * Leahy" in a headline), so that no story's words are listed here.
 */
const STARTERS = new Set([
  ...FUNCTION_WORDS,
  'said',
  'says',
  'told',
  'according',
  'later',
  'meanwhile',
  'also',
  'however',
  'yet',
  'though',
  'although',
  'because',
  'under',
  'without',
  'unlike',
  'like',
  'about',
  'against',
  'between',
  'through',
  'via',
  'per',
  'thanks',
  'including',
  'did',
  'does',
  'do',
  'can',
  'still',
  'only',
  'neither',
  'nor',
  'not',
  'even',
  'both',
]);

/** Every country's names and demonyms, folded: a country word before a surname is not a first name. */
const COUNTRY_WORDS = new Set(
  COUNTRIES.flatMap((c) => [c.name, ...c.alt, ...c.demonyms].flatMap((w) => foldString(w).split(/[^\p{L}\p{N}]+/u))).filter(
    (w) => w !== '',
  ),
);

/**
 * Acronyms written in capitals everywhere, so that capitals around them do not make a text
 * "shouted": the pack's own case-sensitive aliases are added by the model; these are the general
 * ones (country codes and the international bodies every page may name).
 */
const COMMON_ACRONYMS = new Set([
  ...COUNTRIES.flatMap((c) => c.alt)
    .filter((a) => /^[A-Z.]{2,5}$/.test(a))
    .map((a) => a.replace(/\./g, '')),
  'UN',
  'EU',
  'NATO',
  'AU',
  'WHO',
  'IMF',
  'OPEC',
  'ASEAN',
  'G7',
  'G20',
  'OSCE',
  'IAEA',
  'ICC',
  'UNHCR',
  'UNICEF',
]);

/** Verbs before a title that make it the office rather than the person ("served as Prime Minister"). */
const OFFICE_VERB =
  /(?:^|[^\p{L}])(?:as|became|become|becomes|becoming|served|serving|appointed|elected|named|nominated|sworn in)\s+(?:the\s+|an?\s+)?$/iu;
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
export function createActorModel(pack: Pick<Pack, 'actors'>): ActorModel {
  const actors = new Map<string, Actor>();
  const entries: ActorAliasEntry[] = [];
  const ownWords = new Map<string, Set<string>>();
  const packWords = new Set<string>();
  const acronyms = new Set(COMMON_ACRONYMS);
  const { variants, table: variantTableUsed } = variantsWithTable(pack.actors);
  for (const actor of pack.actors) {
    actors.set(actor.id, actor);
    const isPerson = actor.kind === 'person';
    const nameWords = new Set(wordsOf(actor.name).filter((w) => !PARTICLES.has(w)));
    const own = new Set<string>();
    for (const alias of [...actor.aliases, ...(variants.get(actor.id) ?? [])]) {
      const words = wordsOf(alias.text);
      const meaningful = words.filter((w) => !PARTICLES.has(w));
      const isRole = isPerson && meaningful.length > 0 && !meaningful.some((w) => nameWords.has(w));
      const isSurname = isPerson && !isRole && meaningful.length === 1;
      for (const w of words) {
        own.add(w);
        packWords.add(w);
      }
      const isAcronym = alias.caseSensitive && ACRONYM.test(alias.text);
      if (isAcronym) acronyms.add(alias.text.replace(/\./g, ''));
      entries.push({
        kind: 'alias',
        text: alias.text,
        caseSensitive: alias.caseSensitive,
        actorId: actor.id,
        alias,
        isRole,
        isSurname,
        isAcronym,
      });
    }
    ownWords.set(actor.id, own);
  }
  const bareNouns = new Map<string, string[]>();
  for (const e of entries) {
    const m = /^(?:the\s+)?(\p{Ll}[\p{L}-]+)$/u.exec(e.alias.text);
    if (!m || e.alias.standalone || isPersonActor(actors, e.actorId)) continue;
    const head = m[1]!.toLowerCase();
    bareNouns.set(head, [...new Set([...(bareNouns.get(head) ?? []), e.alias.text])]);
  }
  const surnames = new Set(entries.filter((e) => e.isSurname).map((e) => `${e.actorId}\u0000${e.alias.text}`));
  return {
    actors,
    entries,
    ownWords,
    packWords,
    acronyms,
    bareNouns,
    variantTable: variantTableUsed,
    officeCountries: officeCountriesOf(pack.actors),
    surnames,
  };
}

/**
 * The country actors each person's role names, word for word ("US Ambassador to Ruritania" names
 * the United States and Ruritania when the pack has them). Read from the pack, so that no story's
 * places are written here.
 */
function officeCountriesOf(list: readonly Actor[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  // Each country's names as runs of folded words, padded with spaces so that only whole words match.
  const countries = list
    .filter((a) => a.kind === 'country')
    .map((c) => ({
      id: c.id,
      names: [c.name, ...c.aliases.map((x) => x.text)]
        .map(wordsOf)
        .filter((w) => w.length > 0)
        .map((w) => ` ${w.join(' ')} `),
    }));
  for (const person of list) {
    if (person.kind !== 'person') continue;
    const role = ` ${wordsOf(person.role).join(' ')} `;
    const named = new Set(countries.filter((c) => c.names.some((name) => role.includes(name))).map((c) => c.id));
    if (named.size > 0) out.set(person.id, named);
  }
  return out;
}

/** Whether an actor is a person (whose one-word names are surnames, not common nouns). */
function isPersonActor(actors: ReadonlyMap<string, Actor>, id: string): boolean {
  return actors.get(id)?.kind === 'person';
}

/** What `otherBodiesNamed` reads, compiled once per model: it ran for every block of every page. */
interface OtherBodies {
  /** Folded words of the pack's own countries, their names and demonyms: a coalition led by one of them, or theirs, is ours. */
  readonly ours: ReadonlySet<string>;
  /**
   * Every alias of the pack, folded, and each of its leading runs of whole words ("global
   * coalition" of "global coalition against isis"): a name found that is one of these is ours.
   */
  readonly aliasStarts: ReadonlySet<string>;
  /** Per bare noun: the pattern of another body named with it, the forms the text must hold for it to match, and our aliases it shares. */
  readonly nouns: readonly { readonly re: RegExp; readonly needs: readonly string[]; readonly aliases: readonly string[] }[];
  /**
   * Whether a text holds any noun's forms at all, in one native test: it is asked of every block
   * that names nothing (measured 2026-12: the loop over the nouns cost 16 M instructions on the
   * bench's dense page, Node 20 under callgrind). Null when the pack has no bare noun.
   */
  readonly anyNoun: RegExp | null;
}

const otherBodies = new WeakMap<ActorModel, OtherBodies>();

function otherBodiesOf(model: ActorModel): OtherBodies {
  let compiled = otherBodies.get(model);
  if (compiled) return compiled;
  const ours = new Set<string>();
  for (const actor of model.actors.values())
    if (actor.kind === 'country') for (const alias of actor.aliases) for (const w of wordsOf(alias.text)) ours.add(w);
  for (const c of COUNTRIES)
    if ([c.name, ...c.alt].some((n) => ours.has(foldString(n)))) for (const d of c.demonyms) ours.add(foldString(d));
  const nouns = [...model.bareNouns].map(([noun, aliases]) => {
    const n = noun.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const capital = `${n[0]!.toUpperCase()}${n.slice(1)}`;
    const re = new RegExp(
      `((?:\\p{Lu}[\\p{L}'’-]*\\s+(?:(?:and|of|for|the)\\s+)?){1,5})${capital}\\b` +
        `|([\\p{L}.]+)-led\\s+${n}\\b` +
        `|(\\p{Lu}[\\p{L}-]*)['’]s\\s+${n}\\b` +
        `|\\b(?:governing|ruling|electoral|opposition|parliamentary)\\s+${n}\\b`,
      'gu',
    );
    // Every alternative holds the noun as written or capitalised: a block with neither is skipped
    // without running the pattern.
    return { re, needs: [...new Set([noun, `${noun[0]!.toUpperCase()}${noun.slice(1)}`])], aliases };
  });
  const aliasStarts = new Set<string>();
  for (const e of model.entries) {
    const folded = foldString(e.alias.text);
    aliasStarts.add(folded);
    for (let at = folded.indexOf(' '); at > 0; at = folded.indexOf(' ', at + 1)) aliasStarts.add(folded.slice(0, at));
  }
  const forms = nouns.flatMap((n) => n.needs).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  compiled = { ours, aliasStarts, nouns, anyNoun: forms.length > 0 ? new RegExp(forms.join('|')) : null };
  otherBodies.set(model, compiled);
  return compiled;
}

/**
 * Where the block names another body with a bare noun of ours ("coalition"): a proper name that
 * ends in it ("the Reconstruction and Development Coalition"), one led by someone else ("the
 * Saudi-led coalition"), someone's ("Sudani's coalition") or a kind of it ("the governing
 * coalition"). On such a page "the coalition" could be either, so it is not ours.
 */
function otherBodiesNamed(model: ActorModel, text: string, block: readonly ActorCandidate[]): string[] {
  const out: string[] = [];
  const { ours, aliasStarts, nouns, anyNoun } = otherBodiesOf(model);
  if (anyNoun === null || !anyNoun.test(text)) return out;
  for (const { re, needs, aliases } of nouns) {
    if (!needs.some((form) => text.includes(form))) continue;
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      // Our own names, and the start of one ("Global Coalition" of "Global Coalition against ISIS"), are not another body.
      if (block.some((c) => c.start < end && c.end > start && c.standalone)) continue;
      const folded = foldString(m[0]);
      if (aliasStarts.has(folded)) continue;
      const leader = m[2] ?? m[3];
      if (leader !== undefined && wordsOf(leader).some((w) => ours.has(w))) continue;
      out.push(...aliases);
      break;
    }
  }
  return out;
}

/**
 * The forms real pages use for names the pack gives one way, generated by general rules rather
 * than listed per story (see `VARIANT_RULES`):
 * - a country written another way inside a name: "US troops" is also "U.S. troops", "American
 *   troops" and "United States troops"; "US-led coalition" is also "U.S.-led coalition";
 * - another actor's name written another way inside a name: "Global Coalition to Defeat ISIS" is
 *   also "… to Defeat Daesh" and "… to Defeat the Islamic State", with that actor's own names;
 * - a command abbreviation prefixed with its country's code: "CENTCOM" is also "USCENTCOM".
 * Variants keep the alias's rule (case, standalone) and are never longer than 120 characters.
 */
export function aliasVariants(list: readonly Actor[], rows?: [number, number, string, 0 | 1][]): Map<string, Alias[]> {
  const out = new Map<string, Alias[]>();
  const seen = new Set(list.flatMap((a) => a.aliases.map((x) => foldString(x.text))));
  // Where each variant comes from (the actor's and the alias's index), for `variantTable`.
  let from: [number, number] = [0, 0];
  const add = (actorId: string, base: Alias, text: string): void => {
    const key = foldString(text);
    if (seen.has(key) || text.length > 120) return;
    seen.add(key);
    const existing = out.get(actorId) ?? [];
    if (existing.length >= 120) return;
    existing.push({ ...base, text });
    out.set(actorId, existing);
    rows?.push([from[0], from[1], text, base.caseSensitive && !list[from[0]]!.aliases[from[1]]!.caseSensitive ? 1 : 0]);
  };
  // Names of other groups inside a name, where the name says who it acts against ("Global
  // Coalition against ISIS", "to Defeat Daesh"): those places take the group's other proper
  // names. Countries are left to the country rule; descriptions ("US officials") are not names.
  const NAMED_KINDS = new Set(['armed-group', 'organization', 'military']);
  const names = new Map<string, string[]>();
  for (const other of list) {
    if (!NAMED_KINDS.has(other.kind)) continue;
    // Inside another name a short form is no longer ambiguous ("Global Coalition against IS").
    const forms = other.aliases
      .filter((a) => a.lang === 'en' && isProperName(a.text) && (a.standalone || (a.caseSensitive && /^[A-Z]{2,}$/.test(a.text))))
      .map((a) => a.text);
    for (const form of forms)
      names.set(
        form,
        forms.filter((f) => f !== form),
      );
  }
  const nameRe =
    names.size > 0
      ? new RegExp(
          `(?<=\\b(?:against|to defeat|to counter|to fight|anti-)\\s?(?:the\\s)?)(?:${[...names.keys()]
            .sort((a, b) => b.length - a.length)
            .map(escapeForRegExp)
            .join('|')})(?![\\p{L}\\p{N}])`,
          'giu',
        )
      : null;
  for (const [a, actor] of list.entries()) {
    const codes = countryCodesIn(actor);
    for (const [i, alias] of actor.aliases.entries()) {
      from = [a, i];
      // "To al-Sudani" is "للسوداني": after the preposition ل the article ال loses its alef.
      if (alias.lang === 'ar' && alias.text.startsWith('ال')) add(actor.id, alias, `لل${alias.text.slice(2)}`);
      if (alias.lang !== 'en') continue;
      const swaps = countrySwaps(alias.text);
      for (const swap of swaps) add(actor.id, alias, swap);
      // "US troops" is also "US combat troops", "American ground forces", and "coalition forces"
      // "coalition combat forces": forces take a word of their branch or role before the noun.
      for (const form of [alias.text, ...swaps]) {
        const m = /^(.+?)\s+(troops|forces|soldiers)$/.exec(form);
        if (m && m[1]!.split(/\s+/).length <= 3 && !FORCE_MODIFIERS.test(m[1]!))
          for (const role of FORCE_ROLES) add(actor.id, alias, `${m[1]} ${role} ${m[2]}`);
      }
      // The pattern's lookbehind is tried at every position: an alias without one of its lead words is
      // skipped first (most are).
      if (nameRe && NAME_LEADS.test(alias.text)) {
        nameRe.lastIndex = 0;
        for (const m of alias.text.matchAll(nameRe)) {
          const form = [...names.keys()].find((k) => k.toLowerCase() === m[0].toLowerCase()) ?? m[0];
          // "the" goes with a multiword name ("against the Islamic State"), not with an acronym or
          // a one-word name ("against ISIS", "against Daesh").
          const lead = alias.text.slice(0, m.index).replace(/\bthe\s$/i, '');
          for (const other of names.get(form) ?? []) {
            const article = /\s/.test(other) && !/\bthe\s$/i.test(other) ? 'the ' : '';
            const joined = /anti-$/i.test(lead) ? `${lead}${other}` : `${lead}${article}${other}`;
            add(actor.id, alias, `${joined}${alias.text.slice(m.index + m[0].length)}`);
          }
        }
      }
      // A country is also its people: "the Americans have hidden behind Daesh", "the Iraqis want
      // them out". Only with "the", so that "Americans voted" stays a people.
      if (actor.kind === 'country' && alias.text === actor.name) {
        const country = COUNTRIES.find((c) => c.name === actor.name || c.alt.includes(actor.name));
        for (const demonym of country?.demonyms ?? []) add(actor.id, alias, `the ${peopleOf(demonym)}`);
      }
      // "the Pentagon" is also "Pentagon officials": a proper name that takes "the" drops it before a noun.
      // (Asked only of aliases that start so: compiling the pattern's letter classes is the cost.)
      const bare = alias.text.startsWith('the') ? /^the\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)$/u.exec(alias.text) : null;
      if (bare && alias.standalone) add(actor.id, { ...alias, caseSensitive: true }, bare[1]!);
      if ((alias.caseSensitive && /^[A-Z]{4,}$/.test(alias.text)) || /^[A-Z][a-z]{3,}com$/.test(alias.text)) {
        for (const code of codes) add(actor.id, { ...alias, caseSensitive: true }, `${code}${alias.text.toUpperCase()}`);
      }
    }
  }
  return out;
}

/** The table of `aliasVariants(list)`, for the build to embed (scripts/build.mjs does it for the seed pack). */
export function variantTable(list: readonly Actor[]): VariantTable {
  return workedOut(list).table;
}

/** The variants of `list` worked out now, with their table. */
function workedOut(list: readonly Actor[]): { variants: Map<string, Alias[]>; table: VariantTable } {
  const rows: [number, number, string, 0 | 1][] = [];
  const variants = aliasVariants(list, rows);
  return { variants, table: { fingerprint: variantFingerprint(list), rows } };
}

/**
 * Tables made ahead of time, installed before a matcher is compiled (`installVariantTables`): the
 * content script installs the seed pack's and those it stored for other packs (see
 * src/core/variant-table.ts), and a bundle falls back on the seed pack's own copy
 * (`__SEED_VARIANTS__`, see scripts/build.mjs), read only when no installed table fits.
 * Working the variants out took 10–17 ms of every frame that compiled the seed pack (Chromium
 * 156, 2026-12); reading them from the table, well under one.
 */
let variantTables: readonly VariantTable[] = [];

/** Installs variant tables (tests install their own). */
export function installVariantTables(tables: readonly VariantTable[]): void {
  variantTables = [...tables];
}

/** The variants of `list` by actor id, from an installed table made from the same list or worked out now, with their table. */
function variantsWithTable(list: readonly Actor[]): { variants: Map<string, Alias[]>; table: VariantTable } {
  const known =
    tableFor(list, variantTables) ??
    tableFor(
      list,
      [seedVariantTable()].filter((t): t is VariantTable => t !== null),
    );
  if (!known) return workedOut(list);
  const out = new Map<string, Alias[]>();
  for (const [a, i, text, exact] of known.rows) {
    const actor = list[a]!;
    const base = actor.aliases[i]!;
    const variant = exact === 1 ? { ...base, caseSensitive: true, text } : { ...base, text };
    const existing = out.get(actor.id);
    if (existing) existing.push(variant);
    else out.set(actor.id, [variant]);
  }
  return { variants: out, table: known };
}

/** The words before another group's name inside a name, as `aliasVariants`'s lookbehind has them. */
const NAME_LEADS = /against|to defeat|to counter|to fight|anti-/i;

/** A demonym as a people: "American" → "Americans", "Iraqi" → "Iraqis", "French" and "Chinese" stay. */
function peopleOf(demonym: string): string {
  return /(?:ese|ss|sh|ch)$/.test(demonym) ? demonym : `${demonym}s`;
}

function escapeForRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Each country's forms as they stand before a noun ("US troops", "U.S. troops", "American troops",
 * "United States troops"), by form: its two-letter codes with and without periods, its demonyms,
 * and its name when the name has several words. A one-word name before a noun is rare ("Iraq
 * forces") and is not generated.
 */
export const COUNTRY_FORMS = new Map<string, readonly string[]>();
for (const c of COUNTRIES) {
  const codes = c.alt.filter((a) => /^(?:[A-Z]{2}|(?:[A-Z]\.){2})$/.test(a));
  // A one-word name stands before a noun as a possessive ("Iraq's security forces").
  const forms = [...codes, ...c.demonyms, ...(/\s/.test(c.name) ? [c.name] : [`${c.name}'s`, `${c.name}’s`])];
  if (forms.length < 2) continue;
  for (const form of forms) COUNTRY_FORMS.set(form, forms);
}
/**
 * What may follow a country form for it to stand before a noun: "-led", "-backed", or spaces and a
 * word that is not a function word. Sticky: it is asked at the end of a form.
 */
const AFTER_COUNTRY_FORM = /-led\b|-backed\b|\s+(?!(?:of|and|or|to|the|in|on|for|at|by)\b)\p{L}/uy;

/**
 * The country forms by their first run of letters ("U" for "U.S.", "Iraq" for "Iraq's"), each
 * list longest first. Every form starts with a letter, which `countryFormsIn` relies on.
 */
const COUNTRY_FORMS_BY_HEAD = new Map<string, string[]>();
for (const form of [...COUNTRY_FORMS.keys()].sort((a, b) => b.length - a.length)) {
  const head = firstLetterRun(form);
  if (head === undefined) throw new Error(`The country form "${form}" does not start with a letter`);
  const list = COUNTRY_FORMS_BY_HEAD.get(head);
  if (list) list.push(form);
  else COUNTRY_FORMS_BY_HEAD.set(head, [form]);
}

/** A maximal run of letters. */
const LETTER_RUN = /\p{L}+/gu;

const countryFormsSeen = new Map<string, readonly { readonly index: number; readonly form: string }[]>();

/**
 * Where a country form stands in an alias before a noun or "-led", not right after a letter or a
 * period: the longest form at each place, left to right, none overlapping. Remembered for the
 * last 2,000 aliases: the swaps and the country codes of an actor both read them. This was one
 * alternation of every country's forms (`(?<![\p{L}.])(?:forms)(?=…)`), which cost some 20 ms
 * to compile as the matcher was compiled on every page (measured 2026-12, Node 20); a form
 * starts with a letter and its first run of letters is a whole run of the text (a period, an
 * apostrophe, "-led" or a space follows), so the forms are looked up by that run instead, with
 * the same answer.
 */
export function countryFormsIn(text: string): readonly { readonly index: number; readonly form: string }[] {
  const known = countryFormsSeen.get(text);
  if (known) return known;
  const found: { index: number; form: string }[] = [];
  let from = 0;
  LETTER_RUN.lastIndex = 0;
  for (let m = LETTER_RUN.exec(text); m !== null; m = LETTER_RUN.exec(text)) {
    const at = m.index;
    if (at < from || (at > 0 && text[at - 1] === '.')) continue;
    for (const form of COUNTRY_FORMS_BY_HEAD.get(m[0]) ?? []) {
      if (!text.startsWith(form, at)) continue;
      AFTER_COUNTRY_FORM.lastIndex = at + form.length;
      if (!AFTER_COUNTRY_FORM.test(text)) continue;
      found.push({ index: at, form });
      from = at + form.length;
      break;
    }
  }
  if (countryFormsSeen.size >= 2_000) countryFormsSeen.clear();
  countryFormsSeen.set(text, found);
  return found;
}

/** True for a proper name: an acronym, or words that each start with a capital (particles aside). */
function isProperName(text: string): boolean {
  if (/^[A-Z][A-Z.-]+$/.test(text)) return true;
  const words = text.split(/\s+/);
  return words.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|the|and|al|el|de)$/.test(w)) && /^\p{Lu}/u.test(words[0] ?? '');
}

/** Words that stand between a country and its "troops" or "forces". */
const FORCE_ROLES = ['combat', 'ground', 'military', 'special operations'];
/** A name that already ends in a branch or role word ("Iraqi security forces") takes no other. */
const FORCE_MODIFIERS = /(?:^|\s)(?:combat|ground|military|special operations|special|security|armed|government|the)$/i;

/** Every alias with one country form swapped for the others, before a noun or "-led". */
function countrySwaps(text: string): string[] {
  const out: string[] = [];
  for (const m of countryFormsIn(text)) {
    const form = m.form;
    const forms = COUNTRY_FORMS.get(form) ?? [];
    const rest = text.slice(m.index + form.length);
    // "-led" and "-backed" take the short forms only ("US-led", "U.S.-led"); a proper noun takes
    // codes and names ("US Central Command"), not demonyms; common nouns take all of them.
    const country = COUNTRIES.find((c) => c.demonyms.some((d) => forms.includes(d)));
    const demonyms = new Set(country?.demonyms ?? []);
    // Before the hyphen a dotted code often loses its last period in wire copy ("U.S-led"; see
    // the rule dotted-code-before-a-hyphen).
    const short = forms.filter((f) => f.length <= 5).flatMap((f) => (/^(?:[A-Z]\.){2}$/.test(f) ? [f, f.slice(0, -1)] : [f]));
    const candidates = rest.startsWith('-') ? short : /^\s+\p{Lu}/u.test(rest) ? forms.filter((f) => !demonyms.has(f)) : forms;
    for (const other of candidates) if (other !== form) out.push(`${text.slice(0, m.index)}${other}${rest}`);
  }
  return out;
}

/** Two-letter codes of the countries an actor's aliases name ("US" for "US troops"). */
function countryCodesIn(actor: Actor): string[] {
  const codes = new Set<string>();
  for (const alias of actor.aliases) {
    for (const m of countryFormsIn(alias.text)) for (const f of COUNTRY_FORMS.get(m.form) ?? []) if (/^[A-Z]{2}$/.test(f)) codes.add(f);
  }
  return [...codes];
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

// The word before and after a hit are asked of every actor candidate of every page. Their
// patterns' Unicode classes cost several milliseconds each to compile on their first run
// (measured 2026-12, Node 20 and Chromium 156), so ASCII, most of what they read, is decided by
// its codes, and the patterns are compiled when a character that is not ASCII needs them.
const WORD_BEFORE = /([\p{L}\p{M}\p{N}.'’]+)[\s\u00a0]+$/u;
const WORD_AFTER = /^[\s\u00a0]+([\p{L}\p{M}\p{N}]+)/u;
const UPPER_CASE_WORD = /^[\p{Lu}]+$/u;

/** An ASCII letter or digit. */
function isAsciiLetterOrDigit(c: number): boolean {
  return isAsciiLetter(c) || (c >= 48 && c <= 57);
}

/** The word right before the spaces before `start` (within 40 characters): `WORD_BEFORE`'s group. */
export function wordBefore(text: string, start: number): string | null {
  const from = Math.max(0, start - 40);
  const byPattern = (): string | null => WORD_BEFORE.exec(text.slice(from, start))?.[1] ?? null;
  let end = start;
  for (; end > from; end--) {
    const c = text.charCodeAt(end - 1);
    if (c >= 128) return byPattern();
    if (!isSpaceCode(c)) break;
  }
  if (end === start) return null;
  let begin = end;
  for (; begin > from; begin--) {
    const c = text.charCodeAt(begin - 1);
    if (c >= 128) return byPattern();
    if (!isAsciiLetterOrDigit(c) && c !== 0x2e && c !== 0x27) break;
  }
  return begin < end ? text.slice(begin, end) : null;
}

/** The word right after the spaces after `end` (within 40 characters): `WORD_AFTER`'s group. */
export function wordAfter(text: string, end: number): string | null {
  const to = Math.min(text.length, end + 40);
  const byPattern = (): string | null => WORD_AFTER.exec(text.slice(end, end + 40))?.[1] ?? null;
  let begin = end;
  for (; begin < to; begin++) {
    const c = text.charCodeAt(begin);
    if (c >= 128) return byPattern();
    if (!isSpaceCode(c)) break;
  }
  if (begin === end) return null;
  let stop = begin;
  for (; stop < to; stop++) {
    const c = text.charCodeAt(stop);
    if (c >= 128) return byPattern();
    if (!isAsciiLetterOrDigit(c)) break;
  }
  return stop > begin ? text.slice(begin, stop) : null;
}

/** Whether every character of `word` is an upper-case letter, as `/^\p{Lu}+$/u` says. */
export function isUpperCaseWord(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return UPPER_CASE_WORD.test(word);
    if (c < 65 || c > 90) return false;
  }
  return word.length > 0;
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** True when `word` looks like the first name of someone other than this person. */
function isOtherPersonsName(model: ActorModel, word: string, own: ReadonlySet<string> | undefined): boolean {
  if (/['’][sS]$/.test(word)) return false; // "Iraq’s Sudani": a possessive, not a first name.
  // A word with a final period ends the previous sentence, unless it is an initial or acronym ("J. Leahy").
  if (word.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(word)) return false;
  const first = word[0] ?? '';
  if (!isUpper(first)) return false;
  const folded = foldString(word.replace(/\.$/, ''));
  return !(TITLES.has(folded) || STARTERS.has(folded) || COUNTRY_WORDS.has(folded) || own?.has(folded) || model.packWords.has(folded));
}

/** True when the word after `end` starts with a capital letter: a name follows the title. */
function isFollowedByName(text: string, end: number): boolean {
  const ch = text[end];
  if (ch !== undefined && isUpper(ch)) return true; // "Prime MinisterHaider": text joined without a space.
  const word = wordAfter(text, end);
  if (word === null) return false;
  return isUpper(word[0]!) && !STARTERS.has(foldString(word));
}

/**
 * False only when the text after `end` is not spaces, "of" and spaces (as `[\s\u00a0]+of[\s\u00a0]+`
 * would match), decided on ASCII; true means "maybe".
 */
export function mayBeSpacesOfSpaces(text: string, end: number): boolean {
  let k = end;
  for (; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 128) return true;
    if (!isSpaceCode(c)) break;
  }
  if (k === end || !text.startsWith('of', k)) return false;
  const c = text.charCodeAt(k + 2);
  return c >= 128 || isSpaceCode(c);
}

/** True when "of" and a capitalised word that is none of the actor's own words follow: the name goes on. */
function continuesIntoOtherName(text: string, end: number, own: ReadonlySet<string> | undefined): boolean {
  // Only spaces, "of" and spaces can start it: most names are followed by none, and those are
  // answered without compiling the pattern (see `wordBefore`).
  if (!mayBeSpacesOfSpaces(text, end)) return false;
  const m = /^[\s\u00a0]+of[\s\u00a0]+(?:the[\s\u00a0]+)?(\p{Lu}[\p{L}\p{M}'’-]*)/u.exec(text.slice(end, end + 60));
  if (!m) return false;
  return !own?.has(foldString(m[1]!));
}

/** True when a case-sensitive acronym stands in shouted text ("THIS IS NOT"), where case proves nothing. */
function isInShoutedText(model: ActorModel, text: string, start: number, end: number): boolean {
  const before = wordBefore(text, start);
  const after = wordAfter(text, end);
  const shouted = (w: string | null): boolean => !!w && w.length >= 2 && isUpperCaseWord(w) && !model.acronyms.has(w);
  return shouted(before) || shouted(after);
}

/** Capitalised given names between a title and a surname, written some way the pack does not list ("Mohmmed Shai’"). */
const GIVEN_NAMES_BETWEEN = /^[\s\u00a0]+(?:\p{Lu}[\p{L}\p{M}'’.-]*[\s\u00a0]+){1,3}$/u;

/** Counts a rejection by rule id, when the caller asked for counts. */
function reject(rejected: Map<string, number> | undefined, rule: ContextRuleId): void {
  if (rejected) rejected.set(rule, (rejected.get(rule) ?? 0) + 1);
}

/**
 * Finds the candidate actor mentions of one block from the hits of the shared index (entries that
 * are not actor aliases are ignored): non-overlapping, longest first, block-local rules applied.
 * Rejections are counted by rule id into `rejected` when given.
 */
export function findActorCandidates(
  model: ActorModel,
  folded: FoldedText,
  raw: readonly AliasHit<AliasEntry>[],
  rejected?: Map<string, number>,
): ActorCandidate[] {
  const text = folded.original;
  // Longest leftmost wins: hits come sorted by start, longest first at each start.
  const chosen: Hit[] = [];
  let lastEnd = -1;
  for (const hit of raw) {
    if (hit.start < lastEnd) continue;
    const entry = hit.entries.find(isActorAlias);
    if (!entry) continue;
    const prev = chosen[chosen.length - 1];
    const gap = prev ? text.slice(prev.end, hit.start) : '';
    // A title followed by the name of the same actor is one mention ("Prime Minister Mohammed Shia
    // al-Sudani"), and so is a title followed by our surname after given names the pack writes
    // another way ("Prime Minister Mohmmed Shai’ Al-Sudani"): transliterations vary, the title
    // and the surname together do not.
    const sameActor = prev !== undefined && prev.last.isRole && prev.entry.actorId === entry.actorId;
    if (sameActor && (/^[\s\u00a0]*$/.test(gap) || (entry.isSurname && GIVEN_NAMES_BETWEEN.test(gap)))) {
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
    if (hit.last.isRole && isFollowedByName(text, hit.end)) {
      reject(rejected, 'title-before-another-name');
      continue;
    }
    if (entry.isRole) {
      const before = wordBefore(text, hit.start);
      if (before && PAST_TITLE.has(foldString(before))) {
        reject(rejected, 'title-held-by-someone-else');
        continue;
      }
      const lead = text.slice(Math.max(0, hit.start - 40), hit.start);
      // "served as Prime Minister of Iraq" names the office, whoever held it.
      if (OFFICE_VERB.test(lead)) {
        reject(rejected, 'title-for-the-office');
        continue;
      }
      // "Haider al-Abadi, the Prime Minister of Iraq": an apposition to someone else's name.
      const prev = chosen[h - 1];
      const isOwnApposition =
        prev !== undefined && prev.entry.actorId === entry.actorId && /^,\s+(?:the\s+)?$/iu.test(text.slice(prev.end, hit.start));
      if (!isOwnApposition && APPOSITION.test(lead)) {
        reject(rejected, 'title-in-apposition-to-another-name');
        continue;
      }
    }
    if (entry.isSurname && !hit.merged) {
      const before = wordBefore(text, hit.start);
      if (before && isOtherPersonsName(model, before, model.ownWords.get(entry.actorId))) {
        reject(rejected, 'surname-after-another-first-name');
        continue;
      }
    }
    if (entry.caseSensitive && isInShoutedText(model, text, hit.start, hit.end)) {
      reject(rejected, 'acronym-in-shouted-text');
      continue;
    }
    // "ISIS-K" (the Khorasan branch) or "IS-KP" is another acronym that starts with ours; "ISIS-linked" is still ours.
    if (entry.isAcronym && /^-\p{Lu}/u.test(text.slice(hit.end, hit.end + 2))) {
      reject(rejected, 'acronym-starts-another-acronym');
      continue;
    }
    // "Islamic State of Afghanistan" is a longer proper name, not our group; our own longer forms
    // ("Islamic State of Iraq and Syria") won as longest matches before getting here. A person's
    // name followed by "of the ..." is an affiliation ("Kevin C. Leahy of the Global Coalition").
    const isPerson = model.actors.get(entry.actorId)?.kind === 'person';
    if (!isPerson && !entry.isRole && !entry.isSurname && continuesIntoOtherName(text, hit.end, model.ownWords.get(entry.actorId))) {
      reject(rejected, 'name-goes-on-into-another');
      continue;
    }
    // A title merged with a surname ("Iraqi Prime Minister al-Sudani") is unambiguous even when
    // each part alone is not: the title rule has already checked that the name is our actor's.
    const standalone = entry.alias.standalone || (hit.merged && !entry.isRole);
    const candidate: ActorCandidate = { actorId: entry.actorId, start: hit.start, end: hit.end, alias: entry.alias.text, standalone };
    if (entry.isAcronym) {
      const prev = chosen[h - 1];
      const ownDefinition =
        prev !== undefined && prev.entry.actorId === entry.actorId && /^[\s\u00a0]*\($/.test(text.slice(prev.end, hit.start));
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
    const capitals = word
      .split('-')
      .map((part) => part[0] ?? '')
      .reverse();
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
 * A broad actor is shown on a page off the story when the page is about it: named at least once
 * per this many words of the page's text (a short report on an attack by the group, not an essay
 * that mentions it once). Measured on the 130 Readability pages: a page that names the group once
 * in 1,000 words is not about it; a report that names it four times in 900 words is.
 */
export const ABOUT_WORDS_PER_MENTION = 300;

/** Key prefixes of a block's contribution to the page context; see `blockPageKeys`. */
const KEY = { words: '#words', mention: '#mention:', claim: '#claim:', plainName: '#plain:' } as const;

/**
 * A person named only by a first name and a surname, with no title and nothing longer: "Kevin
 * Leahy" is also a hurler and a teacher, so that name alone does not put a page on the story.
 */
function isPlainPersonName(model: ActorModel, text: string, c: ActorCandidate): boolean {
  if (model.actors.get(c.actorId)?.kind !== 'person' || !c.standalone || c.acronym) return false;
  const words = text
    .slice(c.start, c.end)
    .split(/\s+/)
    .filter((w) => w !== '');
  return words.length === 2 && !hasTitleBefore(text.slice(Math.max(0, c.start - 40), c.start));
}

/** The titles of office or rank that `hasTitleBefore` looks for; honorifics such as "Mr" say nothing of who it is. */
const OFFICE_TITLES = TITLE_PHRASES.filter((t) => !HONORIFICS.has(t.toLowerCase().replace(/\.$/, '')));

/** The last word of each of those titles, lower-case ("minister", "gen"); null if a title has no word or is not ASCII. */
const TITLE_LAST_WORDS: ReadonlySet<string> | null = OFFICE_TITLES.every((t) => /^[\x20-\x7e]*[A-Za-z][\x20-\x7e]*$/.test(t))
  ? new Set(OFFICE_TITLES.map((t) => /([A-Za-z]+)[^A-Za-z]*$/.exec(t)![1]!.toLowerCase()))
  : null;

let titleBefore: RegExp | null = null;

/**
 * Whether `before` ends with a title of office or rank and a space ("Maj. Gen. "). The pattern, an
 * alternation of every title compared without case, took some 8 ms to compile on its first run
 * (measured 2026-12, Node 20), on most pages for no match: text whose last word is no title's
 * last word is answered without it. Where that word is not plain ASCII (where the pattern's
 * Unicode case folding and `toLowerCase` could differ), the pattern decides.
 */
export function hasTitleBefore(before: string): boolean {
  if (TITLE_LAST_WORDS !== null) {
    let end = before.length;
    for (; end > 0 && !isAsciiLetter(before.charCodeAt(end - 1)); end--) if (before.charCodeAt(end - 1) >= 128) return titleRe(before);
    let start = end;
    while (start > 0 && isAsciiLetter(before.charCodeAt(start - 1))) start--;
    if (start > 0 && before.charCodeAt(start - 1) >= 128) return titleRe(before);
    if (!TITLE_LAST_WORDS.has(before.slice(start, end).toLowerCase())) return false;
  }
  return titleRe(before);
}

function titleRe(before: string): boolean {
  titleBefore ??= new RegExp(
    `(?:^|[^\\p{L}])(?:${OFFICE_TITLES.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s+$`,
    'iu',
  );
  return titleBefore.test(before);
}

/** An ASCII letter, by its code. */
function isAsciiLetter(code: number): boolean {
  const lower = code | 32;
  return lower >= 97 && lower <= 122;
}

/**
 * A block's contribution to the page-wide rules, as keys with counts that the caller adds up over
 * the page: an actor id when a standalone alias names the actor; "id ACRONYM" when a standalone
 * acronym does (it counts unless vetoed); "!ACRONYM" when the block defines the acronym as
 * something else; "#words" its word count (`words`, as the alias index counted them on its walk
 * over the block's folded text); "#mention:id" how often a broad actor is named; and "#claim:id"
 * how many of its sentences state a claim.
 */
export function blockPageKeys(
  model: ActorModel,
  text: string,
  block: readonly ActorCandidate[],
  claims: readonly string[],
  words: number,
): ReadonlyMap<string, number> {
  // Nearly every block of a page names nothing and states nothing: its keys are its word count
  // alone, and blocks of the same count share one map (see `wordsOnlyKeys`).
  if (block.length === 0 && claims.length === 0 && !namesOtherBodies(model, text)) return wordsOnlyKeys(words);
  const keys = new Map<string, number>();
  const add = (key: string, n = 1): void => {
    keys.set(key, (keys.get(key) ?? 0) + n);
  };
  for (const c of block) {
    if (c.redefined) keys.set(`!${c.alias}`, 1);
    else if (isPlainPersonName(model, text, c)) keys.set(`${KEY.plainName}${c.actorId}`, 1);
    else if (c.standalone) keys.set(c.acronym ? `${c.actorId} ${c.alias}` : c.actorId, 1);
    if (!c.redefined && model.actors.get(c.actorId)?.scope === 'broad') add(`${KEY.mention}${c.actorId}`);
  }
  for (const id of claims) add(`${KEY.claim}${id}`);
  for (const alias of otherBodiesNamed(model, text, block)) keys.set(`!${alias}`, 1);
  if (words > 0) keys.set(KEY.words, words);
  return keys;
}

/** The shared keys of blocks that hold nothing but words, by word count (see `wordsOnlyKeys`). */
const WORDS_ONLY = new Map<number, ReadonlyMap<string, number>>();
const NO_KEYS: ReadonlyMap<string, number> = new Map();

/**
 * The keys of a block of `words` words that holds nothing else, one map per count for all such
 * blocks: a map of its own for each of the 6,500 blocks of the bench's dense page was garbage of
 * the first pass, and blocks of ordinary prose hold some tens of distinct counts. Callers only read
 * keys, so sharing is safe.
 */
function wordsOnlyKeys(words: number): ReadonlyMap<string, number> {
  if (words === 0) return NO_KEYS;
  let keys = WORDS_ONLY.get(words);
  if (!keys) {
    keys = new Map([[KEY.words, words]]);
    // Bounded: a page of huge blocks would otherwise keep one map per size it ever saw.
    if (WORDS_ONLY.size < 4_096) WORDS_ONLY.set(words, keys);
  }
  return keys;
}

/** Whether a block without candidates names another body (`otherBodiesNamed` with no candidate, asked only whether it finds any). */
function namesOtherBodies(model: ActorModel, text: string): boolean {
  return otherBodiesNamed(model, text, NO_CANDIDATES).length > 0;
}
const NO_CANDIDATES: readonly ActorCandidate[] = [];

/** Whether a block's mentions depend on the rest of the page (ambiguous aliases, acronyms another block may redefine, broad actors). */
export function dependsOnPage(model: ActorModel, block: readonly ActorCandidate[]): boolean {
  return block.some(
    (c) =>
      !c.standalone ||
      c.acronym === true ||
      model.actors.get(c.actorId)?.scope === 'broad' ||
      model.actors.get(c.actorId)?.kind === 'person',
  );
}

/** What the page as a whole decides for its blocks, derived from the sum of their keys. */
export interface PageContext {
  /** Actors the page names unambiguously (acronyms the page redefines left out). */
  readonly named: ReadonlySet<string>;
  /** Acronyms the page defines as something else. */
  readonly vetoed: ReadonlySet<string>;
  /** Whether the page is about the story: it states one of the pack's claims or names one of its specific actors. */
  readonly onStory: boolean;
  /** Whether it states one of the pack's claims (which alone confirms a bare surname). */
  readonly statesClaim: boolean;
  /** Broad actors the page is about (named densely enough), shown even off the story. */
  readonly about: ReadonlySet<string>;
  /** Why the page was judged on or off the story, in words for the popup. */
  readonly reason: string;
  /** Broad actors named on the page but not shown, with how often they are named. */
  readonly hidden: readonly { readonly actorId: string; readonly count: number }[];
  /** A string that changes exactly when a decision above changes, so a caller can tell when to resolve again. */
  readonly signature: string;
}

/** Derives the page context from the summed keys of every block. */
export function createPageContext(model: ActorModel, counts: ReadonlyMap<string, number>): PageContext {
  const named = new Set<string>();
  const vetoed = new Set<string>();
  const claims: string[] = [];
  const mentions = new Map<string, number>();
  const plainNames = new Set<string>();
  let words = 0;
  for (const [key, count] of counts) {
    if (count <= 0) continue;
    if (key === KEY.words) words = count;
    else if (key.startsWith(KEY.plainName)) plainNames.add(key.slice(KEY.plainName.length));
    else if (key.startsWith(KEY.mention)) mentions.set(key.slice(KEY.mention.length), count);
    else if (key.startsWith(KEY.claim)) claims.push(key.slice(KEY.claim.length));
    else if (key.startsWith('!')) vetoed.add(key.slice(1));
  }
  for (const [key, count] of counts) {
    if (count <= 0 || key.startsWith('#') || key.startsWith('!')) continue;
    const space = key.indexOf(' ');
    if (space < 0) named.add(key);
    else if (!vetoed.has(key.slice(space + 1))) named.add(key.slice(0, space));
  }
  const specific = [...named].filter((id) => {
    const actor = model.actors.get(id);
    return actor !== undefined && actor.highlight && actor.scope === 'specific';
  });
  const statesClaim = claims.length > 0;
  const onStory = statesClaim || specific.length > 0;
  // A plain first name and surname counts once something else puts the page on the story.
  const namesakes = new Set<string>();
  for (const id of plainNames) {
    if (named.has(id)) continue;
    if (onStory) named.add(id);
    else namesakes.add(id);
  }
  const about = new Set<string>();
  const hidden: { actorId: string; count: number }[] = [];
  for (const [id, count] of mentions) {
    if (count * ABOUT_WORDS_PER_MENTION >= words) about.add(id);
    else if (!onStory && model.actors.get(id)?.highlight) hidden.push({ actorId: id, count });
  }
  const nameOf = (id: string): string => model.actors.get(id)?.name ?? id;
  let reason: string;
  if (statesClaim) reason = `The page states ${claims.length === 1 ? 'a claim' : `${claims.length} claims`} of the article.`;
  else if (onStory)
    reason = `The page names ${specific.slice(0, 3).map(nameOf).join(', ')}, who ${specific.length === 1 ? 'is' : 'are'} part of the story.`;
  else {
    const shown = [...about].filter((id) => model.actors.get(id)?.highlight).map(nameOf);
    reason =
      OFF_STORY_REASON +
      (namesakes.size > 0
        ? `; ${[...namesakes].map(nameOf).join(', ')} ${namesakes.size === 1 ? 'is' : 'are'} named by first name and surname only, which other people share`
        : '') +
      (hidden.length > 0
        ? `, so it leaves unmarked ${hidden.map((h) => `${nameOf(h.actorId)}, named ${h.count === 1 ? 'once' : `${h.count} times`}`).join('; ')}, as names that appear in news of every kind`
        : '') +
      (shown.length > 0
        ? `; ${shown.join(', ')} ${shown.length === 1 ? 'is' : 'are'} highlighted because the page is about ${shown.length === 1 ? 'it' : 'them'}`
        : '') +
      '.';
  }
  // What the mentions of a block depend on, and nothing more: the reason's wording changes with
  // every claim counted, and which actors the page is about matters only off the story (where it
  // lets broad actors show), so on a story page it is left out and a long page growing past a
  // threshold re-reads nothing.
  const signature = [
    [...named].sort().join(','),
    [...vetoed].sort().join(','),
    onStory ? 'S' : '',
    statesClaim ? 'C' : '',
    onStory ? '' : [...about].sort().join(','),
  ].join('|');
  return { named, vetoed, onStory, statesClaim, about, reason, hidden, signature };
}

/** Explanations given so far, so that a name highlighted a thousand times holds one string, not a thousand. */
const explanations = new Map<string, string>();

/** The one copy of an explanation (kept for the last 2,000 distinct ones). */
function shared(explanation: string): string {
  const known = explanations.get(explanation);
  if (known !== undefined) return known;
  if (explanations.size >= 2_000) explanations.clear();
  explanations.set(explanation, explanation);
  return explanation;
}

/** Applies the page-wide rules to one block, given the page context. Rejections are counted into `rejected` when given. */
export function resolveBlockActors(
  model: ActorModel,
  allBlocks: readonly ActorCandidate[],
  page: PageContext,
  rejected?: Map<string, number>,
): ResolvedActor[] {
  // An acronym the page defines as something else never counts on that page.
  const block = allBlocks.filter((c) => {
    const vetoed = c.redefined || (c.acronym === true && page.vetoed.has(c.alias));
    if (vetoed) reject(rejected, 'acronym-defined-as-another-name');
    // "the coalition" on a page that names another coalition could be either.
    const shared = !vetoed && !c.standalone && page.vetoed.has(c.alias);
    if (shared) reject(rejected, 'bare-noun-shared-with-another-body');
    return !vetoed && !shared;
  });
  // A story group or force named in the block ties an ambiguous group alias to the story; an
  // ambiguous mention counts as a tie only once the page has confirmed it ("anti-IS missions" on a
  // page that also says "ISIS").
  const storyGroupsHere = block.filter((c) => {
    const actor = model.actors.get(c.actorId);
    return (c.standalone || page.named.has(c.actorId)) && actor !== undefined && actor.highlight && GROUP_KINDS.has(actor.kind);
  });
  return block.flatMap((c): ResolvedActor[] => {
    const actor = model.actors.get(c.actorId)!;
    const label = `${actor.name} (${actor.role})`;
    if (actor.scope === 'broad' && !page.onStory && !page.about.has(actor.id)) {
      reject(rejected, 'broad-actor-off-the-story');
      return [];
    }
    if (c.standalone && actor.kind === 'person' && !page.onStory && !page.named.has(c.actorId)) {
      reject(rejected, 'plain-name-off-the-story');
      return [];
    }
    if (c.standalone) return [{ ...c, explanation: shared(`“${c.alias}” is a name of ${label}.`) }];
    if (page.named.has(c.actorId)) {
      return [
        { ...c, explanation: shared(`“${c.alias}” alone could mean someone else, but this page also names ${label} unambiguously.`) },
      ];
    }
    // A page that states one of the article's claims is about the story, so its bare surnames and
    // group names are the story's ("Sudani again called for foreign troops to leave").
    if (page.statesClaim || (page.onStory && actor.kind !== 'person')) {
      return [
        {
          ...c,
          explanation: shared(
            `“${c.alias}” alone could mean someone else, but this page is about the story (${page.reason.replace(/^The page /, 'it ').replace(/\.$/, '')}), so it is ${label}.`,
          ),
        },
      ];
    }
    if (GROUP_KINDS.has(actor.kind)) {
      // Only the other side of the conflict ties a group to the story: "coalition forces struck
      // ISIS" is this story's coalition, but "the U.S. military said the coalition struck targets
      // in Yemen" names an ally, which every coalition of the US has.
      const isArmedGroup = actor.kind === 'armed-group';
      const tie = storyGroupsHere.find(
        (o) => o.actorId !== c.actorId && (model.actors.get(o.actorId)?.kind === 'armed-group') !== isArmedGroup,
      );
      if (tie) {
        const tieName = model.actors.get(tie.actorId)!.name;
        return [
          {
            ...c,
            explanation: shared(
              `“${c.alias}” alone could mean something else, but the same paragraph names ${tieName}, which ties it to ${label}.`,
            ),
          },
        ];
      }
    }
    // A surname in the same paragraph as the country of the person's office is that person's
    // ("Varela told Ruritania's parliament …" for Ruritania's Water Minister): the surname alone is
    // shared, the surname beside the country the person governs or serves far less.
    const office = model.officeCountries.get(actor.id);
    if (office && model.surnames.has(`${actor.id}\u0000${c.alias}`)) {
      const tie = block.find((o) => o.standalone && office.has(o.actorId));
      if (tie) {
        const country = model.actors.get(tie.actorId)!.name;
        return [
          {
            ...c,
            explanation: shared(
              `“${c.alias}” alone could mean someone else, but the same paragraph names ${country}, the country of the office of ${label}.`,
            ),
          },
        ];
      }
    }
    reject(rejected, 'ambiguous-name-unconfirmed');
    return [];
  });
}

/** The ids of the context rules; each is an entry of `CONTEXT_RULES`. */
export type ContextRuleId =
  | 'title-before-another-name'
  | 'title-held-by-someone-else'
  | 'title-for-the-office'
  | 'title-in-apposition-to-another-name'
  | 'surname-after-another-first-name'
  | 'acronym-in-shouted-text'
  | 'acronym-starts-another-acronym'
  | 'name-goes-on-into-another'
  | 'acronym-defined-as-another-name'
  | 'broad-actor-off-the-story'
  | 'plain-name-off-the-story'
  | 'bare-noun-shared-with-another-body'
  | 'ambiguous-name-unconfirmed';

/**
 * A pack of invented actors for the rule table below, so that the context rules are shown on
 * names of no real story: a minister with an ambiguous surname and titles, a militia with an
 * acronym, an alliance known as "the alliance", and a national army that appears in news of every kind.
 */
const PROBE_ACTORS: Pick<Pack, 'actors'> = {
  actors: [
    {
      id: 'probe-minister',
      name: 'Maria Lopez Varela',
      kind: 'person',
      role: 'Minister of Water of Ruritania',
      description: 'A minister.',
      highlight: true,
      scope: 'specific',
      aliases: [
        { text: 'Maria Lopez Varela', caseSensitive: false, standalone: true, lang: 'en' },
        { text: 'Varela', caseSensitive: false, standalone: false, lang: 'en' },
        { text: 'Water Minister', caseSensitive: false, standalone: false, lang: 'en' },
        { text: 'Minister Varela', caseSensitive: false, standalone: true, lang: 'en' },
      ],
    },
    {
      id: 'probe-envoy',
      name: 'Tomas Brandt',
      kind: 'person',
      role: 'Envoy',
      description: 'An envoy.',
      highlight: true,
      scope: 'specific',
      aliases: [
        { text: 'Tomas Brandt', caseSensitive: false, standalone: true, lang: 'en' },
        { text: 'Envoy', caseSensitive: false, standalone: false, lang: 'en' },
      ],
    },
    {
      id: 'probe-militia',
      name: 'Northern Liberation Front',
      kind: 'armed-group',
      role: 'A militia',
      description: 'A militia.',
      highlight: true,
      scope: 'specific',
      aliases: [
        { text: 'Northern Liberation Front', caseSensitive: false, standalone: true, lang: 'en' },
        { text: 'NLF', caseSensitive: true, standalone: true, lang: 'en' },
      ],
    },
    {
      id: 'probe-alliance',
      name: 'Harbour Alliance',
      kind: 'military',
      role: 'A military alliance',
      description: 'An alliance.',
      highlight: true,
      scope: 'specific',
      aliases: [
        { text: 'Harbour Alliance', caseSensitive: false, standalone: true, lang: 'en' },
        { text: 'the alliance', caseSensitive: false, standalone: false, lang: 'en' },
      ],
    },
    {
      id: 'probe-army',
      name: 'Ruritanian army',
      kind: 'military',
      role: 'A national army',
      description: 'An army.',
      highlight: true,
      scope: 'broad',
      aliases: [{ text: 'Ruritanian army', caseSensitive: false, standalone: true, lang: 'en' }],
    },
    {
      id: 'probe-ruritania',
      name: 'Ruritania',
      kind: 'country',
      role: 'A country',
      description: 'A country.',
      highlight: true,
      scope: 'broad',
      aliases: [{ text: 'Ruritania', caseSensitive: false, standalone: true, lang: 'en' }],
    },
  ],
};

let probe: { model: ActorModel; index: ReturnType<typeof createAliasIndex<ActorAliasEntry>> } | null = null;

/** The rules a text triggers with the probe actors, counted by id (for the table test). */
function probeRejections(text: string): Map<string, number> {
  probe ??= (() => {
    const model = createActorModel(PROBE_ACTORS);
    return { model, index: createAliasIndex(model.entries) };
  })();
  const rejected = new Map<string, number>();
  const blocks = text.split(/\n\n/).map((block) => {
    const folded = foldText(block);
    const tally = { words: 0 };
    const hits = probe!.index.find(folded, tally);
    return { block, words: tally.words, candidates: findActorCandidates(probe!.model, folded, hits, rejected) };
  });
  const counts = new Map<string, number>();
  for (const b of blocks)
    for (const [k, n] of blockPageKeys(probe.model, b.block, b.candidates, [], b.words)) counts.set(k, (counts.get(k) ?? 0) + n);
  const page = createPageContext(probe.model, counts);
  for (const b of blocks) resolveBlockActors(probe.model, b.candidates, page, rejected);
  return rejected;
}

/** The context rules as a table: a rule fires on a text when it rejects a candidate there (paragraphs are separated by blank lines). */
export const CONTEXT_RULES = ruleTable<RuleEntry & { readonly id: ContextRuleId }>(
  'context rules',
  [
    {
      id: 'title-before-another-name',
      reason: 'A title followed by a name that is not our actor’s is that other person’s title.',
      examples: ['Water Minister Pedro Alves spoke.'],
      lookalikes: ['Water Minister Maria Lopez Varela spoke. The Water Minister left.'],
    },
    {
      id: 'title-held-by-someone-else',
      reason: '"Former", "deputy" or "acting" before a title means someone else holds it, or held it.',
      examples: ['The former Water Minister spoke.'],
      lookalikes: ['Maria Lopez Varela is the Water Minister.'],
    },
    {
      id: 'title-for-the-office',
      reason: 'After "served as" or "became", a title names the office, whoever held it.',
      examples: ['He served as Water Minister for two years.'],
      lookalikes: ['Maria Lopez Varela met the Water Minister of another country.'],
    },
    {
      id: 'title-in-apposition-to-another-name',
      reason: 'A title in apposition to another person’s name ("Pedro Alves, the Water Minister") is that person’s.',
      examples: ['Pedro Alves, the Water Minister, spoke.'],
      lookalikes: ['Maria Lopez Varela, the Water Minister, spoke.'],
    },
    {
      id: 'surname-after-another-first-name',
      reason: 'A surname right after someone else’s first name is that other person’s.',
      examples: ['Pedro Varela, her cousin, spoke.'],
      lookalikes: ['Maria Lopez Varela arrived. Later, Varela spoke.'],
    },
    {
      id: 'acronym-in-shouted-text',
      reason: 'In text written in capitals, a capitalised word proves nothing about an acronym.',
      examples: ['THE NLF IS HERE'],
      lookalikes: ['The NLF is here.'],
    },
    {
      id: 'acronym-starts-another-acronym',
      reason: 'An acronym followed by a hyphen and a capital is another, longer acronym ("NLF-K").',
      examples: ['The NLF-K cell claimed the attack.'],
      lookalikes: ['The NLF-linked cell claimed the attack.'],
    },
    {
      id: 'name-goes-on-into-another',
      reason: 'A group name followed by "of" and a capitalised word is a longer proper name of another group.',
      examples: ['The Northern Liberation Front of Patagonia met.'],
      lookalikes: ['The Northern Liberation Front met in the south.'],
    },
    {
      id: 'acronym-defined-as-another-name',
      reason: 'A page that spells an acronym out as another name means that name by it.',
      examples: ['The National Lottery Fund (NLF) paid out.'],
      lookalikes: ['The Northern Liberation Front (NLF) attacked.'],
    },
    {
      id: 'broad-actor-off-the-story',
      reason: 'An institution that appears in news of every kind is highlighted only on a page about the story or about it.',
      // One mention in a long page about something else (the page is built to be over 300 words).
      examples: [
        `${'The budget debate covered schools, roads, hospitals, pensions and taxes. '.repeat(40)}One speaker mentioned the Ruritanian army in passing.`,
      ],
      lookalikes: ['The Ruritanian army moved north.', 'The Northern Liberation Front fought the Ruritanian army.'],
    },
    {
      id: 'plain-name-off-the-story',
      reason:
        'A first name and surname alone are shared by many people ("Kevin Leahy" the hurler): they count on a page that something else ties to the story, or with a title or a longer name.',
      examples: ['Tomas Brandt scored twice on Saturday.'],
      lookalikes: [
        'Tomas Brandt met the Northern Liberation Front.',
        'Envoy Tomas Brandt scored twice.',
        'Tomas Brandt spoke.\n\nThe Water Minister, Maria Lopez Varela, agreed.',
      ],
    },
    {
      id: 'bare-noun-shared-with-another-body',
      reason:
        'A bare "the coalition" on a page that names another coalition ("the Reconstruction and Development Coalition", "the Saudi-led coalition", "the governing coalition") could be either, so it is not ours.',
      examples: [
        'The Harbour Alliance met.\n\nThe Farmers Alliance won the vote, and the alliance will govern.',
        'The Northern Liberation Front struck.\n\nThe governing alliance met; the alliance split.',
      ],
      lookalikes: ['The Northern Liberation Front struck the alliance.', 'The Harbour Alliance met, and the alliance agreed.'],
    },
    {
      id: 'ambiguous-name-unconfirmed',
      reason:
        'An ambiguous alias ("Varela", "the alliance") counts only where the page confirms it: the full name elsewhere on the page, a claim of the article, the other side of the conflict, or, for a surname, the country of the person’s office in the same paragraph.',
      examples: [
        'Varela spoke at the market.',
        'Ruritania held elections.\n\nVarela spoke at the market.',
        'The Ruritanian army paraded, and Varela spoke.',
        'The Water Minister spoke in Ruritania.',
      ],
      lookalikes: [
        'Maria Lopez Varela arrived.\n\nVarela spoke at the market.',
        'The alliance struck the Northern Liberation Front.',
        'Varela told the parliament of Ruritania that the dams were safe.',
      ],
    },
  ],
  (entry, text) => probeRejections(text).has(entry.id),
);

/**
 * Invented actors for the variant rules' table: a country's troops, an alliance's forces, a
 * coalition named after the group it fights, a body known with "the", a command with an acronym,
 * and a front written in Arabic.
 */
const VARIANT_PROBE: Pick<Pack, 'actors'> = {
  actors: [
    { id: 'probe-uk-troops', name: 'UK troops', aliases: [{ text: 'UK troops' }] },
    { id: 'probe-alliance-forces', name: 'Harbour Alliance forces', aliases: [{ text: 'Harbour Alliance forces' }] },
    { id: 'probe-french-army', name: 'French army', aliases: [{ text: 'French army' }] },
    { id: 'probe-portugal', name: 'Portugal', kind: 'country' as const, aliases: [{ text: 'Portugal' }] },
    {
      id: 'probe-front',
      name: 'Northern Liberation Front',
      kind: 'armed-group' as const,
      aliases: [{ text: 'Northern Liberation Front' }, { text: 'NLF', caseSensitive: true }, { text: 'الجبهة', lang: 'ar' }],
    },
    { id: 'probe-front-coalition', name: 'Coalition against the NLF', aliases: [{ text: 'Coalition against the NLF' }] },
    { id: 'probe-admiralty', name: 'the Admiralty', aliases: [{ text: 'the Admiralty' }] },
    { id: 'probe-command', name: 'UK Joint Command', aliases: [{ text: 'UK Joint Command' }, { text: 'JOINTCOM', caseSensitive: true }] },
    { id: 'probe-uk-led-mission', name: 'UK-led mission', aliases: [{ text: 'UK-led mission' }] },
  ].map((a) => ({
    kind: 'military' as const,
    role: 'A probe actor',
    description: 'Invented for the table test.',
    highlight: true,
    scope: 'specific' as const,
    ...a,
    aliases: a.aliases.map((x) => ({ caseSensitive: false, standalone: true, lang: 'en', ...x })),
  })),
};

let variantProbe: { model: ActorModel; index: ReturnType<typeof createAliasIndex<ActorAliasEntry>> } | null = null;

/** Whether the variant probe actors find `actorId` in `text`. */
function variantFinds(actorId: string, text: string): boolean {
  variantProbe ??= (() => {
    const model = createActorModel(VARIANT_PROBE);
    return { model, index: createAliasIndex(model.entries) };
  })();
  const folded = foldText(text);
  return findActorCandidates(variantProbe.model, folded, variantProbe.index.find(folded)).some((c) => c.actorId === actorId);
}

/**
 * The variant rules of `aliasVariants` as a table: each example is a page's way of writing a
 * probe actor's name that the pack does not list, each look-alike one that stays unmatched.
 */
export const VARIANT_RULES = ruleTable<RuleEntry & { readonly actor: string }>(
  'name variant rules',
  [
    {
      id: 'country-written-another-way',
      actor: 'probe-uk-troops',
      reason: 'A country inside a name is written with its code, with or without periods, its demonym or its full name.',
      examples: ['British troops arrived.', 'U.K. troops arrived.', 'United Kingdom troops arrived.'],
      lookalikes: ['Britain sent aid.', 'British Airways landed.'],
    },
    {
      id: 'country-as-a-possessive',
      actor: 'probe-french-army',
      reason:
        'A country with a one-word name stands before a noun as a possessive too: "Iraqi security forces" are "Iraq’s security forces".',
      examples: ['France’s army moved north.', "France's army moved north."],
      lookalikes: ['France moved its army north.'],
    },
    {
      id: 'a-country-is-its-people',
      actor: 'probe-portugal',
      reason: 'A country is also its people, with "the" and a capital: "the Americans have hidden behind Daesh".',
      examples: ['The Portuguese want a deal.', 'He said the Portuguese had agreed.'],
      lookalikes: ['Portuguese wine sold well.'],
    },
    {
      id: 'forces-take-a-branch-word',
      actor: 'probe-alliance-forces',
      reason: 'Forces take a word of their branch or role before the noun: "American ground forces", "coalition combat forces".',
      examples: ['Harbour Alliance combat forces withdrew.', 'Harbour Alliance ground forces withdrew.'],
      lookalikes: ['Harbour Alliance officials withdrew.', 'Harbour combat forces withdrew.'],
    },
    {
      id: 'branch-word-after-a-country',
      actor: 'probe-uk-troops',
      reason: 'The branch word goes after the country, in each of its forms: "British combat troops".',
      examples: ['British combat troops left.', 'UK special operations troops left.'],
      lookalikes: ['British combat aircraft left.'],
    },
    {
      id: 'group-named-inside-a-name',
      actor: 'probe-front-coalition',
      reason: 'A name that says whom it acts against takes that group’s other names: "to Defeat Daesh" is "to Defeat ISIS".',
      examples: ['The Coalition against the Northern Liberation Front met.'],
      lookalikes: ['The coalition against the flood met.'],
    },
    {
      id: 'the-dropped-before-a-noun',
      actor: 'probe-admiralty',
      reason: 'A name that takes "the" drops it before a noun: "Pentagon officials".',
      examples: ['Admiralty officials said so.'],
      lookalikes: ['Students of admiralty law met.'],
    },
    {
      id: 'country-code-before-a-command',
      actor: 'probe-command',
      reason: 'A command’s acronym is also written with its country’s code in front: "USCENTCOM".',
      examples: ['UKJOINTCOM said so.'],
      lookalikes: ['UKJOINTCOMS said so.'],
    },
    {
      id: 'dotted-code-before-a-hyphen',
      actor: 'probe-uk-led-mission',
      reason:
        'Before "-led" or "-backed" a dotted country code is written with both periods or, in much wire copy, without the last one: "U.S.-led", "U.S-led".',
      examples: ['The U.K.-led mission ended.', 'The U.K-led mission ended.', 'The UK-led mission ended.'],
      lookalikes: ['The U-led mission ended.', 'The K-led mission ended.'],
    },
    {
      id: 'arabic-article-after-lam',
      actor: 'probe-front',
      reason: 'After the preposition ل the Arabic article ال loses its alef: "للجبهة" is "to the front".',
      examples: ['قال للجبهة'],
      lookalikes: ['قال لجبهة'],
    },
  ],
  (entry, text) => variantFinds(entry.actor, text),
);
