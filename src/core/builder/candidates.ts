/**
 * The candidates pass: every run of capitalised words that may be a name, and every transcript
 * speaker label. A run is only a candidate here; the people pass decides what it is. What this
 * pass does decide is the run's extent: words capitalised only because they open a sentence are
 * dropped ("Yesterday", "Analysts"), particles join ("Society of Engineers"), and a title inside
 * the run is read ("Harbour Press Secretary Air Force Maj. Gen. Ned Fallow" is Ned Fallow).
 *
 * Runs in shouted or Title Case lines, and in page furniture, are not candidates: every word is
 * capitalised there, so capitals say nothing.
 */
import { HONORIFICS, NAME_PARTICLES, NON_NAME_WORDS, OFFICE_NOUNS, ROLE_NOUNS } from '../lexicon/names';
import { CORPORATE_SUFFIXES, ORG_HEADS } from '../lexicon/organisations';
import { SPEECH_VERB_FORMS } from '../lexicon/speech';
import { TIME_WORD_SET, WEEKDAYS } from '../lexicon/time';
import { countryOf, isAcronym, titleAt } from './actors';
import type { Draft, NameCandidate, PersonReading, Token } from './draft';
import { isFurniture } from './segment';
import { hasTag } from './tag';
import { escapeRegExp, findSpeakerLabels } from './text';

/** Whether a sentence is written in capitals, where acronyms cannot be told from words. */
export function isShouting(sentence: string): boolean {
  const letters = sentence.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '');
  return letters.length > 12 && upper.length / letters.length > 0.6;
}

/** Whether a line is a headline in Title Case: most words of four letters or more capitalised. */
export function isTitleCase(sentence: string, isHeadline = false): boolean {
  const longWords = sentence.split(/\s+/).filter((w) => /^[\p{L}]{4,}/u.test(w));
  if (longWords.length < 3) return false;
  const capitalised = longWords.filter((w) => /^\p{Lu}/u.test(w)).length;
  // Headlines in archives often end with a full stop ("Harbour Donor Vance and Mayor May be Nearing a Deal.").
  if (!/[.!?]["”’]?$/.test(sentence.trim())) return capitalised / longWords.length >= 0.85;
  // Ending in a full stop, it is a headline only when it opens the article and every long word is capitalised.
  // ("Harbour Donor Vance and Mayor May be Nearing a Deal."; a sentence "… met … on Tuesday." has a lower-case verb).
  const words = sentence
    .split(/\s+/)
    .filter((w) => /^[\p{L}]{3,}/u.test(w) && !/^(?:and|the|for|but|nor|yet|not|off|out|via|per|its|from|with|into)$/.test(w));
  return isHeadline && /\.["”’]?$/.test(sentence.trim()) && longWords.length >= 5 && words.every((w) => /^\p{Lu}/u.test(w));
}

const ROLE_ALTERNATION = [...ROLE_NOUNS].sort((a, b) => b.length - a.length).join('|');
const SPEECH_ALTERNATION = [...SPEECH_VERB_FORMS]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');
/** What follows a person's name: a role in apposition, an age, or a speech verb across an apposition. */
const PERSON_AFTER_RE = new RegExp(
  `^(?:,\\s+(?:(?:the|a|an|his|her)\\s+)?(?:[\\p{L}'’.-]+\\s+){0,6}?(?:${ROLE_ALTERNATION})(?![\\p{L}])|,\\s+\\d{1,3}[,\\s]|(?:,\\s+[^,;:.!?"“”]{1,100},)?\\s+(?:${SPEECH_ALTERNATION})(?![\\p{L}]))`,
  'iu',
);

/** Tags of words that never open a name, whatever follows ("Neither Hale nor Lima"). */
const NOT_A_NAME_START_TAGS = [
  'Adverb',
  'Modal',
  'Auxiliary',
  'Preposition',
  'Conjunction',
  'Determiner',
  'Pronoun',
  'QuestionWord',
  'Negative',
];

/** Tags that make a sentence's first word a common word rather than the start of a name. */
const COMMON_START_TAGS = [
  'Adverb',
  'Modal',
  'Auxiliary',
  'Gerund',
  'PastTense',
  'Preposition',
  'Conjunction',
  'Determiner',
  'Pronoun',
  'Adjective',
  'Plural',
  'Date',
];

/** The run read as a person's name: after the last title in it, or after a leading description. */
function personReading(draft: Draft, run: Token[], leadCountry: string | undefined): PersonReading | undefined {
  const { text, tokens } = draft;
  const rest = leadCountry ? run.slice(1) : run;
  if (rest.length === 0) return undefined;
  // A title, then a name: the name is what follows the last title of the run, and the title is
  // the longest one ending there ("Major General Kevin Leahy" keeps "Major General").
  let best: { k: number; title: string; nameFrom: number } | undefined;
  for (let k = 0; k < rest.length; k++) {
    const t = titleAt(text, rest[k]!.start);
    if (!t) continue;
    const nameFrom = k + t.split(/\s+/).length;
    const names = rest.slice(nameFrom).filter((x) => !HONORIFICS.has(x.text.toLowerCase()));
    const valid =
      names.length > 0 &&
      names.length <= 5 &&
      names.every(
        (x) =>
          !countryOf(x.text) &&
          ORG_HEADS[x.text.toLowerCase()] === undefined &&
          !titleAt(text, x.start) &&
          !NON_NAME_WORDS.has(x.text.toLowerCase()),
      );
    if (valid && (!best || nameFrom > best.nameFrom)) best = { k, title: t, nameFrom };
  }
  if (best) {
    const nameTokens = rest.slice(best.nameFrom).filter((t) => !HONORIFICS.has(t.text.toLowerCase()));
    // An office named by its portfolio: "Fisheries Minister", "Pentagon Press Secretary".
    let title = best.title;
    if (OFFICE_NOUNS.has(title.toLowerCase())) {
      let k = best.k;
      while (k > 0 && best.k - k < 3 && rest[k - 1]!.isCap && !countryOf(rest[k - 1]!.text) && !titleAt(text, rest[k - 1]!.start)) k--;
      if (k < best.k) title = text.slice(rest[k]!.start, rest[best.k]!.end);
    }
    const reading: PersonReading = { words: nameTokens.map((t) => t.text), start: nameTokens[0]!.start, title };
    const before = tokens[tokens.indexOf(run[0]!) - 1];
    const owner = leadCountry ?? (before?.isPossessive && before.sentence === run[0]!.sentence ? countryOf(before.text)?.name : undefined);
    if (owner) reading.titleCountry = owner;
    const prefix = text.slice(run[0]!.start, rest[best.nameFrom]!.start).trim();
    if (prefix.split(/\s+/).length > title.split(/\s+/).length + (leadCountry ? 1 : 0)) reading.role = prefix;
    return reading;
  }
  // "Reporter Jomana Karadsheh", "Analyst Neil Ashby": a role noun before two or more capitalised
  // words is the person's role, as a title would be.
  const roleEnd = rest.findIndex((t) => !ROLE_NOUNS.has(t.text.toLowerCase()));
  if (roleEnd > 0 && rest.length - roleEnd >= 2 && rest.length - roleEnd <= 4) {
    const names = rest.slice(roleEnd);
    if (
      names.every((x) => !countryOf(x.text) && ORG_HEADS[x.text.toLowerCase()] === undefined && !NON_NAME_WORDS.has(x.text.toLowerCase()))
    )
      return { words: names.map((t) => t.text), start: names[0]!.start, role: text.slice(rest[0]!.start, names[0]!.start).trim() };
  }
  // Leading words before a known first name describe the person: "Harbour Master Lena Okonkwo",
  // "Ridgebacks DL Marcus Tolliver".
  // Leading words before a run of words compromise reads as a person's name describe that person
  // too: "WRX Sports NFL Insider Mark La Rocca".
  let firstName = rest.findIndex((t) => hasTag(draft, t.start, 'FirstName'));
  if (firstName <= 0) {
    let k = rest.length;
    while (
      k > 0 &&
      (hasTag(draft, rest[k - 1]!.start, 'Person') || (NAME_PARTICLES.has(rest[k - 1]!.text.toLowerCase()) && k < rest.length))
    )
      k--;
    if (k > 0 && rest.length - k >= 2) firstName = k;
  }
  const nameTokens = firstName > 0 && rest.length - firstName >= 2 ? rest.slice(firstName) : rest;
  const reading: PersonReading = { words: nameTokens.map((t) => t.text), start: nameTokens[0]!.start };
  const head = nameTokens[0]!;
  if (nameTokens.length === 2 && !['FirstName', 'MaleName', 'FemaleName', 'Person', 'ProperNoun'].some((t) => hasTag(draft, head.start, t)))
    reading.firstIsName = false;
  if (nameTokens !== rest) reading.role = text.slice(rest[0]!.start, nameTokens[0]!.start).trim();
  return reading;
}

/** The capitalised runs of the article, as candidates (see the module comment). */
export function findRuns(draft: Draft): NameCandidate[] {
  const { text, tokens, sentences } = draft;
  const shouting = new Set(sentences.filter((s) => isShouting(s.text)).map((s) => s.index));
  const titleCase = new Set(sentences.filter((s) => isTitleCase(s.text, s.index === 0)).map((s) => s.index));
  const tagged = (token: Token, tag: string): boolean => hasTag(draft, token.start, tag);
  const out: NameCandidate[] = [];
  const pending: Token[][] = [];
  // Whether a word is used alone elsewhere, without the word before it here (a surname).
  const isNamePart = (t: Token): boolean => ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'].some((tag) => tagged(t, tag));
  const personStretches = (piece: Token[]): Token[][] => {
    const out: Token[][] = [];
    let current: Token[] = [];
    for (const t of [...piece, undefined]) {
      if (t && isNamePart(t)) current.push(t);
      else {
        if (current.length >= 2) out.push(current);
        current = [];
      }
    }
    return out;
  };
  const isUsedAlone = (word: Token, before: Token): boolean =>
    tokens.some((t, k) => t !== word && t.text === word.text && tokens[k - 1]?.text !== before.text && !tokens[k + 1]?.isCap);
  // A person's name: compromise reads it as one, or the article names someone in full with it as
  // the surname ("Tom Hale … Hale's").
  const isPersonsName = (t: Token): boolean =>
    hasTag(draft, t.start, 'Person') || tokens.some((u, k) => u.text === t.text && k > 0 && tagged(tokens[k - 1]!, 'FirstName'));
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    if (!first?.isCap) continue;
    const seq: Token[] = [first];
    let j = i + 1;
    while (j < tokens.length) {
      const prev = seq[seq.length - 1]!;
      const next = tokens[j]!;
      if (next.sentence !== prev.sentence) break;
      // A possessive ends a name, unless a body's head noun follows it ("the U.S. Attorney's Office").
      const headAhead = (): boolean => {
        for (let k = j; k < Math.min(tokens.length, j + 3) && tokens[k]!.isCap && tokens[k]!.sentence === next.sentence; k++)
          if (ORG_HEADS[tokens[k]!.text.toLowerCase()] !== undefined) return true;
        return false;
      };
      // A person's possessive stays outside: "Clinton's State Department" is the State Department.
      const possessiveName =
        prev.isPossessive && next.isCap && /^['’]s\s+$/.test(text.slice(prev.end, next.start)) && !isPersonsName(prev) && headAhead();
      if (prev.isPossessive && !possessiveName) break;
      // A weekday ends a name: "on Twitter Tuesday" is Twitter, then a day.
      if (next.isCap && WEEKDAYS.includes(next.text.toLowerCase())) break;
      if (prev.hasDot && !(prev.text.length === 1 || titleAt(text, prev.start) || /^(?:\p{Lu}\.)+/u.test(prev.text))) break;
      // "Marsh & Lowe", "Procter & Gamble": an ampersand joins two capitalised words.
      const ampersand = next.isCap && /^\s*&\s*$/.test(text.slice(prev.end, next.start));
      if (!possessiveName && !ampersand && !/^\s+$/.test(text.slice(prev.end + (prev.hasDot ? 1 : 0), next.start))) break;
      if (next.isCap) {
        seq.push(next);
        j++;
        continue;
      }
      const after = tokens[j + 1];
      const lower = next.text.toLowerCase();
      // "and" joins only inside an "of" name: "Society of Engineers and Firemen", not "Baghdad and Washington".
      // "Committee on Intelligence", "Council on Foreign Relations": "on" after a body's head noun.
      // "Ways and Means Committee", "Food and Drug Administration": "and" joins two capitalised
      // runs when a body's head noun ends the second one (not a company suffix: "Lumora and
      // Brightwave Inc" are two firms), and no word before it is a person's.
      const andBody = (): boolean => {
        // The words before "and" are no name of their own: no person's, no body's that compromise
        // knows ("the Associated Press and …"), no country, no acronym, and they end in no head noun.
        if (
          seq.length > 3 ||
          ORG_HEADS[prev.text.toLowerCase()] !== undefined ||
          seq.some(
            (t) => hasTag(draft, t.start, 'Person') || hasTag(draft, t.start, 'Organization') || countryOf(t.text) || isAcronym(t.text),
          )
        )
          return false;
        for (let k = j + 1; k < Math.min(tokens.length, j + 5); k++) {
          const t = tokens[k]!;
          if (!t.isCap || t.sentence !== next.sentence || !/^\s+$/.test(text.slice(tokens[k - 1]!.end, t.start))) return false;
          const head = t.text.toLowerCase();
          if (ORG_HEADS[head] !== undefined && !CORPORATE_SUFFIXES.has(head)) return true;
          if (t.isPossessive) return false;
        }
        return false;
      };
      const connects =
        NAME_PARTICLES.has(lower) ||
        (lower === 'the' && prev.text.toLowerCase() === 'of') ||
        (lower === 'and' && (seq.some((t) => t.text === 'of') || andBody())) ||
        (lower === 'on' && ORG_HEADS[prev.text.toLowerCase()] !== undefined && !TIME_WORD_SET.has(after?.text.toLowerCase() ?? ''));
      // "Office of the Harbour Master": "of the" joins when a capital follows.
      const ofThe = lower === 'of' && after?.text === 'the' && tokens[j + 2]?.isCap && tokens[j + 2]!.sentence === next.sentence;
      if (connects && ((after?.isCap && after.sentence === next.sentence) || ofThe)) {
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
      // starts a longer name ("Network Rail", "Transport Secretary Louise Haigh"). compromise
      // often reads such a word as an imperative, so the next word decides: a proper noun, a
      // title or an acronym makes the pair a name.
      const next = seq[1];
      const nounLead =
        next !== undefined &&
        !NON_NAME_WORDS.has(next.text.toLowerCase()) &&
        (tagged(next, 'ProperNoun') || titleAt(text, next.start) !== undefined || isAcronym(next.text)) &&
        !COMMON_START_TAGS.some((t) => tagged(head, t));
      // "Rory Kessel is unhappy …", "Wes Harlan, the president of …, said": a name at the
      // start of a sentence whose second word is used alone elsewhere, or that a role or a speech
      // verb follows, keeps its first word whatever compromise reads it as.
      const pairName =
        seq.length === 2 &&
        next !== undefined &&
        !NOT_A_NAME_START_TAGS.some((t) => tagged(head, t)) &&
        next.isCap &&
        !NON_NAME_WORDS.has(next.text.toLowerCase()) &&
        (isUsedAlone(next, head) || PERSON_AFTER_RE.test(draft.folded.slice(next.end, next.end + 160)));
      const commonStart =
        head.isSentenceStart &&
        !nounLead &&
        !pairName &&
        !titleAt(text, head.start) &&
        !tagged(head, 'ProperNoun') &&
        !tagged(head, 'Person') &&
        !tagged(head, 'Place') &&
        !isAcronym(head.text);
      // A capitalised particle opens a name ("Al Brannon", "Al Qaeda", "De Luca"); a lower-case one does not.
      if (NON_NAME_WORDS.has(lower) || (NAME_PARTICLES.has(lower) && head.text === lower) || commonStart) seq.shift();
      else break;
    }
    // "Ana Lima of the Port Authority": a person's name and the body after "of" are two names.
    // "Republican Rep. Dana Ferris of Ohio": so are a titled name and the place after "of";
    // "Secretary of State" and "Bank of America" have no person's name before "of".
    const of = seq.findIndex((t, k) => k >= 2 && (t.text === 'of' || t.text === 'at'));
    const left = of > 0 ? seq.slice(0, of) : [];
    const titled = left.findIndex((t) => titleAt(text, t.start) !== undefined);
    const nameAfterTitle = titled >= 0 && left.length - titled - titleAt(text, left[titled]!.start)!.split(/\s+/).length >= 1;
    if (
      of > 0 &&
      (tagged(seq[0]!, 'FirstName') || left.every((t) => tagged(t, 'Person')) || nameAfterTitle) &&
      !left.some((t) => ORG_HEADS[t.text.toLowerCase()] !== undefined) &&
      (titled < 0 || nameAfterTitle)
    ) {
      const rest = seq.slice(of + 1);
      if (rest[0]?.text === 'the') rest.shift();
      seq.length = of;
      if (rest.length > 0) pending.push(rest);
    }
    // "Elmford-based Pellham", "U.S.-led Coalition": a compound adjective is no part of the name.
    while (seq.length > 1 && /-(?:based|led|backed|owned|run|born|funded|area|style|era|made)$/i.test(seq[0]!.text)) seq.shift();
    // "(D-Minn.)", "R-Texas": a party and a state, not a name.
    if (seq.length === 1 && /^[DRI]-\p{Lu}/u.test(seq[0]!.text)) seq.shift();
    // "CEO and Founder of Orbis Robotics": a role and its particle before a name are not part of it.
    const roleOf = seq.findIndex(
      (t, k) => k > 0 && NAME_PARTICLES.has(t.text.toLowerCase()) && seq.slice(0, k).every((x) => ROLE_NOUNS.has(x.text.toLowerCase())),
    );
    if (roleOf > 0) seq.splice(0, roleOf + 1);
    // A Title Case line runs every word together: keep only the stretches compromise reads as a
    // person's name ("Nora Pell" in "Nora Pell Speaks Out On The Law").
    const pieces = [seq, ...pending.splice(0)].flatMap((piece) =>
      piece.every((t) => titleCase.has(t.sentence)) ? personStretches(piece) : [piece],
    );
    for (const piece of pieces) {
      while (piece.length > 0 && NAME_PARTICLES.has(piece[piece.length - 1]!.text.toLowerCase())) piece.pop();
      if (piece.length === 0) continue;
      if (piece.every((t) => shouting.has(t.sentence))) continue;
      if (isFurniture(draft, piece[0]!.start)) continue;
      const start = piece[0]!.start;
      const end = piece[piece.length - 1]!.end;
      const lead = piece.length > 1 ? countryOf(piece[0]!.text) : undefined;
      const candidate: NameCandidate = { source: 'sequence', start, end, text: text.slice(start, end), tokens: piece };
      if (lead) candidate.leadCountry = lead.name;
      // In a Title Case headline every word has a capital: the run counts only if the story backs it.
      if (piece.every((t) => titleCase.has(t.sentence))) candidate.inTitleLine = true;
      const person = personReading(draft, piece, lead?.name);
      if (person) candidate.person = person;
      out.push(candidate);
    }
  }
  return out;
}

/** A transcript names its speakers in capitals before a colon; read them as written in Title Case. */
export function findLabelCandidates(draft: Draft): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (const label of findSpeakerLabels(draft.text)) {
    if (label.isQuestion) continue;
    const parts = label.name.split(/\s+/);
    let nameFrom = 0;
    let title: string | undefined;
    for (let k = 0; k < parts.length; k++) {
      const t = titleAt(label.name, parts.slice(0, k).join(' ').length + (k > 0 ? 1 : 0));
      // The longest title wins: "Deputy Press Secretary", not "Secretary".
      if (t && k + t.split(/\s+/).length > nameFrom) {
        title = t;
        nameFrom = k + t.split(/\s+/).length;
      }
    }
    const names = parts.slice(nameFrom).filter((w) => !HONORIFICS.has(w.toLowerCase().replace('.', '')));
    if (names.length < 2 || names.length > 4) continue;
    const person: PersonReading = { words: names, start: label.start };
    if (title) {
      person.title = title;
      const titleText = parts.slice(0, nameFrom).join(' ');
      if (titleText !== title) person.role = titleText;
    }
    out.push({ source: 'label', start: label.start, end: label.end - 1, text: label.name, tokens: [], person, kind: 'person' });
  }
  return out;
}

/** Fills in the candidate names: capitalised runs and transcript labels. */
export function candidatesPass(draft: Draft): Draft {
  draft.candidates = [...findRuns(draft), ...findLabelCandidates(draft)];
  return draft;
}
