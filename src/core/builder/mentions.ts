/**
 * The mentions pass: every place an actor is named (longest form first, outside page furniture),
 * then what the mentions tell about people: whom a person speaks for ("army spokesman X",
 * "X, a spokesman for Y", "its chairman, X"), a missing role, and grammatical gender (from a first
 * name compromise knows, or an honorific), so that "she" skips a man.
 */
import { NON_NAME_WORDS, ROLE_NOUNS, SPEAKS_FOR_NOUNS, TITLES } from '../lexicon/names';
import type { DraftActor, Mention } from './actors';
import type { Draft } from './draft';
import { isFurniture } from './segment';
import { escapeRegExp, foldPunctuation, phraseRegExp } from './text';

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
      while ((m = re.exec(folded)) !== null)
        all.push({ start: m.index, end: m.index + m[0].length, actor: actor.id, length: m[0].length, via: 'name' });
    }
  }
  all.sort((a, b) => b.length - a.length || a.start - b.start);
  const taken: Mention[] = [];
  for (const m of all) {
    if (taken.some((t) => m.start < t.end && t.start < m.end)) continue;
    taken.push({ start: m.start, end: m.end, actor: m.actor, via: 'name' });
  }
  return taken.sort((a, b) => a.start - b.start);
}

const ROLE_HEAD = new RegExp(`^(?:${[...SPEAKS_FOR_NOUNS].join('|')})$`, 'i');
const ROLE_ALTERNATION = [...ROLE_NOUNS].sort((a, b) => b.length - a.length).join('|');
/** ", the president of", ", a spokesman for", ", Head of Research at": an apposition naming whom the person works for. */
const APPOSITION_OF = new RegExp(
  `^,\\s+(?:(?:the|a|an|its|his|her|their)\\s+)?(?:[\\p{L}'’.-]+\\s+){0,4}?(?:${ROLE_ALTERNATION})(?:\\s+[\\p{L}'’.-]+){0,3}?\\s+(?:of|at|for|with)\\s+(?:the\\s+)?$`,
  'iu',
);

/**
 * The role phrase that ends `before` ("army spokesman", "union leader"), at most three words
 * before the role noun, stopping at a verb or a determiner ("met union leader" is "union leader").
 */
function affiliationRole(draft: Draft, before: string, offset: number, isPersonAt: (at: number) => boolean): string | undefined {
  const words = [...before.matchAll(/[\p{L}\d'’.-]+/gu)];
  const last = words[words.length - 1];
  if (!last || !ROLE_HEAD.test(last[0]) || before.length - (last.index + last[0].length) > 1) return undefined;
  let first = words.length - 1;
  while (first > 0 && words.length - first < 4) {
    const w = words[first - 1]!;
    const tags = draft.tagsAt.get(offset + w.index);
    if (
      NON_NAME_WORDS.has(w[0].toLowerCase()) ||
      tags?.has('Verb') ||
      tags?.has('Determiner') ||
      tags?.has('Preposition') ||
      isPersonAt(offset + w.index)
    )
      break;
    if (/[,;:]/.test(before.slice(w.index + w[0].length, words[first]!.index))) break;
    first--;
  }
  return before.slice(words[first]!.index, last.index + last[0].length).trim();
}

/**
 * Reads, around each mention of a person, a role that names another actor: before the name
 * ("army spokesman Lt. Col. X", "its chairman, X") or in apposition after it ("X, a spokesman for
 * Y"). The person speaks for that actor. Also fills a missing role.
 */
export function assignAffiliations(draft: Draft): void {
  const { text, folded, actors, mentions } = draft;
  const byId = new Map(actors.map((a) => [a.id, a]));
  const isPersonAt = (at: number): boolean => mentions.some((x) => x.start <= at && at < x.end && byId.get(x.actor)?.kind === 'person');
  for (const [i, m] of mentions.entries()) {
    const person = byId.get(m.actor);
    if (!person || person.kind !== 'person') continue;
    // In apposition after the name: "Wes Harlan, the president of the Prairie Growers Bureau".
    const next = mentions[i + 1];
    if (
      next &&
      next.start - m.end < 120 &&
      byId.get(next.actor)?.kind !== 'person' &&
      byId.get(next.actor)?.kind !== 'country' &&
      APPOSITION_OF.test(folded.slice(m.end, next.start))
    ) {
      person.affiliation ??= next.actor;
      if (person.role === 'Named in the article') person.role = folded.slice(m.end, next.end).replace(/^,\s+/, '').trim();
    }
    const windowStart = Math.max(0, m.start - 90);
    const window = folded.slice(windowStart, m.start);
    let before = window;
    // Ranks and titles between the role and the name: "army spokesman Lt. Col. X".
    for (let changed = true; changed;) {
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
    const role = affiliationRole(draft, before.trimEnd(), windowStart + window.lastIndexOf(before), isPersonAt);
    if (!role) continue;
    const roleStart = windowStart + window.lastIndexOf(role);
    const inside = mentions.filter((x) => x !== m && x.start >= roleStart && x.end <= m.start && byId.get(x.actor)?.kind !== 'person');
    let owner = inside.pop();
    // "Its chairman, Tomas Eklund": "its" is the body named last, in this sentence or the one before.
    const lead = text.slice(Math.max(0, roleStart - 12), roleStart);
    if (!owner && /(?:^|\s)(?:its|their)\s+$/i.test(lead)) {
      owner = mentions
        .filter(
          (x) => x.end <= roleStart && roleStart - x.end < 300 && !['person', 'country'].includes(byId.get(x.actor)?.kind ?? 'person'),
        )
        .pop();
    }
    if (owner && !person.affiliation) person.affiliation = owner.actor;
    if (person.role === 'Named in the article' || (owner && TITLES.includes(person.role))) person.role = role;
  }
}

/** "she" and "he" resolve to a person of the right gender: from a first name compromise knows, or an honorific. */
function assignGender(draft: Draft): void {
  const { text, actors, mentions } = draft;
  const guessed = new Map<string, 'female' | 'male'>();
  for (const actor of actors) {
    if (actor.kind !== 'person') continue;
    for (const span of mentions.filter((m) => m.actor === actor.id)) {
      const tags = draft.tagsAt.get(span.start);
      const honorific =
        /(?:^|\s)(Mr|Mrs|Ms|Miss)\.?\s+$/.exec(text.slice(Math.max(0, span.start - 6), span.start))?.[1] ??
        /^(Mr|Mrs|Ms|Miss)\b/.exec(text.slice(span.start, span.end))?.[1];
      // An honorific settles it; a first name compromise knows is only a first guess (votes below may overrule it).
      if (honorific && honorific !== 'Mr') actor.gender = 'female';
      else if (honorific === 'Mr') actor.gender = 'male';
      if (actor.gender) break;
      if (!guessed.has(actor.id) && tags?.has('FemaleName')) guessed.set(actor.id, 'female');
      else if (!guessed.has(actor.id) && tags?.has('MaleName')) guessed.set(actor.id, 'male');
    }
  }
  // "Ines R. Valcourt, Brannock's attorney, told The Ridge that her client …": a gendered pronoun
  // after a person's mention, before anyone else is named in the sentence, votes for their gender;
  // a clear majority of votes decides.
  for (const actor of actors) {
    if (actor.kind !== 'person' || actor.gender) continue;
    let female = 0;
    let male = 0;
    for (const m of mentions.filter((x) => x.actor === actor.id)) {
      const sentence = draft.sentences.find((x) => x.start <= m.start && m.start < x.end);
      if (!sentence) continue;
      // Someone else named (not as a possessor in an apposition: "X, Brannock's attorney, …") may be whom the pronoun means.
      const other = mentions.find(
        (x) =>
          x.start > m.end &&
          x.start < sentence.end &&
          x.actor !== actor.id &&
          actors.find((a) => a.id === x.actor)?.kind === 'person' &&
          !/^'s?\s/.test(draft.folded.slice(x.end, x.end + 3)),
      );
      const rest = draft.folded.slice(m.end, other ? other.start : sentence.end).replace(/"[^"]*"/g, '');
      const pronoun = /(?<![\p{L}])(he|his|him|she|her|hers)(?![\p{L}])/iu.exec(rest);
      if (!pronoun) continue;
      if (/^(?:she|her|hers)$/i.test(pronoun[1]!)) female++;
      else male++;
    }
    if (female > 2 * male && female > 0) actor.gender = 'female';
    else if (male > 2 * female && male > 0) actor.gender = 'male';
    else if (guessed.has(actor.id)) actor.gender = guessed.get(actor.id)!;
  }
}

/**
 * "Kendrick proposed …" where the article names Paul and Ruth Kendrick: a bare surname two people
 * share names the bearer named in full earlier in the same paragraph, else the one named most,
 * since an article calls the one it is about by the bare surname and tells the other apart by a
 * first name ("President Paul Kendrick"). Without these mentions, "she said" after "Kendrick
 * proposed" would skip her for someone named earlier.
 */
function sharedSurnameMentions(draft: Draft, named: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const [key, bearers] of draft.sharedSurnames) {
    const counts = bearers.map((id) => named.filter((m) => m.actor === id).length);
    const most = bearers[counts.indexOf(Math.max(...counts))]!;
    const re = new RegExp(`(?<![\\p{L}'’-])${escapeRegExp(key)}(?![\\p{L}])`, 'giu');
    for (const m of draft.folded.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!/^\p{Lu}/u.test(m[0]) || named.some((x) => x.start < end && start < x.end)) continue;
      const paragraph = draft.paragraphs.find((x) => x.start <= start && start < x.end);
      const last = [...named].reverse().find((x) => x.end <= start && bearers.includes(x.actor));
      const nearby = last && paragraph && last.start >= paragraph.start ? last.actor : undefined;
      out.push({ start, end, actor: nearby ?? most, via: 'name' });
    }
  }
  return out;
}

/** Fills in mentions (outside furniture), affiliations, roles and genders. */
export function mentionsPass(draft: Draft): Draft {
  const named = findMentions(draft.text, draft.actors);
  draft.mentions = [...named, ...sharedSurnameMentions(draft, named)]
    .sort((a, b) => a.start - b.start)
    .filter((m) => !isFurniture(draft, m.start));
  assignAffiliations(draft);
  assignGender(draft);
  return draft;
}
