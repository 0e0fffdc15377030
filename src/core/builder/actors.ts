/**
 * What the builder knows about an actor while drafting, and the helpers the people,
 * organisations and mentions passes share: alias bookkeeping, countries by any of their forms,
 * acronyms and the names they abbreviate, and titles before a name.
 */
import type { ActorKind } from '../pack';
import { COUNTRIES, type CountryEntry } from '../lexicon/countries';
import { FUNCTION_WORDS } from '../lexicon/function-words';
import { NAME_PARTICLES, TITLES } from '../lexicon/names';
import { foldPunctuation } from './text';

/** One alias of a draft actor, as the pack stores it. */
export interface DraftAlias {
  /** The surface form. */
  text: string;
  /** Whether case must match (acronyms). */
  caseSensitive: boolean;
  /** Whether the form counts on its own. */
  standalone: boolean;
}

/** An actor as the builder drafts it, before it is written into the pack. */
export interface DraftActor {
  /** Kebab-case id, unique in the pack. */
  id: string;
  /** Display name. */
  name: string;
  /** What sort of actor. */
  kind: ActorKind;
  /** One line such as "Prime Minister of Iraq". */
  role: string;
  /** Every form found, in the order found. */
  aliases: DraftAlias[];
  /** Offset of the first mention, to order actors as the article introduces them. */
  firstOffset: number;
  /** The country this actor belongs to, for armed forces and governments. */
  country?: string;
  /** Whether mentions are highlighted; false for countries and for context actors such as an office. */
  highlight?: boolean;
  /** The actor a person speaks for, from a role such as "army spokesman" or "M23 commander". */
  affiliation?: string;
  /** A person's grammatical gender when the article shows it, so that "she" skips a man. */
  gender?: 'female' | 'male';
  /** Why the builder took this for an actor of this kind (features of the decision). */
  because?: string[];
}

/** A place in the text where an actor is named. */
export interface Mention {
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character. */
  end: number;
  /** The actor id. */
  actor: string;
  /** How the actor is named here: by a name or alias, or by a description resolved to it ("the company"). */
  via?: 'name' | 'description';
}

const COUNTRY_INDEX = new Map<string, CountryEntry>();
/** Names and abbreviations only, without demonyms: the forms that name the country itself. */
export const COUNTRY_NAME_INDEX = new Map<string, CountryEntry>();
for (const country of COUNTRIES) {
  for (const form of [country.name, ...country.alt, ...country.demonyms]) {
    // All-caps abbreviations are looked up exactly, because "us" is a pronoun.
    COUNTRY_INDEX.set(/^[\p{Lu}.]+$/u.test(form) ? form : form.toLowerCase(), country);
  }
  for (const form of [country.name, ...country.alt])
    COUNTRY_NAME_INDEX.set(/^[\p{Lu}.]+$/u.test(form) ? form : form.toLowerCase(), country);
}

/** Every form a country may be written in, demonyms included ("US", "Iraqi"), for building patterns. */
export const COUNTRY_FORMS: readonly string[] = [...COUNTRY_INDEX.keys()];

/** Finds which country a form names ("US", "Iraqi", "Iraq’s"), if any. */
export function countryOf(form: string): CountryEntry | undefined {
  const folded = foldPunctuation(form).replace(/'s?$/, '').trim();
  return COUNTRY_INDEX.get(folded) ?? COUNTRY_INDEX.get(folded.toLowerCase());
}

/** Whether a word is an acronym ("NATO", "U.N.", "M23"). */
export function isAcronym(word: string): boolean {
  return /^(?:\p{Lu}\.){2,}$/u.test(word) || /^\p{Lu}[\p{Lu}\d&]{1,7}$/u.test(word);
}

/** The longest title that starts at `offset` ("Maj. Gen." before "Maj."), if any. */
export function titleAt(text: string, offset: number): string | undefined {
  const rest = text.slice(offset, offset + 40);
  for (const title of TITLES) {
    if (rest.startsWith(title) && !/[\p{L}]/u.test(rest[title.length] ?? ' ')) return title;
  }
  return undefined;
}

/** Acronym built from the starts of the words of `name`, such as CENTCOM or IS. */
export function isAcronymOf(acronym: string, name: string): boolean {
  const letters = acronym.replace(/\./g, '').toLowerCase();
  const rawWords = name.split(/[\s-]+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  const countryWords = new Set(rawWords.filter((w) => countryOf(w)).map((w) => w.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase()));
  const nameWords = rawWords.map((w) => w.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase());
  if (nameWords.length < 2 || letters.length < 2) return false;
  const skippable = (w: string): boolean => NAME_PARTICLES.has(w) || w === 'the' || w === 'and' || countryWords.has(w);
  const memo = new Map<string, boolean>();
  const fit = (li: number, wi: number): boolean => {
    const key = `${li}:${wi}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let result = false;
    if (li === letters.length) result = nameWords.slice(wi).every(skippable);
    else if (wi < nameWords.length) {
      const word = nameWords[wi] ?? '';
      for (let n = Math.min(word.length, letters.length - li); n >= 1 && !result; n--) {
        if (word.slice(0, n) === letters.slice(li, li + n) && fit(li + n, wi + 1)) result = true;
      }
      if (!result && skippable(word)) result = fit(li, wi + 1);
    }
    memo.set(key, result);
    return result;
  };
  return fit(0, 0);
}

/** Adds a form to an actor unless it has it already (then a standalone form wins). */
export function addAlias(actor: DraftActor, text: string, standalone: boolean, caseSensitive = false): void {
  const clean = text.replace(/\s+/g, ' ').trim();
  // A form that is a function word ("He" of Guo He, "An") would match every pronoun and article.
  if (clean.length < 2 || FUNCTION_WORDS.has(clean.toLowerCase())) return;
  const key = foldPunctuation(clean).toLowerCase();
  const existing = actor.aliases.find((a) => foldPunctuation(a.text).toLowerCase() === key);
  if (existing) {
    existing.standalone ||= standalone;
    return;
  }
  actor.aliases.push({ text: clean, caseSensitive, standalone });
}

/** One line for a body of a given kind, such as "Government body of Kenya". */
export function describeOrgRole(kind: ActorKind, country?: string): string {
  const where = country ? ` of ${country === 'United States' ? 'the United States' : country}` : '';
  switch (kind) {
    case 'government':
      return `Government body${where}`;
    case 'military':
      return `Military command${where}`;
    case 'armed-group':
      return 'Armed group';
    default:
      return `Organisation${where}`;
  }
}

/** Whether an actor has an alias equal to `form`, ignoring case and curly punctuation. */
export function hasAlias(actor: DraftActor, form: string): boolean {
  const key = foldPunctuation(form).toLowerCase();
  return actor.aliases.some((al) => foldPunctuation(al.text).toLowerCase() === key);
}
