/**
 * Finds the actors an article names (people, organisations, armed groups, countries, their
 * governments and armed forces) and merges every form of each name into one actor with alias
 * rules: a surname or a short acronym alone needs context, acronyms are case-sensitive, an office
 * ("the prime minister") stands for its holder only when the article names one holder.
 *
 * Candidates come from compromise's part-of-speech tags and from our own rules over capitalised
 * word sequences, because compromise alone misses most non-English names and every acronym.
 */
import nlp from 'compromise';
import type { ActorKind } from '../pack';
import { NOT_NAMES } from '../lexicon/acronyms';
import { COUNTRIES, type CountryEntry } from '../lexicon/countries';
import { HONORIFICS, NAME_PARTICLES, NAME_SUFFIXES, NON_NAME_WORDS as FUNCTION_WORDS, OFFICE_NOUNS, ROLE_NOUNS, ROLE_TITLES, SPEAKS_FOR_NOUNS, TITLES } from '../lexicon/names';
import { ARMED_CONTEXT, CORPORATE_SUFFIXES, MILITARY_NOUNS, ORG_HEADS, PLACE_HEADS } from '../lexicon/organisations';
import { GENERIC_SOURCES as GENERIC_SPEAKERS, SPEECH_VERB_FORMS as SPEECH_VERBS } from '../lexicon/speech';
import { type Sentence, escapeRegExp, findSpeakerLabels, foldPunctuation, phrasePattern as phrasePatternSource, phraseRegExp, slugify, uniqueId } from './text';

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
}

/** A place in the text where an actor is named. */
export interface Mention {
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character. */
  end: number;
  /** The actor id. */
  actor: string;
}

interface Token {
  text: string;
  start: number;
  end: number;
  isCap: boolean;
  isPossessive: boolean;
  hasDot: boolean;
  sentence: number;
  isSentenceStart: boolean;
}

interface PersonCandidate {
  tokens: string[];
  start: number;
  titles: string[];
  titleCountry?: string;
  role?: string;
}

interface OrgCandidate {
  name: string;
  start: number;
  kind: ActorKind;
  country?: string;
}

/** Single-word offices that a portfolio can precede ("Water Minister", "Press Secretary"). */
const OFFICE_WORDS = OFFICE_NOUNS;

/** Whether a title names an office that one person holds ("prime minister", "water minister"). */
function isOfficeTitle(title: string): boolean {
  const lower = title.toLowerCase();
  return ROLE_TITLES.has(lower) || (lower.includes(' ') && OFFICE_WORDS.has(lower.split(/\s+/).pop()!));
}

const CONNECTORS = NAME_PARTICLES;
const ARABIC_ARTICLE = /^(?:al|el|ad|ash|as|at|az|ar|an)-/i;
const TOKEN_RE = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*(?:['’]s?(?![\p{L}]))?\.?/gu;

function tokenize(text: string, sentences: Sentence[]): Token[] {
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

/** Finds which country a form names ("US", "Iraqi", "Iraq’s"), if any. */
export function countryOf(form: string): CountryEntry | undefined {
  const folded = foldPunctuation(form).replace(/'s?$/, '').trim();
  return COUNTRY_INDEX.get(folded) ?? COUNTRY_INDEX.get(folded.toLowerCase());
}

const COUNTRY_INDEX = new Map<string, CountryEntry>();
/** Names and abbreviations only, without demonyms: the forms that name the country itself. */
const NAME_INDEX = new Map<string, CountryEntry>();
for (const country of COUNTRIES) {
  for (const form of [country.name, ...country.alt, ...country.demonyms]) {
    // All-caps abbreviations are looked up exactly, because "us" is a pronoun.
    COUNTRY_INDEX.set(/^[\p{Lu}.]+$/u.test(form) ? form : form.toLowerCase(), country);
  }
  for (const form of [country.name, ...country.alt]) NAME_INDEX.set(/^[\p{Lu}.]+$/u.test(form) ? form : form.toLowerCase(), country);
}

function isAcronym(word: string): boolean {
  return /^(?:\p{Lu}\.){2,}$/u.test(word) || /^\p{Lu}[\p{Lu}\d&]{1,7}$/u.test(word);
}

function titleAt(text: string, offset: number): string | undefined {
  const rest = text.slice(offset, offset + 40);
  for (const title of TITLES) {
    if (rest.startsWith(title) && !/[\p{L}]/u.test(rest[title.length] ?? ' ')) return title;
  }
  return undefined;
}

/** Whether a sentence is written in capitals, where acronyms cannot be told from words. */
function isShouting(sentence: string): boolean {
  const letters = sentence.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '');
  return letters.length > 12 && upper.length / letters.length > 0.6;
}

/** Whether a line is a headline in Title Case: most words of four letters or more capitalised. */
function isTitleCase(sentence: string): boolean {
  const longWords = sentence.split(/\s+/).filter((w) => /^[\p{L}]{4,}/u.test(w));
  if (longWords.length < 3) return false;
  const capitalised = longWords.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / longWords.length >= 0.85 && !/[.!?]["”’]?$/.test(sentence.trim());
}

/** Acronym built from the starts of the words of `name`, such as CENTCOM or IS. */
export function isAcronymOf(acronym: string, name: string): boolean {
  const letters = acronym.replace(/\./g, '').toLowerCase();
  const rawWords = name.split(/[\s-]+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  const countryWords = new Set(rawWords.filter((w) => countryOf(w)).map((w) => w.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase()));
  const nameWords = rawWords.map((w) => w.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase());
  if (nameWords.length < 2 || letters.length < 2) return false;
  const skippable = (w: string): boolean => CONNECTORS.has(w) || w === 'the' || w === 'and' || countryWords.has(w);
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

function addAlias(actor: DraftActor, text: string, standalone: boolean, caseSensitive = false): void {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length < 2) return;
  const key = foldPunctuation(clean).toLowerCase();
  const existing = actor.aliases.find((a) => foldPunctuation(a.text).toLowerCase() === key);
  if (existing) {
    existing.standalone ||= standalone;
    return;
  }
  actor.aliases.push({ text: clean, caseSensitive, standalone });
}

/** What follows the place of a dateline: ", Congo (AP) —", " (Reuters) -". */
const DATELINE_TAIL = /^\s*(?:,[^—–\n(]{0,30})?\s*(?:\([^)\n]{1,30}\))?\s*(?:—|–|--?)\s/;

const ARMED_ALTERNATION = ARMED_CONTEXT.map(escapeRegExp).join('|');
const ARMED_AFTER_RE = new RegExp(`^(?:'s?)?\\s+(?:[\\p{L}-]+\\s+)?(?:${ARMED_ALTERNATION})(?![\\p{L}])`, 'u');
const ARMED_BEFORE_RE = new RegExp(`(?<![\\p{L}])(?:${ARMED_ALTERNATION})\\s+(?:(?:group|organi[sz]ation|movement)\\s+)?(?:(?:also\\s+)?(?:known\\s+as|called)\\s+)?(?:the\\s+|of\\s+|,\\s*)?$`, 'u');

function hasArmedContext(text: string, spans: ReadonlyArray<{ start: number; end: number }>): boolean {
  return spans.some((s) => {
    // Only the words right next to the name: "ISIS fighters", "the terrorist group ISIS",
    // "the Islamic State terror group"; a "terror" further along the sentence says nothing.
    const after = foldPunctuation(text.slice(s.end, s.end + 30)).toLowerCase();
    const before = foldPunctuation(text.slice(Math.max(0, s.start - 30), s.start)).toLowerCase();
    return ARMED_AFTER_RE.test(after) || ARMED_BEFORE_RE.test(before);
  });
}

/**
 * Drafts the actors of an article. Returns them in the order the article introduces them, with
 * warnings for the choices a reviewer should check, and the article's common nouns (compromise's
 * tags are computed here once, and claims use them to pick topics).
 */
export function extractActors(
  text: string,
  sentences: Sentence[],
): { actors: DraftActor[]; warnings: string[]; nouns: Set<string>; tagsAt: Map<number, Set<string>> } {
  const warnings: string[] = [];
  const folded = foldPunctuation(text);
  const tokens = tokenize(text, sentences);
  const shouting = new Set(sentences.filter((s) => isShouting(s.text)).map((s) => s.index));
  // Headlines in Title Case capitalise every word, so capitalised runs there are not names.
  const titleCase = new Set(sentences.filter((s) => isTitleCase(s.text)).map((s) => s.index));

  // compromise's tags, by character offset, for the words it knows to be names or common words.
  const tagsAt = new Map<number, Set<string>>();
  type TermJson = { text: string; tags: string[]; offset: { start: number } };
  // Common nouns, which the claim builder prefers for a claim's topic.
  const nouns = new Set<string>();
  // compromise reads one paragraph at a time, from our sentences: on a run-on text its own
  // sentences grow long and its tagger slows down far faster than linearly.
  const chunks: Array<{ start: number; end: number }> = [];
  for (const sentence of sentences) {
    const last = chunks[chunks.length - 1];
    if (last && sentences[sentence.index - 1]?.paragraph === sentence.paragraph && sentence.end - last.start < 2_000) last.end = sentence.end;
    else chunks.push({ start: sentence.start, end: sentence.end });
  }
  for (const chunk of chunks) {
    const doc = nlp(text.slice(chunk.start, chunk.end));
    for (const sentence of doc.json({ offset: true, terms: { offset: true } }) as Array<{ terms: TermJson[] }>) {
      for (const term of sentence.terms) {
        tagsAt.set(chunk.start + term.offset.start, new Set(term.tags));
        if (term.tags.includes('Noun') && !term.tags.includes('ProperNoun') && !term.tags.includes('Pronoun')) nouns.add(foldPunctuation(term.text).toLowerCase().replace(/[^\p{L}\p{N}'-]/gu, ''));
      }
    }
  }
  const tagged = (token: Token, tag: string): boolean => tagsAt.get(token.start)?.has(tag) ?? false;

  const people: PersonCandidate[] = [];
  const orgs: OrgCandidate[] = [];
  const acronyms = new Map<string, Array<{ start: number; end: number }>>();

  // Capitalised sequences: names of people and organisations.
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    if (!first?.isCap) continue;
    const seq: Token[] = [first];
    let j = i + 1;
    while (j < tokens.length) {
      const prev = seq[seq.length - 1]!;
      const next = tokens[j]!;
      if (next.sentence !== prev.sentence || prev.isPossessive) break;
      if (prev.hasDot && !(prev.text.length === 1 || titleAt(text, prev.start) || /^(?:\p{Lu}\.)+/u.test(prev.text))) break;
      if (!/^\s+$/.test(text.slice(prev.end + (prev.hasDot ? 1 : 0), next.start))) break;
      if (next.isCap) {
        seq.push(next);
        j++;
        continue;
      }
      const after = tokens[j + 1];
      const lower = next.text.toLowerCase();
      // "and" joins only inside an "of" name: "Society of Engineers and Firemen", not "Baghdad and Washington".
      const connects =
        CONNECTORS.has(lower) || (lower === 'the' && prev.text.toLowerCase() === 'of') || (lower === 'and' && seq.some((t) => t.text === 'of'));
      if (connects && after?.isCap && after.sentence === next.sentence) {
        seq.push(next);
        j++;
        continue;
      }
      break;
    }
    i = j - 1;
    // Drop leading words that are capitalised only because they start the sentence.
    while (seq.length > 0) {
      const head = seq[0]!;
      const lower = head.text.toLowerCase();
      // A sentence's first word is capitalised anyway; it stays when it reads as a noun that
      // starts a longer name ("Network Rail", "Transport Secretary Louise Haigh").
      // compromise often reads such a word as an imperative ("Network", "Transport"), so the
      // next word decides: a proper noun, a title or an acronym makes the pair a name.
      const next = seq[1];
      const nounLead =
        next !== undefined &&
        !FUNCTION_WORDS.has(next.text.toLowerCase()) &&
        (tagged(next, 'ProperNoun') || titleAt(text, next.start) !== undefined || isAcronym(next.text)) &&
        !['Adverb', 'Modal', 'Auxiliary', 'Gerund', 'PastTense', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Adjective', 'Plural', 'Date'].some((t) => tagged(head, t));
      const commonStart =
        head.isSentenceStart && !nounLead && !titleAt(text, head.start) && !tagged(head, 'ProperNoun') && !tagged(head, 'Person') && !tagged(head, 'Place') && !isAcronym(head.text);
      if (FUNCTION_WORDS.has(lower) || CONNECTORS.has(lower) || commonStart) seq.shift();
      else break;
    }
    while (seq.length > 0 && CONNECTORS.has(seq[seq.length - 1]!.text.toLowerCase())) seq.pop();
    if (seq.length === 0) continue;
    if (seq.every((t) => shouting.has(t.sentence) || titleCase.has(t.sentence))) continue;
    classifySequence(seq);
  }

  function classifySequence(seq: Token[]): void {
    const start = seq[0]!.start;
    const end = seq[seq.length - 1]!.end;
    const raw = text.slice(start, end);
    // A leading country form qualifies what follows: "US Major General …", "U.S. Central Command".
    let rest = seq;
    let country: CountryEntry | undefined;
    const lead = countryOf(seq[0]!.text);
    if (lead && seq.length > 1) {
      country = lead;
      rest = seq.slice(1);
    }
    const restStart = rest[0]!.start;
    const lowerWords = rest.map((t) => t.text.toLowerCase());
    const headIndex = lowerWords.findLastIndex((w) => ORG_HEADS[w] !== undefined);

    // A title, then a name: the name is what follows the last title of the sequence, and the
    // title is the longest one ending there ("Pentagon Press Secretary Air Force Major Gen. Pat
    // Ryder" is Pat Ryder; "Major General Kevin Leahy" keeps "Major General").
    let personAt: { k: number; title: string; nameFrom: number } | undefined;
    for (let k = 0; k < rest.length; k++) {
      const t = titleAt(text, rest[k]!.start);
      if (!t) continue;
      const nameFrom = k + t.split(/\s+/).length;
      const names = rest.slice(nameFrom).filter((x) => !HONORIFICS.has(x.text.toLowerCase()));
      const valid = names.length > 0 && names.length <= 5 && names.every((x) => !countryOf(x.text) && ORG_HEADS[x.text.toLowerCase()] === undefined && !titleAt(text, x.start) && !FUNCTION_WORDS.has(x.text.toLowerCase()));
      if (!valid) continue;
      if (!personAt || nameFrom > personAt.nameFrom) personAt = { k, title: t, nameFrom };
    }
    if (personAt) {
      const nameTokens = rest.slice(personAt.nameFrom).filter((t) => !HONORIFICS.has(t.text.toLowerCase()));
      // An office named by its portfolio: "Fisheries Minister", "Pentagon Press Secretary".
      let title = personAt.title;
      if (OFFICE_WORDS.has(title.toLowerCase())) {
        let k = personAt.k;
        while (k > 0 && personAt.k - k < 3 && rest[k - 1]!.isCap && !countryOf(rest[k - 1]!.text) && !titleAt(text, rest[k - 1]!.start)) k--;
        if (k < personAt.k) title = text.slice(rest[k]!.start, rest[personAt.k]!.end);
      }
      const candidate: PersonCandidate = { tokens: nameTokens.map((t) => t.text), start: nameTokens[0]!.start, titles: [title] };
      const before = seq[0]!.start > 0 ? tokens[tokens.indexOf(seq[0]!) - 1] : undefined;
      const owner = country ?? (before?.isPossessive && before.sentence === seq[0]!.sentence ? countryOf(before.text) : undefined);
      if (owner) candidate.titleCountry = owner.name;
      const prefix = text.slice(start, rest[personAt.nameFrom]!.start).trim();
      if (prefix.split(/\s+/).length > title.split(/\s+/).length + (country ? 1 : 0)) candidate.role = prefix;
      people.push(candidate);
      return;
    }
    if (headIndex >= 0) {
      const head = lowerWords[headIndex]!;
      let kind = ORG_HEADS[head]!;
      // "US troops"-style names are armed forces handled apart; a country's own government or
      // army ("Iraqi Army", "the British Government") stays attached to that country.
      if (rest.length === 1 && !country) return; // A lone "Coalition" or "Group" at a sentence start.
      if (countryOf(rest[0]!.text) && rest.length === 2 && kind !== 'organization') country = countryOf(rest[0]!.text);
      if (kind === 'organization' && head === 'group' && hasArmedContext(text, [{ start, end }])) kind = 'armed-group';
      const candidate: OrgCandidate = { name: raw.replace(/\s+/g, ' '), start, kind };
      if (country) candidate.country = country.name;
      orgs.push(candidate);
      return;
    }
    // A name compromise recognises as a person.
    const personLike = rest.filter((t) => tagged(t, 'Person') || tagged(t, 'FirstName') || tagged(t, 'LastName')).length;
    const allNames = rest.every((t) => !countryOf(t.text) && !isAcronym(t.text) && !FUNCTION_WORDS.has(t.text.toLowerCase()) && !PLACE_HEADS.has(t.text.toLowerCase()));
    if (allNames && rest.length >= 2 && rest.length <= 5 && personLike >= 1 && !rest.some((t) => tagged(t, 'Place') && !tagged(t, 'Person'))) {
      // Leading common nouns are a description, not the name: "Harbour Master Lena Okonkwo".
      const firstName = rest.findIndex((t) => tagged(t, 'FirstName'));
      const nameTokens = firstName > 0 && rest.length - firstName >= 2 ? rest.slice(firstName) : rest;
      const candidate: PersonCandidate = { tokens: nameTokens.map((t) => t.text), start: nameTokens[0]!.start, titles: [] };
      if (nameTokens !== rest) candidate.role = text.slice(restStart, nameTokens[0]!.start).trim();
      people.push(candidate);
      return;
    }
    // Two to four capitalised words right before or after a speech verb, or set off by commas
    // after a role ("the head of the agency, Marek Zielinski,"), are a person, whatever
    // compromise thinks.
    if (allNames && rest.length >= 2 && rest.length <= 4 && (isSpeechNeighbour(text, restStart, end) || isRoleApposition(text, restStart, end))) {
      people.push({ tokens: rest.map((t) => t.text), start: restStart, titles: [] });
      return;
    }
  }

  // A transcript names its speakers in capitals before a colon; read them as written in Title Case.
  const labels = findSpeakerLabels(text);
  for (const label of labels) {
    if (label.isQuestion) continue;
    const parts = label.name.split(/\s+/);
    let nameFrom = 0;
    let title: string | undefined;
    for (let k = 0; k < parts.length; k++) {
      const t = titleAt(label.name, label.name.split(/\s+/).slice(0, k).join(' ').length + (k > 0 ? 1 : 0));
      // The longest title wins: "Deputy Press Secretary", not "Secretary".
      if (t && k + t.split(/\s+/).length > nameFrom) {
        title = t;
        nameFrom = k + t.split(/\s+/).length;
      }
    }
    const names = parts.slice(nameFrom).filter((w) => !HONORIFICS.has(w.toLowerCase().replace('.', '')));
    if (names.length < 2 || names.length > 4) continue;
    const titleText = title ? parts.slice(0, nameFrom).join(' ') : undefined;
    const candidate: PersonCandidate = { tokens: names, start: label.start, titles: title ? [title] : [] };
    if (titleText && titleText !== title) candidate.role = titleText;
    people.push(candidate);
  }
  const inLabel = (offset: number): boolean => labels.some((l) => offset >= l.start && offset < l.end);

  // Acronyms anywhere (also inside longer names: "Global Coalition against ISIS").
  for (const token of tokens) {
    if (!isAcronym(token.text) || NOT_NAMES.has(token.text.replace(/\./g, '')) || shouting.has(token.sentence) || inLabel(token.start)) continue;
    if (countryOf(token.text) || titleAt(text, token.start)) continue;
    // Digits only in a letters-then-number name used more than once ("M23", "G7"), not "CS1" once.
    if (/\d/.test(token.text) && !(/^\p{Lu}{1,3}\d{1,3}$/u.test(token.text) && tokens.filter((t) => t.text === token.text).length >= 2)) continue;
    // A dateline ("BRASILIA —", "KYIV, March 3 —") names a place, not an organisation.
    if (token.isSentenceStart && DATELINE_TAIL.test(text.slice(token.end, token.end + 50))) continue;
    // Parts of addresses ("HTTPS://", "www.X.com") are not names.
    if (/:\/\/|www\.|\.(?:com|org|gov|mil|net)\b/i.test(text.slice(Math.max(0, token.start - 8), token.end + 8))) continue;
    const list = acronyms.get(token.text) ?? [];
    list.push({ start: token.start, end: token.end });
    acronyms.set(token.text, list);
  }

  // Build the actors.
  const actors: DraftActor[] = [];
  const ids = new Set<string>();
  const newActor = (name: string, kind: ActorKind, firstOffset: number, role: string): DraftActor => {
    const actor: DraftActor = { id: uniqueId(slugify(name), ids), name, kind, role, aliases: [], firstOffset };
    actors.push(actor);
    return actor;
  };

  // Countries, with the forms the article uses and the capital standing for the government.
  // One pass over the words finds the countries named, instead of one search per country.
  const named = new Map<CountryEntry, Map<string, number>>();
  for (let i = 0; i < tokens.length; i++) {
    for (let n = 1; n <= 4 && i + n <= tokens.length; n++) {
      const group = tokens.slice(i, i + n);
      if (group.some((t, k) => k > 0 && t.sentence !== group[0]!.sentence)) break;
      const phrase = n === 1 ? group[0]!.text.split('-')[0]! : group.map((t) => t.text).join(' ');
      const country = NAME_INDEX.get(phrase) ?? NAME_INDEX.get(phrase.toLowerCase());
      if (!country || (n === 1 && !group[0]!.isCap)) continue;
      const forms = named.get(country) ?? new Map<string, number>();
      const canonical = [country.name, ...country.alt].find((f) => f === phrase || f.toLowerCase() === phrase.toLowerCase())!;
      if (!forms.has(canonical)) forms.set(canonical, group[0]!.start);
      named.set(country, forms);
    }
  }
  for (const [country, formsFound] of named) {
    const first = Math.min(...formsFound.values());
    const forms = [...formsFound.keys()].map((form) => ({ form, caseSensitive: /^[\p{Lu}.]+$/u.test(form) }));
    if (forms.length === 0) continue;
    const actor = newActor(country.name, 'country', first, 'Country');
    actor.country = country.name;
    addAlias(actor, country.name, true);
    for (const { form, caseSensitive } of forms) addAlias(actor, form, form.replace(/\./g, '').length > 2 || !caseSensitive, caseSensitive);
    if (country.capital && phraseRegExp(country.capital, 'u').test(folded)) addAlias(actor, country.capital, false);
    // The country's government is the country as an actor: "Iraq's government", "the Iraqi government".
    for (const form of [...forms.map((f) => `${f.form}'s government`), ...country.demonyms.map((d) => `${d} government`), `government of ${country.name}`]) {
      const m = phraseRegExp(form, 'iu').exec(folded);
      if (m) addAlias(actor, text.slice(m.index, m.index + m[0].length), true);
    }
  }

  // A country's armed forces: "US troops", "Iraq's armed forces", "American soldiers".
  const militaryForms = new Map<string, Array<{ form: string; start: number }>>();
  {
    const countryForms = [...COUNTRY_INDEX.keys()].sort((a, b) => b.length - a.length).map((f) => escapeRegExp(f));
    const nouns = [...MILITARY_NOUNS].sort((a, b) => b.length - a.length).map((n) => escapeRegExp(n));
    const re = new RegExp(`(?<![\\p{L}\\p{N}])(${countryForms.join('|')})(?:'s)?\\s+(?:(?:own|national)\\s+)?(${nouns.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
    let m: RegExpExecArray | null;
    while ((m = re.exec(folded)) !== null) {
      const country = countryOf(m[1]!);
      // Lower-case "us troops" is a pronoun; abbreviations must keep their case.
      if (!country || (/^[\p{Lu}.]+$/u.test(country.alt.find((a) => a.toLowerCase() === m![1]!.toLowerCase()) ?? '') && m[1] !== m[1]!.toUpperCase())) continue;
      const list = militaryForms.get(country.name) ?? [];
      list.push({ form: text.slice(m.index, m.index + m[0].length), start: m.index });
      militaryForms.set(country.name, list);
    }
  }
  for (const [countryName, forms] of militaryForms) {
    const country = COUNTRIES.find((c) => c.name === countryName)!;
    const military = forms.find((f) => /military$/i.test(f.form));
    const demonymForm = forms.find((f) => country.demonyms.some((d) => f.form.toLowerCase().startsWith(d.toLowerCase())));
    const name = military ? military.form : demonymForm ? `${demonymForm.form.split(/\s+/)[0]} forces` : forms[0]!.form;
    const actor = newActor(name, 'military', Math.min(...forms.map((f) => f.start)), `Armed forces of ${countryName === 'United States' ? 'the United States' : countryName}`);
    actor.country = countryName;
    for (const { form } of forms) addAlias(actor, form, true, /\b\p{Lu}{2,}\b/u.test(form));
  }

  // Organisations, merged by name and by shared prefix ("Global Coalition" in "Global Coalition against ISIS").
  const orgActors: DraftActor[] = [];
  for (const candidate of orgs.sort((a, b) => b.name.length - a.name.length)) {
    const key = foldPunctuation(candidate.name).toLowerCase();
    const same = orgActors.find((a) => a.aliases.some((al) => {
      const k = foldPunctuation(al.text).toLowerCase();
      return k === key || k.startsWith(`${key} `);
    }));
    if (same) {
      addAlias(same, candidate.name, true);
      same.firstOffset = Math.min(same.firstOffset, candidate.start);
      continue;
    }
    const actor = newActor(candidate.name, candidate.kind, candidate.start, describeOrgRole(candidate.kind, candidate.country));
    if (candidate.country) actor.country = candidate.country;
    addAlias(actor, candidate.name, true);
    orgActors.push(actor);
  }

  // "the Islamic State group": the capitalised part is the group's name.
  {
    const re = /(?<![\p{L}])((?:\p{Lu}[\p{L}-]*\s+){1,4})(?:(terrorist|terror|militant|jihadist|armed|rebel|extremist|insurgent)\s+)?group\b/gu;
    let m: RegExpExecArray | null;
    while ((m = re.exec(folded)) !== null) {
      const name = m[1]!.trim();
      const words = name.split(/\s+/);
      while (words.length > 0 && FUNCTION_WORDS.has(words[0]!.toLowerCase())) words.shift();
      if (words.length === 0 || words.every((w) => isAcronym(w)) || countryOf(words.join(' '))) continue;
      if (words.some((w) => ORG_HEADS[w.toLowerCase()] !== undefined)) continue;
      const clean = words.join(' ');
      const start = m.index + m[0].indexOf(clean);
      const armed = m[2] !== undefined || hasArmedContext(text, [{ start, end: start + clean.length }]);
      let actor = orgActors.find((a) => a.aliases.some((al) => foldPunctuation(al.text).toLowerCase() === clean.toLowerCase()));
      if (!actor) {
        actor = newActor(clean, armed ? 'armed-group' : 'organization', start, armed ? 'Armed group' : 'Group');
        addAlias(actor, clean, true);
        orgActors.push(actor);
      } else if (armed) actor.kind = 'armed-group';
    }
  }

  // Acronyms: joined to the name they abbreviate, or actors of their own.
  const definitions = findAcronymDefinitions(folded, acronyms);
  for (const [acronym, spans] of acronyms) {
    if (spans.length === 0) continue;
    const letters = acronym.replace(/\./g, '').length;
    const defined = definitions.get(acronym);
    let owner = defined
      ? orgActors.find((a) => a.aliases.some((al) => foldPunctuation(al.text).toLowerCase() === defined.toLowerCase()))
      : orgActors.find((a) => a.aliases.some((al) => isAcronymOf(acronym, al.text)));
    if (!owner && defined) {
      const head = defined.toLowerCase().split(/\s+/).reverse().find((w) => ORG_HEADS[w] !== undefined);
      owner = newActor(defined, head ? ORG_HEADS[head]! : 'organization', spans[0]!.start, 'Organisation');
      addAlias(owner, defined, true);
      orgActors.push(owner);
    }
    if (owner) {
      addAlias(owner, acronym, letters > 3, true);
      owner.firstOffset = Math.min(owner.firstOffset, spans[0]!.start);
      continue;
    }
    const kind: ActorKind = hasArmedContext(text, spans) ? 'armed-group' : 'organization';
    const actor = newActor(acronym, kind, spans[0]!.start, kind === 'armed-group' ? 'Armed group' : 'Organisation');
    addAlias(actor, acronym, letters > 3 || (letters === 3 && spans.length > 0), true);
    orgActors.push(actor);
  }

  // "Associated Society of … (Aslef)": a capitalised word in brackets right after a name is its short form.
  for (const actor of orgActors) {
    for (const alias of [...actor.aliases]) {
      const m = new RegExp(`${escapeRegExp(foldPunctuation(alias.text))}\\s*\\(\\s*(\\p{Lu}[\\p{L}]{1,12})\\s*\\)`, 'u').exec(folded);
      if (!m || FUNCTION_WORDS.has(m[1]!.toLowerCase()) || countryOf(m[1]!)) continue;
      // "LONDON (Reuters) -" is a dateline and its news agency, not a name and its short form.
      if (DATELINE_TAIL.test(folded.slice(m.index + alias.text.length, m.index + alias.text.length + 50))) continue;
      const short = m[1]!;
      const other = orgActors.find((a) => a !== actor && a.aliases.some((al) => al.text === short));
      if (other) continue;
      addAlias(actor, short, short.length > 3, isAcronym(short));
    }
  }

  // "Lumora Technologies" is "Lumora" once introduced, when the article uses the short name.
  for (const actor of orgActors) {
    const words = actor.name.split(/\s+/);
    const last = words[words.length - 1]!.replace(/[.,]$/, '').toLowerCase();
    if (words.length < 2 || !CORPORATE_SUFFIXES.has(last)) continue;
    const short = words.slice(0, -1).join(' ');
    if (FUNCTION_WORDS.has(short.toLowerCase()) || countryOf(short) || actors.some((a) => a !== actor && a.aliases.some((al) => al.text === short))) continue;
    const alone = new RegExp(`${phrasePatternSource(short)}(?!\\s+${escapeRegExp(words[words.length - 1]!)})`, 'u');
    if (alone.test(folded)) addAlias(actor, short, true);
  }

  // "X, also known as Y or Z": merge the acronym actors into the group they rename.
  mergeAlsoKnownAs(folded, orgActors, actors);

  // Armed groups named by an acronym and described by the article as fighting.
  for (const actor of orgActors) {
    if (actor.kind !== 'organization') continue;
    const spans = findAliasSpans(folded, actor);
    if (hasArmedContext(text, spans) && spans.length > 0) {
      const aroundCount = spans.filter((s) => hasArmedContext(text, [s])).length;
      if (aroundCount >= 1 && actor.aliases.every((a) => ORG_HEADS[a.text.split(/\s+/).pop()!.toLowerCase()] === undefined || /group$/i.test(a.text))) actor.kind = 'armed-group';
    }
  }

  // Lower-case references to an organisation by its head noun: "the coalition", "the US-led coalition".
  addHeadNounAliases(folded, text, orgActors);

  // "The army said": with one national army in the article, the common noun is that army.
  const militaries = actors.filter((a) => a.kind === 'military' && a.country);
  if (militaries.length === 1) {
    for (const noun of ['army', 'military', 'armed forces']) {
      if (new RegExp(`(?<![\\p{L}])[Tt]he ${noun}(?![\\p{L}])`, 'u').test(folded)) addAlias(militaries[0]!, noun, false);
    }
  }

  // People, merged by surname.
  mergePeople(text, folded, people, tokens, actors, newActor, warnings);
  // "she" and "he" resolve to a person of the right kind: from the first name as compromise
  // knows it, or from an honorific ("Ms Haigh", "Mr Whelan").
  for (const actor of actors) {
    if (actor.kind !== 'person') continue;
    for (const span of findAliasSpans(folded, actor)) {
      const tags = tagsAt.get(span.start);
      const honorific = /(?:^|\s)(Mr|Mrs|Ms|Miss)\.?\s+$/.exec(text.slice(Math.max(0, span.start - 6), span.start))?.[1];
      if (tags?.has('FemaleName') || (honorific && honorific !== 'Mr')) actor.gender = 'female';
      else if (tags?.has('MaleName') || honorific === 'Mr') actor.gender = 'male';
      if (actor.gender) break;
    }
  }

  // A single capitalised word that speaks ("Greenpeace said", "according to Reuters") and is
  // nobody's name yet: an organisation, since people are introduced by their full name.
  const known = (word: string): boolean => actors.some((a) => a.aliases.some((al) => foldPunctuation(al.text).toLowerCase() === foldPunctuation(word).toLowerCase()));
  for (const token of tokens) {
    if (!token.isCap || token.text.length < 3 || isAcronym(token.text) || shouting.has(token.sentence) || titleCase.has(token.sentence)) continue;
    const lower = token.text.toLowerCase();
    if (FUNCTION_WORDS.has(lower) || countryOf(token.text) || COUNTRIES.some((c) => c.capital === token.text) || titleAt(text, token.start) || ORG_HEADS[lower] !== undefined) continue;
    const prev = tokens[tokens.indexOf(token) - 1];
    if (prev && prev.sentence === token.sentence && prev.isCap && /^\s+$/.test(text.slice(prev.end, token.start))) continue;
    const after = foldPunctuation(text.slice(token.end, token.end + 30)).toLowerCase();
    const before = foldPunctuation(text.slice(Math.max(0, token.start - 14), token.start)).toLowerCase();
    const speaks = (SPEECH_AFTER_RE.test(after) && !token.isPossessive) || /according to\s+$/.test(before);
    if (!speaks || known(token.text) || tagged(token, 'Person') || tagged(token, 'FirstName') || tagged(token, 'Place')) continue;
    // "Analysts said", "Officials said": a plural or a common noun starting a sentence is nobody.
    if (tagged(token, 'Plural') || GENERIC_SPEAKERS.has(lower)) continue;
    const actor = newActor(token.text, 'organization', token.start, 'Organisation');
    addAlias(actor, token.text, true);
  }

  // Drop actors left without a name by a merge, and describe groups by their final kind.
  const kept = actors.filter((a) => a.aliases.length > 0);
  for (const actor of kept) {
    if (actor.kind !== 'person' && actor.kind !== 'country' && /^(?:Group|Organisation|Armed group)$/.test(actor.role)) actor.role = describeOrgRole(actor.kind, actor.country);
  }
  kept.sort((a, b) => a.firstOffset - b.firstOffset);
  return { actors: kept, warnings, nouns, tagsAt };
}

function describeOrgRole(kind: ActorKind, country?: string): string {
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

const SPEECH_ALTERNATION = SPEECH_VERBS.map(escapeRegExp).join('|');
const SPEECH_AFTER_RE = new RegExp(`^,?\\s+(?:\\w+ly\\s+)?(?:${SPEECH_ALTERNATION})\\b`);
const SPEECH_BEFORE_RE = new RegExp(`\\b(?:${SPEECH_ALTERNATION}),?\\s+$`);

function isSpeechNeighbour(text: string, start: number, end: number): boolean {
  const after = foldPunctuation(text.slice(end, end + 30)).toLowerCase();
  const before = foldPunctuation(text.slice(Math.max(0, start - 30), start)).toLowerCase();
  return SPEECH_AFTER_RE.test(after) || SPEECH_BEFORE_RE.test(before);
}

const ROLE_NOUN_ALTERNATION = [...ROLE_NOUNS].sort((a, b) => b.length - a.length).join('|');
const ROLE_BEFORE_RE = new RegExp(`\\b(?:${ROLE_NOUN_ALTERNATION})\\b[^,.;:]{0,60},\\s*$`, 'i');
const ROLE_AFTER_RE = new RegExp(`^,\\s+(?:the|a|an|its|his|her|their)\\s+(?:[\\p{L}-]+\\s+){0,3}(?:${ROLE_NOUN_ALTERNATION})\\b`, 'iu');

function isRoleApposition(text: string, start: number, end: number): boolean {
  const before = foldPunctuation(text.slice(Math.max(0, start - 80), start));
  const after = foldPunctuation(text.slice(end, end + 60));
  return (ROLE_BEFORE_RE.test(before) && /^\s*[,.;]/.test(after)) || ROLE_AFTER_RE.test(after);
}

/** Finds "Full Name (ACR)", "ACR (Full Name)" and "Full Name, or ACR," definitions. */
function findAcronymDefinitions(folded: string, acronyms: Map<string, unknown>): Map<string, string> {
  const out = new Map<string, string>();
  for (const acronym of acronyms.keys()) {
    const a = escapeRegExp(acronym);
    const name = "((?:\\p{Lu}[\\p{L}'.-]*|of|the|for|and|against|de|al)(?:\\s+(?:\\p{Lu}[\\p{L}'.-]*|of|the|for|and|against|de|al)){1,8})";
    const forward = new RegExp(`${name}\\s*\\(\\s*${a}\\s*\\)`, 'u').exec(folded);
    const backward = new RegExp(`(?<![\\p{L}])${a}\\s*\\(\\s*${name}\\s*\\)`, 'u').exec(folded);
    const hit = forward?.[1] ?? backward?.[1];
    if (hit) {
      const words = hit.split(/\s+/);
      while (words.length > 0 && FUNCTION_WORDS.has(words[0]!.toLowerCase())) words.shift();
      // Keep only the words the acronym covers when the name ran on before it.
      for (let k = 0; k < words.length - 1; k++) {
        if (FUNCTION_WORDS.has(words[k]!.toLowerCase()) || /[.!?]$/.test(words[k]!) || /'s?$/.test(words[k]!) || countryOf(words[k]!)) continue;
        if (isAcronymOf(acronym, words.slice(k).join(' '))) {
          out.set(acronym, words.slice(k).join(' '));
          break;
        }
      }
      if (!out.has(acronym) && words.length > 1) out.set(acronym, words.join(' '));
    }
  }
  return out;
}

function findAliasSpans(folded: string, actor: DraftActor): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (const alias of actor.aliases) {
    const re = phraseRegExp(alias.text, alias.caseSensitive ? 'gu' : 'giu');
    let m: RegExpExecArray | null;
    while ((m = re.exec(folded)) !== null) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

/**
 * "The group, also known as IS or ISIS": the acronyms join the group named just before. An
 * acronym that became an actor of its own is folded into that group.
 */
function mergeAlsoKnownAs(folded: string, orgActors: DraftActor[], actors: DraftActor[]): void {
  const re = /(?:(?:also |otherwise |commonly )?(?:known as|called|referred to as)|\baka|\ba\.k\.a\.)\s+((?:(?:the\s+)?[\p{Lu}][\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)*)(?:\s*(?:,|\/|or|and)\s*(?:the\s+)?[\p{Lu}][\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)*)*)/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(folded)) !== null) {
    const names = m[1]!.split(/\s*(?:,|\/|\bor\b|\band\b)\s*/).map((n) => n.replace(/^the\s+/, '').trim()).filter(Boolean);
    // The antecedent: the last organisation named before the phrase, outside the names themselves.
    const before = m.index;
    let target: DraftActor | undefined;
    let best = -1;
    for (const actor of orgActors) {
      if (names.includes(actor.name)) continue;
      for (const span of findAliasSpans(folded, actor)) {
        if (span.end <= before && span.start > best && before - span.end < 300) {
          best = span.start;
          target = actor;
        }
      }
    }
    if (!target) continue;
    for (const name of names) {
      const other = orgActors.find((a) => a !== target && a.aliases.some((al) => al.text === name));
      if (other) {
        for (const alias of other.aliases) target.aliases.push(alias);
        target.firstOffset = Math.min(target.firstOffset, other.firstOffset);
        if (other.kind === 'armed-group') target.kind = 'armed-group';
        other.aliases = [];
        orgActors.splice(orgActors.indexOf(other), 1);
        actors.splice(actors.indexOf(other), 1);
      } else {
        addAlias(target, name, name.length > 3, isAcronym(name));
      }
    }
  }
}

function addHeadNounAliases(folded: string, text: string, orgActors: DraftActor[]): void {
  const byHead = new Map<string, DraftActor[]>();
  for (const actor of orgActors) {
    const words = actor.name.toLowerCase().split(/\s+/);
    const head = words.find((w) => ORG_HEADS[w] !== undefined && w !== 'news' && w !== 'times' && w !== 'post');
    if (!head) continue;
    const list = byHead.get(head) ?? [];
    list.push(actor);
    byHead.set(head, list);
  }
  for (const [head, list] of byHead) {
    if (list.length !== 1) continue;
    const actor = list[0]!;
    const re = new RegExp(`(?<![\\p{L}])[Tt]he\\s+((?:[\\p{L}.'-]+\\s+){0,2})${escapeRegExp(head)}(?![\\p{L}])`, 'gu');
    let m: RegExpExecArray | null;
    let bare = false;
    while ((m = re.exec(folded)) !== null) {
      const modifiers = m[1]!.trim().split(/\s+/).filter(Boolean);
      // Lower-case words only, or a "US-led" style compound: otherwise it is a different name.
      if (modifiers.some((w) => /^\p{Lu}/u.test(w) && !/-(?:led|backed|based|run|funded)$/i.test(w))) continue;
      if (modifiers.some((w) => FUNCTION_WORDS.has(w.toLowerCase()) || /^\d/.test(w))) continue;
      bare = true;
      if (modifiers.length > 0) addAlias(actor, text.slice(m.index + 4, m.index + m[0].length).trim(), false);
    }
    if (bare) addAlias(actor, head, false);
  }
}

function mergePeople(
  text: string,
  folded: string,
  candidates: PersonCandidate[],
  tokens: Token[],
  actors: DraftActor[],
  newActor: (name: string, kind: ActorKind, firstOffset: number, role: string) => DraftActor,
  warnings: string[],
): void {
  interface Person {
    full: string[];
    variants: Set<string>;
    titles: Set<string>;
    titleCountries: Set<string>;
    roles: string[];
    start: number;
    surname: string;
  }
  const surnameOf = (parts: string[]): string => {
    const core = parts.filter((p) => !NAME_SUFFIXES.has(p.toLowerCase().replace(/\./g, '')));
    return core[core.length - 1] ?? parts[parts.length - 1] ?? '';
  };
  const bareSurname = (s: string): string => s.replace(ARABIC_ARTICLE, '').toLowerCase();
  const persons: Person[] = [];
  for (const c of candidates.sort((a, b) => b.tokens.length - a.tokens.length || a.start - b.start)) {
    const parts = c.tokens;
    const surname = surnameOf(parts);
    const firstName = parts.length > 1 ? parts[0]!.toLowerCase() : undefined;
    const match = persons.find((p) => {
      if (bareSurname(p.surname) !== bareSurname(surname)) return false;
      if (!firstName || p.full.length === 1) return true;
      const pf = p.full[0]!.toLowerCase();
      return pf === firstName || (firstName.length <= 2 && pf.startsWith(firstName.replace('.', '')));
    });
    const variant = parts.join(' ');
    if (match) {
      match.variants.add(variant);
      c.titles.forEach((t) => match.titles.add(t));
      if (c.titleCountry) match.titleCountries.add(c.titleCountry);
      if (c.role) match.roles.push(c.role);
      match.start = Math.min(match.start, c.start);
      continue;
    }
    persons.push({
      full: parts,
      variants: new Set([variant]),
      titles: new Set(c.titles),
      titleCountries: new Set(c.titleCountry ? [c.titleCountry] : []),
      roles: c.role ? [c.role] : [],
      start: c.start,
      surname,
    });
  }

  const surnameCount = new Map<string, number>();
  for (const p of persons) surnameCount.set(bareSurname(p.surname), (surnameCount.get(bareSurname(p.surname)) ?? 0) + 1);
  const roleHolders = new Map<string, Person[]>();
  for (const p of persons) {
    for (const t of p.titles) {
      const role = t.toLowerCase();
      if (!isOfficeTitle(role)) continue;
      roleHolders.set(role, [...(roleHolders.get(role) ?? []), p]);
    }
  }

  for (const p of persons) {
    // A single word is a name only with a title ("President Macron") or when compromise saw a person.
    const name = [...p.variants].sort((a, b) => b.length - a.length)[0]!;
    const titles = [...p.titles];
    const countryNote = [...p.titleCountries][0];
    const mainTitle = titles.find((t) => isOfficeTitle(t)) ?? titles.find((t) => !HONORIFICS.has(t.toLowerCase().replace('.', '')));
    const role = appositiveRole(folded, name) ?? p.roles[0] ?? (mainTitle ? `${expandTitle(mainTitle)}${countryNote ? ` of ${countryNote === 'United States' ? 'the United States' : countryNote}` : ''}` : 'Named in the article');
    const nameParts = name.split(/\s+/);
    const actor = newActor(nameParts.length > 2 ? `${nameParts[0]} ${p.surname}` : name, 'person', p.start, role);
    actor.name = name;
    for (const v of p.variants) addAlias(actor, v, v.split(/\s+/).length > 1);
    const parts = name.split(/\s+/);
    if (parts.length > 2) {
      // First and last name without middle names or initials: "Kevin Leahy".
      addAlias(actor, `${parts[0]} ${p.surname}`, true);
    }
    const ambiguous = (surnameCount.get(bareSurname(p.surname)) ?? 0) > 1;
    if (!ambiguous) {
      addAlias(actor, p.surname, false);
      if (ARABIC_ARTICLE.test(p.surname)) addAlias(actor, p.surname.replace(ARABIC_ARTICLE, ''), false);
      for (const t of titles) {
        if (HONORIFICS.has(t.toLowerCase().replace('.', '')) && titles.length > 1) continue;
        addAlias(actor, `${t} ${p.surname}`, true);
        const last = t.split(/\s+/).pop()!;
        if (last !== t && !isOfficeTitle(t)) addAlias(actor, `${last} ${p.surname}`, true);
      }
    } else {
      warnings.push(`Two people share the surname "${p.surname}"; the surname alone was not kept as an alias.`);
    }
    // The office stands for its one holder: "the prime minister", "Iraq's prime minister".
    for (const t of titles) {
      const role = t.toLowerCase();
      if (!isOfficeTitle(role) || (roleHolders.get(role)?.length ?? 0) !== 1) continue;
      addAlias(actor, role, false);
      // The office's head noun alone: "the secretary" for the Secretary of Defense, "the minister"
      // for the Defense Minister, when no one else in the article holds that kind of office.
      const headNoun = role.startsWith('secretary of') ? 'secretary' : role.split(/\s+/).pop()!;
      const sharing = persons.filter((o) => [...o.titles].some((t) => t.toLowerCase().includes(headNoun)));
      if (headNoun !== role && sharing.length === 1 && new RegExp(`(?<![\\p{L}])the ${escapeRegExp(headNoun)}(?![\\p{L}])`, 'iu').test(folded)) addAlias(actor, headNoun, false);
      for (const c of p.titleCountries) {
        const country = COUNTRIES.find((k) => k.name === c);
        const forms = country ? [country.name, ...country.alt.filter((a) => a.length > 2 || /^[\p{Lu}.]+$/u.test(a))] : [];
        for (const form of forms) {
          const re = phraseRegExp(`${form}'s ${t}`);
          const m = re.exec(folded);
          if (m) addAlias(actor, text.slice(m.index, m.index + m[0].length), true);
        }
        for (const d of country?.demonyms ?? []) {
          const m = phraseRegExp(`${d} ${t}`).exec(folded);
          if (m) addAlias(actor, text.slice(m.index, m.index + m[0].length), true);
        }
      }
    }
    addOffice(folded, text, actor, p.surname, titles, [...p.titleCountries], ambiguous, newActor);
  }
}

/**
 * "Sudani's office", "the president's media office": a person's office speaks for itself in the
 * press ("a statement from X's office noted …"), so it is an actor of its own, named after the
 * person and after the office they hold.
 */
function addOffice(
  folded: string,
  text: string,
  person: DraftActor,
  surname: string,
  titles: string[],
  countries: string[],
  ambiguous: boolean,
  newActor: (name: string, kind: ActorKind, firstOffset: number, role: string) => DraftActor,
): void {
  const owners = ambiguous ? [person.name] : [person.name, surname, surname.replace(ARABIC_ARTICLE, '')];
  const re = new RegExp(`(?<![\\p{L}])(${[...new Set(owners)].map((o) => escapeRegExp(foldPunctuation(o))).join('|')})'s?\\s+((?:media\\s+|press\\s+|private\\s+)?office)(?![\\p{L}])`, 'gu');
  const forms: Array<{ text: string; start: number }> = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(folded)) !== null) forms.push({ text: text.slice(m.index, m.index + m[0].length), start: m.index });
  if (forms.length === 0) return;
  const shortOwner = ambiguous ? person.name : surname.replace(ARABIC_ARTICLE, '');
  const roleTitle = titles.find((t) => isOfficeTitle(t));
  const office = newActor(`${shortOwner}’s office`, 'government', forms[0]!.start, `Office of ${roleTitle ? `the ${roleTitle}, ${person.name}` : person.name}`);
  office.highlight = false;
  office.id = office.id.replace(/-s-office$|-office$/, '-office');
  for (const f of forms) addAlias(office, f.text, true);
  if (roleTitle) {
    addAlias(office, `${roleTitle}’s Office`, false);
    addAlias(office, `Office of the ${roleTitle}`, false);
    for (const c of countries) {
      const country = COUNTRIES.find((k) => k.name === c);
      if (!country) continue;
      addAlias(office, `Office of the ${roleTitle} of ${country.name}`, true);
      for (const d of country.demonyms) addAlias(office, `${d} ${roleTitle}’s Office`, true);
    }
  }
}

function expandTitle(title: string): string {
  const map: Record<string, string> = {
    'Gen.': 'General', 'Lt. Gen.': 'Lieutenant General', 'Maj. Gen.': 'Major General', 'Brig. Gen.': 'Brigadier General',
    'Adm.': 'Admiral', 'Col.': 'Colonel', 'Sen.': 'Senator', 'Rep.': 'Representative', 'Gov.': 'Governor', 'Army Gen.': 'Army General',
  };
  return map[title] ?? title;
}

/** "Kevin Leahy, commander of the coalition," or "the ambassador, Alina Romanowski": the role between commas. */
function appositiveRole(folded: string, name: string): string | undefined {
  const n = escapeRegExp(foldPunctuation(name));
  const after = new RegExp(`${n},\\s+((?:the\\s+|a\\s+)?(?:[a-z][\\p{L}-]*\\s+){0,3}(?:${ROLE_NOUN_ALTERNATION})\\b[^,.;]{0,80}),`, 'u').exec(folded);
  if (after) return after[1]!.replace(/^(?:the|a)\s+/, '').trim();
  const before = new RegExp(`(?:the|a)\\s+([^,.;]{0,80}?\\b(?:${ROLE_NOUN_ALTERNATION})\\b[^,.;]{0,60}),\\s+${n}`, 'u').exec(folded);
  if (before) return before[1]!.trim();
  return undefined;
}

const ROLE_HEAD = new RegExp(`^(?:${[...SPEAKS_FOR_NOUNS].join('|')})$`, 'i');

/**
 * The role phrase that ends `before` ("army spokesman", "union leader"), at most three words
 * before the role noun, stopping at a verb or a determiner ("met union leader" is "union leader").
 */
function affiliationRole(before: string, offset: number, tagsAt: ReadonlyMap<number, ReadonlySet<string>>, isPersonAt: (at: number) => boolean): string | undefined {
  const words = [...before.matchAll(/[\p{L}\d'’.-]+/gu)];
  const last = words[words.length - 1];
  if (!last || !ROLE_HEAD.test(last[0]) || before.length - (last.index + last[0].length) > 1) return undefined;
  let first = words.length - 1;
  while (first > 0 && words.length - first < 4) {
    const w = words[first - 1]!;
    const tags = tagsAt.get(offset + w.index);
    if (FUNCTION_WORDS.has(w[0].toLowerCase()) || tags?.has('Verb') || tags?.has('Determiner') || tags?.has('Preposition') || isPersonAt(offset + w.index)) break;
    if (/[,;:]/.test(before.slice(w.index + w[0].length, words[first]!.index))) break;
    first--;
  }
  return before.slice(words[first]!.index, last.index + last[0].length).trim();
}

/**
 * Reads, before each mention of a person, a role that names another actor ("army spokesman
 * Lt. Col. X", "M23 spokesman Y", "Aslef general secretary Z"): the person speaks for that actor.
 * Also fills a missing role. Runs after `findMentions`, because the role names an actor by any alias.
 */
export function assignAffiliations(text: string, actors: DraftActor[], mentions: readonly Mention[], tagsAt: ReadonlyMap<number, ReadonlySet<string>> = new Map()): void {
  const byId = new Map(actors.map((a) => [a.id, a]));
  for (const m of mentions) {
    const person = byId.get(m.actor);
    if (!person || person.kind !== 'person') continue;
    const windowStart = Math.max(0, m.start - 90);
    const window = foldPunctuation(text.slice(windowStart, m.start));
    let before = window;
    // Ranks and titles between the role and the name: "army spokesman Lt. Col. X".
    for (let changed = true; changed; ) {
      changed = false;
      for (const title of TITLES) {
        if (before.trimEnd().endsWith(title)) {
          before = before.trimEnd().slice(0, -title.length);
          changed = true;
          break;
        }
      }
    }
    // Only this sentence: the stripped titles' own full stops are gone by now.
    before = before.split(/[.;!?]\s|\n/).pop() ?? '';
    const isPersonAt = (at: number): boolean => mentions.some((x) => x.start <= at && at < x.end && byId.get(x.actor)?.kind === 'person');
    const role = affiliationRole(before.trimEnd(), windowStart + window.lastIndexOf(before), tagsAt, isPersonAt);
    if (!role) continue;
    const roleStart = windowStart + window.lastIndexOf(role);
    const inside = mentions.filter((x) => x !== m && x.start >= roleStart && x.end <= m.start && byId.get(x.actor)?.kind !== 'person');
    let owner = inside.pop();
    // "Its chairman, Tomas Eklund": "its" is the body named last, in this sentence or the one before.
    const lead = text.slice(Math.max(0, roleStart - 12), roleStart);
    if (!owner && /(?:^|\s)(?:its|their)\s+$/i.test(lead)) {
      owner = mentions.filter((x) => x.end <= roleStart && roleStart - x.end < 300 && !['person', 'country'].includes(byId.get(x.actor)?.kind ?? 'person')).pop();
    }
    if (owner && !person.affiliation) person.affiliation = owner.actor;
    if (person.role === 'Named in the article' || (owner && TITLES.includes(person.role))) person.role = role;
  }
}

/**
 * Finds every place an actor is named, longest form first so that "US military" is the army
 * and not the country. Possessives count ("Sudani's office" names Sudani).
 */
export function findMentions(text: string, actors: readonly DraftActor[]): Mention[] {
  const folded = foldPunctuation(text);
  const all: Array<Mention & { length: number }> = [];
  for (const actor of actors) {
    for (const alias of actor.aliases) {
      const re = phraseRegExp(alias.text, alias.caseSensitive ? 'gu' : 'giu');
      let m: RegExpExecArray | null;
      while ((m = re.exec(folded)) !== null) all.push({ start: m.index, end: m.index + m[0].length, actor: actor.id, length: m[0].length });
    }
  }
  all.sort((a, b) => b.length - a.length || a.start - b.start);
  const taken: Mention[] = [];
  for (const m of all) {
    if (taken.some((t) => m.start < t.end && t.start < m.end)) continue;
    taken.push({ start: m.start, end: m.end, actor: m.actor });
  }
  return taken.sort((a, b) => a.start - b.start);
}
