/**
 * The coreference pass: gives a speaker to the attributions whose source is a pronoun ("she
 * said"), a description ("the company said", "the statement continued") or nothing at all (a
 * quotation paragraph that goes on from the one before), walking the article in order so that
 * each resolution can lean on the speakers before it. Each choice is a scored decision among the
 * actors named before: the last speaker, the subject of a recent sentence, the nearest mention
 * of the right kind and gender, the one whose role or written title is the description's noun
 * ("the senator" for "Sen. Ana Lima"). A quotation with no cue goes to the speaker of its sentence, to
 * the subject of the sentence that quotes it ("Lima gloated: …"), or to the speaker it continues.
 * Then the attributions become the pack's quotes and the claims' assertions; a quotation nobody
 * could be found for is kept without a speaker, for the reviewer.
 */
import { POSSESSIVE_DETERMINERS } from '../lexicon/function-words';
import { REFERENCE_NOUNS } from '../lexicon/references';
import { ROLE_NOUNS } from '../lexicon/names';
import { type RuleEntry, ruleTable } from '../lexicon/table';
import { type DraftActor, type Mention, titleAt } from './actors';
import { candidatesPass } from './candidates';
import { type FeatureEntry, decide } from './decision';
import { type Attribution, type Draft, createDraft } from './draft';
import { mentionsPass } from './mentions';
import { organisationsPass } from './organisations';
import { expandTitle, peoplePass } from './people';
import { type Assertion, type DraftQuote, isPronoun, quotesPass } from './quotes';
import { segmentPass } from './segment';
import { descriptionOf, speakersPass } from './speakers';
import { type Span, findSpeakerLabels } from './text';
import { tagPass } from './tag';

/** Signals that an actor named earlier is what a pronoun or a description stands for. */
export const ANTECEDENT_FEATURES = ruleTable<FeatureEntry>(
  'antecedent features',
  [
    {
      id: 'last-speaker',
      weight: 2.5,
      reason: 'It spoke last: news prose goes on with "he said" about whoever it quotes.',
      examples: ['Ana Lima said the port was open. Tom Hale was there. "It is," she said. → Ana Lima'],
      lookalikes: ['Ana Lima said the port was open. Tom Hale was there. "It is," she said. → Tom Hale'],
    },
    {
      id: 'moved-on',
      weight: -1,
      reason:
        'Since it spoke, another actor of the right kind has opened a sentence as its subject: the text has moved on to someone else, who the next "he said" more likely goes on with.',
      examples: [
        'Tom Hale said the port was open.\n\nOmar Berg toured the docks. "It is shut," he said. → Tom Hale',
        'Omar Berg said the port was open.\n\nThe members moved on, but Tom Hale was not having it. "It is shut," he said. → Omar Berg',
      ],
      lookalikes: ['Tom Hale said the port was open.\n\nThe docks were quiet. "It is shut," he said. → Tom Hale'],
    },
    {
      id: 'subject',
      weight: 1.5,
      reason: 'It opens a recent sentence, as its subject.',
      examples: ['Tom Hale met Ana Lima. "It is open," he said. → Tom Hale'],
      lookalikes: ['Tom Hale met Ana Lima. "It is open," she said. → Ana Lima'],
    },
    {
      id: 'previous-subject',
      weight: 2,
      reason:
        'It is the subject the text just left off with: the subject of the sentence before, or of an earlier one when those in between open on a pronoun that goes on with it ("Tom Hale did not agree. \u201cIt is bad,\u201d he said.").',
      examples: [
        'Ana Lima said the port was open.\n\nTom Hale did not agree. "It is shut," he said. → Tom Hale',
        'Ana Lima said the port was open.\n\nSince taking office last year, Tom Hale has not agreed. "It is shut," he said. → Tom Hale',
        'Tom Hale met the board. He left early. "It is shut," he said. → Tom Hale',
        'Omar Berg said the port was open.\n\nThe members moved on, but Tom Hale was not having it. "It is shut," he said. → Tom Hale',
        'Omar Berg said the port was open.\n\nThroughout his Westmarch Harbour Board career, Tom Hale has fought the plan. "It is shut," he said. → Tom Hale',
      ],
      lookalikes: [
        'Tom Hale said the port was open.\n\nAna Lima did not agree. "It is shut," he said. → Tom Hale',
        'Omar Berg said the port was open.\n\nThe members wanted to move on and thanked Tom Hale. "It is shut," he said. → Tom Hale',
      ],
    },
    {
      id: 'nearest',
      weight: 1,
      reason: 'It is the nearest actor of the right kind named before.',
      examples: ['Tom Hale met Ana Lima. "It is open," she said. → Ana Lima'],
      lookalikes: ['Tom Hale met Ana Lima and Eva Berg. "It is open," she said. → Ana Lima'],
    },
    {
      id: 'role-match',
      weight: 2,
      reason:
        'Its role, or the title or role noun the article writes before its name, is the description\'s noun ("the senator" for Sen. Ana Lima, also when an apposition gave her another role; "the economist" for economist Paula Redmond).',
      examples: [
        'Sen. Ana Lima met Tom Hale. The senator said it was over. → Ana Lima',
        'Sen. Ana Lima, a lawyer from Salem, met Tom Hale. The senator said it was over. → Ana Lima',
        'Tom Hale met economist Paula Redmond at the docks. The economist said it was over. → Paula Redmond',
      ],
      lookalikes: [
        'Sen. Ana Lima met Tom Hale. The senator said it was over. → Tom Hale',
        'Sen. Ana Lima, a lawyer from Salem, met Tom Hale. The senator said it was over. → Tom Hale',
        'Tom Hale met economist Paula Redmond at the docks. The economist said it was over. → Tom Hale',
      ],
    },
    {
      id: 'possessive',
      weight: -1,
      reason: 'A possessor ("the president\'s temperament") is rarely what the next pronoun stands for.',
      examples: ['Tom Hale cited Mary Jones\'s temper. "It is bad," she said. → Mary Jones'],
      lookalikes: ['Tom Hale cited Mary Jones. "It is bad," she said. → Mary Jones'],
    },
    {
      id: 'issued-it',
      weight: 3,
      reason: 'The article says it issued the statement, letter or report that now speaks ("X issued a statement").',
      examples: [
        'Lumora Systems issued a statement. Tom Hale was angry. "We regret it," the statement said. → Lumora Systems',
        'Lumora Systems issued a statement about Acme Corp. The statement was two pages long. "We regret it," the statement continued. → Lumora Systems',
      ],
      lookalikes: ['Lumora Systems met Tom Hale. Acme Corp was angry. "We regret it," the statement said. → Lumora Systems'],
    },
    {
      id: 'only-candidate',
      weight: 1,
      reason: 'It is the only actor of the right kind and gender named in reach.',
      examples: ['Tom Hale cited Mary Jones. "It is bad," she said. → Mary Jones'],
      lookalikes: ['Mary Jones cited Eva Berg. "It is bad," she said. → Mary Jones'],
    },
    {
      id: 'far',
      weight: -1.5,
      reason: 'It was named more than two paragraphs before.',
      examples: ['Ana Lima spoke.\nIt rained.\nThe port shut.\nShips waited.\n"It is bad," she said. → Ana Lima'],
      lookalikes: ['Ana Lima spoke.\n"It is bad," she said. → Ana Lima'],
    },
  ],
  (entry, example) => {
    const [text, candidate] = example.split(' → ') as [string, string];
    const draft = speakersPass(
      quotesPass(mentionsPass(organisationsPass(peoplePass(candidatesPass(tagPass(segmentPass(createDraft(text)))))))),
    );
    const a = draft.attributions.find((x) => !x.speaker && x.source);
    const actor = draft.actors.find((x) => x.name === candidate);
    if (!a || !actor) return false;
    return (
      antecedentCandidates(
        draft,
        a,
        draft.attributions.filter((x) => x.speaker && x.content.start < a.content.start),
      )
        .find((c) => c.actor === actor.id)
        ?.present.has(entry.id) ?? false
    );
  },
);

/**
 * Shapes whose speaker only the coreference pass can give, each checked end to end: an example
 * is "text → words | speaker", and it holds when the words (a quotation or a clause) come out
 * of the passes with that speaker.
 */
export const COREFERENCE_SHAPES = ruleTable<RuleEntry>(
  'coreference shapes',
  [
    {
      id: 'subject-of-the-quoting-sentence',
      reason:
        'A quotation no cue introduces ("Lima gloated: …", "As Lima put it: …", "Hale called the plan …") is the words of the sentence\'s subject, when an actor opens the sentence.',
      examples: [
        'Tom Hale gloated: "I told you the port would close." → I told you the port would close. | Tom Hale',
        'As Ana Lima put it: "The port is ours and it stays ours." → The port is ours and it stays ours. | Ana Lima',
      ],
      lookalikes: [
        'Tom Hale\'s plan was called "a gift to the landlords of the city" by critics. → a gift to the landlords of the city | Tom Hale',
      ],
    },
    {
      id: 'first-person-in-a-transcript-turn',
      reason:
        'In a transcript, "I" in a turn is whoever the turn\'s label names ("HALE: Well, I think …"), a person the article names in full elsewhere.',
      examples: [
        'Senator Tom Hale and Ana Lima spoke at the hearing on Monday.\n\nHALE: Well, I think the whole port needs to work together on this plan. → the whole port needs to work together on this plan | Tom Hale',
      ],
      lookalikes: [
        'Senator Tom Hale and Ana Lima spoke at the hearing on Monday.\n\nWell, I think the whole port needs to work together on this plan. → the whole port needs to work together on this plan | Tom Hale',
        'Senator Tom Hale and Ana Lima spoke at the hearing on Monday.\n\nHALE: Thank you.\n\nThe hearing was long.\n\nThe hall emptied.\n\nThe lights went out.\n\nWell, I think the whole port needs to work together on this plan. → the whole port needs to work together on this plan | Tom Hale',
      ],
    },
    {
      id: 'pronoun-subject-of-the-quoting-sentence',
      reason:
        'A quotation no cue introduces in a sentence whose subject is a pronoun ("She then turned to the crowd: …") is the words of whoever the pronoun stands for.',
      examples: [
        'Tom Hale spoke at the dock on Monday. He then turned to the crowd: "We will not close the port this year." → We will not close the port this year. | Tom Hale',
        'Ana Lima lost the vote. Later, she addressed her staff again: "The port stays open whatever the board says." → The port stays open whatever the board says. | Ana Lima',
      ],
      lookalikes: [
        'Tom Hale spoke at the dock on Monday. The crowd then turned to him: "We will not close the port this year." → We will not close the port this year. | Tom Hale',
      ],
    },
    {
      id: 'quotation-inside-a-resolved-clause',
      reason:
        'A quotation inside a reported clause ("he said it was “unfortunate …”") is met before the clause whose pronoun source gives it its speaker, so it is read again once that source is resolved.',
      examples: [
        "Tom Hale lost the vote. Asked about the vote, which was close, he said it was ''unfortunate that my remarks have been read as an attack on the town.'' → unfortunate that my remarks have been read as an attack on the town. | Tom Hale",
      ],
      lookalikes: [
        "Tom Hale lost the vote. Asked about the vote, which was close, the board said it was ''unfortunate that my remarks have been read as an attack on the town.'' → unfortunate that my remarks have been read as an attack on the town. | Tom Hale",
      ],
    },
  ],
  (_entry, example) => {
    const [text, expected] = example.split(' → ') as [string, string];
    const [words, speaker] = expected.split(' | ') as [string, string];
    const draft = coreferencePass(
      speakersPass(quotesPass(mentionsPass(organisationsPass(peoplePass(candidatesPass(tagPass(segmentPass(createDraft(text))))))))),
    );
    return draft.attributions.some((a) => a.content.text === words && draft.actors.find((x) => x.id === a.speaker)?.name === speaker);
  },
);

/** Score an antecedent needs. */
export const ANTECEDENT_THRESHOLD = 1;

/** What kind of actor a pronoun or description can stand for. */
function fits(actor: DraftActor, words: string): boolean {
  const w = words.trim().toLowerCase();
  if (w === 'he' || w === 'him') return actor.kind === 'person' && actor.gender !== 'female';
  if (w === 'she' || w === 'her') return actor.kind === 'person' && actor.gender !== 'male';
  if (w === 'it') return actor.kind !== 'person' && actor.kind !== 'country';
  if (w === 'they' || w === 'we') return actor.kind !== 'person' && actor.kind !== 'country';
  const noun = descriptionOf(words);
  const refersTo = noun ? (REFERENCE_NOUNS.get(noun) ?? (ROLE_NOUNS.has(noun) ? 'person' : undefined)) : undefined;
  switch (refersTo) {
    case 'company':
    case 'body':
      return actor.kind === 'organization' || actor.kind === 'armed-group';
    case 'public-body':
      return actor.kind === 'government' || actor.kind === 'organization';
    case 'military':
      return actor.kind === 'military' || actor.kind === 'armed-group' || (actor.kind === 'government' && noun === 'police');
    case 'person':
      return actor.kind === 'person';
    case 'speaker':
      return actor.kind !== 'country';
    default:
      return false;
  }
}

interface Candidate {
  actor: string;
  present: Set<string>;
}

/**
 * Whether the words before a sentence's first mention leave it the sentence's subject: at most
 * three words ("But Tom Hale", "On Monday Hale"), or one opening phrase set off by its comma
 * ("Since taking office last year, Hale …").
 */
function opensAsSubject(before: string): boolean {
  return (
    before.trim().split(/\s+/).filter(Boolean).length <= 3 ||
    /^[^,"]{1,60},\s*$/.test(before.trimStart()) ||
    // "The moderators moved on, but Tom Hale wasn't having it": a clause joined by a conjunction
    // after a comma, or after a semicolon, has a subject of its own, the last the reader met.
    /^[^"]*(?:,\s*(?:but|and|yet|so)|;)\s+$/.test(before)
  );
}

/** The actors a pronoun or description may stand for, with their signals. */
function antecedentCandidates(draft: Draft, a: Attribution, before: readonly Attribution[]): Candidate[] {
  const at = a.source?.start ?? a.content.start;
  const paragraph = a.sentence.paragraph;
  const words = a.source?.text ?? '';
  const byId = new Map(draft.actors.map((x) => [x.id, x]));
  const noun = descriptionOf(words);
  const statement = noun !== undefined && REFERENCE_NOUNS.get(noun) === 'speaker';
  const inQuote = (m: Mention): boolean => draft.quoteSpans.some((q) => m.start >= q.outerStart && m.end <= q.outerEnd);
  // The mention that opens a sentence as its subject: the first outside quotations, past a name
  // that only modifies a noun after a possessive ("Throughout his White House bid, Trump has …").
  const openingMention = (start: number, end: number): Mention | undefined =>
    draft.mentions.find((x) => x.start >= start && x.start < end && !inQuote(x) && !afterPossessive(draft, x));
  const paragraphOf = (offset: number): number => draft.sentences.find((s) => s.start <= offset && offset < s.end)?.paragraph ?? paragraph;
  const recent = draft.mentions.filter((m) => m.end <= at && !inQuote(m) && paragraph - paragraphOf(m.start) <= 4);
  const out = new Map<string, Candidate>();
  const get = (id: string): Candidate => {
    let c = out.get(id);
    if (!c) out.set(id, (c = { actor: id, present: new Set() }));
    return c;
  };
  const lastSpeaker = [...before].reverse().find((b) => b.speaker && paragraph - b.sentence.paragraph <= 2);
  if (lastSpeaker?.speaker && byId.get(lastSpeaker.speaker) && (statement || fits(byId.get(lastSpeaker.speaker)!, words))) {
    const c = get(lastSpeaker.speaker);
    c.present.add('last-speaker');
    const since = draft.sentences.filter((s) => s.start >= lastSpeaker.sentence.end && s.start < at);
    const movedOn = since.some((s) => {
      const m = openingMention(s.start, s.end);
      if (!m || m.actor === lastSpeaker.speaker || !opensAsSubject(draft.folded.slice(s.start, m.start))) return false;
      const actor = byId.get(m.actor);
      return actor !== undefined && fits(actor, words) && !/^'s?\s/.test(draft.folded.slice(m.end, m.end + 3));
    });
    if (movedOn && !statement) c.present.add('moved-on');
  }
  // A statement speaks for whoever issued it or spoke last, not for whatever was named last.
  const nearest = statement ? undefined : [...recent].reverse().find((m) => byId.get(m.actor) && fits(byId.get(m.actor)!, words));
  if (nearest) get(nearest.actor).present.add('nearest');
  for (const m of statement ? [] : recent) {
    const actor = byId.get(m.actor);
    if (!actor || !fits(actor, words)) continue;
    const c = get(m.actor);
    const sentence = draft.sentences.find((s) => s.start <= m.start && m.start < s.end);
    if (
      sentence &&
      openingMention(sentence.start, sentence.end) === m &&
      (draft.folded.slice(sentence.start, m.start).split(/\s+/).length <= 6 || opensAsSubject(draft.folded.slice(sentence.start, m.start)))
    )
      c.present.add('subject');
    if (/^'s?\s/.test(draft.folded.slice(m.end, m.end + 3))) c.present.add('possessive');
    if (paragraph - paragraphOf(m.start) > 2) c.present.add('far');
    if (
      noun &&
      (actor.role.toLowerCase().includes(noun) ||
        actor.aliases.some((al) => al.text.toLowerCase().includes(noun)) ||
        titledAs(draft, m, noun))
    )
      c.present.add('role-match');
  }
  // "Tall Oak Records issued a statement. … 'It should be noted …,' the statement continued":
  // a statement speaks for whoever the article says issued it.
  if (statement && noun) {
    const issued = new RegExp(
      `(?<![\\p{L}])(?:a|an|the|its|his|her|their)\\s+(?:[\\p{L}-]+\\s+){0,2}?${noun.replace(/s$/, '')}s?(?![\\p{L}])`,
      'iu',
    );
    for (const sentence of [...draft.sentences].reverse()) {
      if (sentence.start > at || paragraph - sentence.paragraph > 3) continue;
      const body = draft.folded.slice(sentence.start, Math.min(sentence.end, at));
      const m = issued.exec(body);
      if (!m || (a.source && sentence.start + m.index >= a.source.start && sentence.start + m.index < a.source.end)) continue;
      const subject = draft.mentions.find(
        (x) => x.start >= sentence.start && x.start < sentence.start + m.index && !inQuote(x) && byId.get(x.actor)?.kind !== 'country',
      );
      // "The statement, obtained by …, claimed …" names the statement again, not who issued it: look further back.
      if (!subject && new RegExp(`^\\s*the\\s+${noun.replace(/s$/, '')}s?(?![\\p{L}])`, 'iu').test(body)) continue;
      const described = subject ? undefined : /^\s*the\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)/iu.exec(body)?.[1];
      const resolved =
        subject?.actor ??
        (described
          ? [...recent].reverse().find((x) => x.start < sentence.start && byId.get(x.actor) && fits(byId.get(x.actor)!, `the ${described}`))
              ?.actor
          : undefined);
      if (resolved) {
        get(resolved).present.add('issued-it');
        break;
      }
    }
  }
  // The subject the text just left off with, walking back over sentences that open on a pronoun.
  if (!statement) {
    for (let i = a.sentence.index - 1, steps = 0; i >= 0 && steps < 3; i--, steps++) {
      const sentence = draft.sentences[i]!;
      if (paragraph - sentence.paragraph > 1) break;
      const opening = draft.folded.slice(sentence.start, sentence.end);
      const subject = openingMention(sentence.start, sentence.end);
      if (subject && opensAsSubject(draft.folded.slice(sentence.start, subject.start))) {
        const actor = byId.get(subject.actor);
        if (actor && fits(actor, words) && !/^'s?\s/.test(draft.folded.slice(subject.end, subject.end + 3)))
          get(subject.actor).present.add('previous-subject');
        break;
      }
      if (!/^\s*(?:(?:but|and|yet|so|still|then|now)\s+)?(?:he|she|they|it)\s/i.test(opening)) break;
    }
  }
  // The only actor of the right kind in reach.
  if (out.size === 1) [...out.values()][0]!.present.add('only-candidate');
  // A later mention of the same actor clears the marks of an earlier, weaker one.
  for (const c of out.values()) {
    const latest = [...recent].reverse().find((m) => m.actor === c.actor);
    if (latest && !/^'s?\s/.test(draft.folded.slice(latest.end, latest.end + 3))) c.present.delete('possessive');
    if (latest && paragraph - paragraphOf(latest.start) <= 2) c.present.delete('far');
  }
  return [...out.values()];
}

/** Whether a mention stands right after a possessive determiner, as a noun's modifier ("his White House bid"). */
function afterPossessive(draft: Draft, m: Mention): boolean {
  const word = /([\p{L}]+)\s+$/u.exec(draft.folded.slice(Math.max(0, m.start - 12), m.start))?.[1];
  return word !== undefined && POSSESSIVE_DETERMINERS.has(word.toLowerCase());
}

/**
 * Whether the title or role noun written right before a mention, or opening it, is the
 * description's noun: "Sen. Ana Lima, a lawyer from Salem," is "the senator" although the role
 * the builder keeps for her is the apposition; "economist Paula Redmond" is "the economist".
 * An abbreviated title is read in full ("Sen." as "Senator", "Gen." as "General").
 */
function titledAs(draft: Draft, m: Mention, noun: string): boolean {
  const { folded } = draft;
  const from = Math.max(0, m.start - 40);
  const before = folded.slice(from, m.start);
  // Only the words joined to the mention: no comma or quotation mark in between.
  const run = /(?:[\p{L}.'’-]+\s+){1,4}$/u.exec(before);
  const starts = [m.start];
  if (run) {
    const runStart = from + run.index;
    for (const w of folded.slice(runStart, m.start).matchAll(/[\p{L}.'’-]+/gu)) starts.unshift(runStart + w.index);
  }
  for (const start of starts) {
    const title = titleAt(folded, start);
    if (title) {
      const end = start + title.length;
      const joined = end <= m.start ? /^\s*$/.test(folded.slice(end, m.start)) : start === m.start;
      if (joined && expandTitle(title).toLowerCase().split(/\s+/).includes(noun)) return true;
    }
    // A role noun in lower case right before the name: "economist Paula Redmond".
    const word = /^[\p{Ll}-]+(?=\s+$)/u.exec(folded.slice(start, m.start))?.[0];
    if (word && word === noun && ROLE_NOUNS.has(word)) return true;
  }
  return false;
}

/** Resolves a pronoun or description source to an actor, or leaves it. */
function resolveReference(draft: Draft, a: Attribution, before: readonly Attribution[]): void {
  // "Muslim groups wrote to her. … They argue that …": "they" goes on with a group that spoke last and is no actor.
  const last = before[before.length - 1];
  if (
    a.source &&
    /^(?:they|we)$/i.test(a.source.text.trim()) &&
    last &&
    !last.speaker &&
    last.genericSource &&
    a.sentence.paragraph - last.sentence.paragraph <= 1
  ) {
    a.genericSource = last.genericSource;
    a.because = [a.how, `"${a.source.text}" goes on with the group that spoke last`];
    return;
  }
  const firstPerson = a.source ? firstPersonSpeaker(draft, a.source) : undefined;
  if (firstPerson) {
    a.speaker = firstPerson.actor;
    a.because = [a.how, `"${a.source?.text}" ${firstPerson.why}`];
    return;
  }
  const candidates = antecedentCandidates(draft, a, before);
  const decision = decide(
    'antecedent',
    a.source?.text ?? '',
    candidates.map((c) => ({ answer: c.actor, features: ANTECEDENT_FEATURES.entries, present: c.present })),
    ANTECEDENT_THRESHOLD,
  );
  if (decision.answer === 'no') {
    if (a.source && !isPronoun(a.source.text)) a.genericSource = a.source.text;
    return;
  }
  a.speaker = decision.answer;
  a.because = [a.how, `"${a.source?.text}" stands for it`, ...decision.because];
}

/**
 * "“… I think the port will close,” Hale said", "HALE: Well, I think the port will close": a
 * first-person pronoun inside someone's quoted words, or inside a transcript turn, is whoever
 * speaks those words: the speaker of the quotation, or of the turn's label (found as the
 * speakers pass resolved the turn, else as a form of an actor's name).
 */
function firstPersonSpeaker(draft: Draft, source: Span): { actor: string; why: string } | undefined {
  if (!/^(?:i|me|my)$/i.test(source.text.trim())) return undefined;
  const quote = draft.quoteSpans.find((q) => q.outerStart < source.start && source.end < q.outerEnd);
  if (quote) {
    const said = draft.attributions.find(
      (b) => b.direct && b.speaker && b.content.start >= quote.outerStart && b.content.end <= quote.outerEnd,
    );
    return said?.speaker ? { actor: said.speaker, why: 'is the speaker of the quotation it stands in' } : undefined;
  }
  const label = [...findSpeakerLabels(draft.text)].reverse().find((l) => l.end <= source.start);
  if (!label || label.isQuestion) return undefined;
  // A turn runs on for a few paragraphs at most; past them the article has gone back to prose.
  const paragraphOf = (offset: number): number => draft.sentences.find((x) => x.start <= offset && offset < x.end)?.paragraph ?? -99;
  if (paragraphOf(source.start) - paragraphOf(label.start) > 2) return undefined;
  const turn = draft.attributions.find((b) => b.how === 'transcript-turn' && b.source?.start === label.start && b.speaker);
  if (turn?.speaker) return { actor: turn.speaker, why: `is ${label.name}, whose turn of the transcript it stands in` };
  const name = label.name.toLowerCase();
  const actor = draft.actors.find(
    (x) =>
      x.kind === 'person' && x.aliases.some((al) => al.text.toLowerCase() === name || al.text.toLowerCase().split(/\s+/).pop() === name),
  );
  return actor ? { actor: actor.id, why: `is ${label.name}, whose turn of the transcript it stands in` } : undefined;
}

/**
 * A quotation with no cue of its own continues the speaker next to it: in the same sentence or
 * paragraph, or in the paragraph before when this one opens with a quotation mark.
 */
function resolveContinuation(draft: Draft, a: Attribution, all: readonly Attribution[]): void {
  const index = all.indexOf(a);
  // A scare quote in someone else's sentence ("not a journalist") goes on from nobody.
  const opensSentence = /^\s*["“‘'«]/.test(draft.folded.slice(a.sentence.start, a.content.start));
  if (a.content.text.split(/\s+/).length < 4 && !opensSentence) return;
  const sameSentence = all.find((b) => b !== a && b.speaker && b.sentence === a.sentence);
  if (sameSentence) {
    a.speaker = sameSentence.speaker!;
    a.because = ['quotation with no cue', 'speaker of the same sentence'];
    return;
  }
  const subject = quotingSubject(draft, a);
  if (subject) {
    a.speaker = subject;
    a.because = ['quotation with no cue', 'the subject of the sentence that quotes it'];
    return;
  }
  const previous = [...all.slice(0, index)].reverse().find((b) => b.speaker || b.genericSource);
  const next = all.slice(index + 1).find((b) => b.speaker || b.genericSource);
  const paragraphStart = draft.paragraphs.find((p) => p.start <= a.content.start && a.content.start < p.end)?.start ?? a.sentence.start;
  const opensParagraph = /^\s*["“‘'«]/.test(draft.folded.slice(paragraphStart, a.content.start));
  // Someone else named between the two, outside quotations, may be the one who goes on speaking.
  const mentionBetween = (from: number, to: number, speaker: Attribution): boolean =>
    draft.mentions.some(
      (m) =>
        m.start >= from &&
        m.end <= to &&
        m.actor !== speaker.speaker &&
        !draft.quoteSpans.some((q) => m.start >= q.outerStart && m.end <= q.outerEnd) &&
        !(speaker.source && m.start >= speaker.source.start && m.end <= speaker.source.end),
    );
  if (
    previous &&
    previous.sentence.paragraph === a.sentence.paragraph &&
    !mentionBetween(Math.max(previous.content.end, previous.sentence.end), a.content.start, previous)
  ) {
    take(a, previous, 'speaker of the paragraph so far');
    return;
  }
  // "She then turned to the crowd: “…”", "Later he defended the plan, saying …": the sentence's
  // subject is a pronoun, which stands for whoever it stands for as a source would. (After the
  // speaker of the paragraph so far, since a pronoun's gender is only as good as the builder's guess.)
  const pronoun = pronounOpening(draft, a);
  if (pronoun) {
    a.source = pronoun;
    resolveReference(draft, a, all.slice(0, index));
    if (a.speaker || a.genericSource) {
      a.because = ['quotation with no cue', 'the pronoun that opens the sentence is its subject', ...(a.because ?? []).slice(1)];
      return;
    }
    a.source = undefined;
  }
  if (next && next.sentence.paragraph === a.sentence.paragraph && next.sentence.index - a.sentence.index <= 1 && next.direct) {
    take(a, next, 'speaker named next in the paragraph');
    return;
  }
  if (
    previous &&
    opensParagraph &&
    a.sentence.paragraph - previous.sentence.paragraph === 1 &&
    !mentionBetween(Math.max(previous.content.end, previous.sentence.end), a.content.start, previous)
  ) {
    take(a, previous, 'the quotation goes on from the paragraph before');
  }
}

/**
 * "Lima gloated: “…”", "As Lima put it: “…”", "Hale called the plan “a gift to the
 * landlords”": a quotation no cue introduces, inside a sentence whose subject is an actor named
 * before it, is that subject's. The subject opens the sentence (after at most an opener such as
 * "As" or "But"), is no possessor, and is a person or a body, not a country.
 */
function quotingSubject(draft: Draft, a: Attribution): string | undefined {
  const sentence = a.sentence;
  const outside = (m: Mention): boolean => !draft.quoteSpans.some((q) => m.start >= q.outerStart && m.end <= q.outerEnd);
  const m = draft.mentions.find((x) => x.start >= sentence.start && x.end <= a.content.start && outside(x));
  if (!m) return undefined;
  const prefix = draft.folded.slice(sentence.start, m.start).trim().split(/\s+/).filter(Boolean);
  if (prefix.length > 3 || prefix.some((w) => /["]/.test(w))) return undefined;
  if (/^'s?\s/.test(draft.folded.slice(m.end, m.end + 3))) return undefined;
  const kind = draft.actors.find((x) => x.id === m.actor)?.kind;
  if (kind === undefined || kind === 'country') return undefined;
  // The subject's verb comes before the quotation: "Lima gloated:", not "Lima’s “plan”".
  const between = draft.folded.slice(m.end, a.content.start);
  if (!/\p{Ll}{2,}/u.test(between) || /[.!?]\s/.test(between)) return undefined;
  return m.actor;
}

/**
 * The personal pronoun that opens the sentence of a quotation no cue introduces, as its subject,
 * with a verb of its own before the quotation ("She then turned to the crowd: “…”", "In an
 * interview, he defended the plan, saying …"): its span, or undefined. The pronoun may follow a
 * conjunction or one opening phrase set off by a comma; no sentence ends and no quotation opens
 * between it and the quoted words.
 */
function pronounOpening(draft: Draft, a: Attribution): Span | undefined {
  const { start } = a.sentence;
  const before = draft.folded.slice(start, a.content.start);
  const m = /^(\s*(?:(?:but|and|yet|so|still|then|now|later)\s+|[^,"]{1,60},\s*)?)(he|she|they)\s+(?=\p{Ll}{2,})/iu.exec(before);
  if (!m) return undefined;
  // The folded text writes every quotation mark as ", so one before the quoted words opens them.
  if (/[.!?]\s|"/.test(before.slice(m[0].length).replace(/"\s*$/, ''))) return undefined;
  const from = start + m[1]!.length;
  return { start: from, end: from + m[2]!.length, text: draft.text.slice(from, from + m[2]!.length) };
}

function take(a: Attribution, from: Attribution, why: string): void {
  if (from.speaker) a.speaker = from.speaker;
  else if (from.genericSource) a.genericSource = from.genericSource;
  a.because = ['quotation with no cue', why];
}

/**
 * Splits "A, and that B" and "A, demanding B" into propositions. A part that a bare "and that" or
 * "but that" joins to the one before is `joined`: the cue's own clause goes on ("said A and that
 * B" reports one statement), where a participle or a second verb starts another report.
 */
function splitClause(folded: string, start: number, end: number): Array<{ start: number; end: number; joined: boolean }> {
  const parts: Array<{ start: number; end: number; joined: boolean }> = [];
  // Participles of demand also split without a comma: "… of the country demanding US troops leave".
  const re = new RegExp(
    `(?:\\s+and\\s+that\\s|,\\s+(?:(?:and|but)\\s+(?:also\\s+)?(?:added|said|noted|warned|insisted|stressed|argued|claimed)\\s+that|and\\s+that|and\\s+also\\s+that|but\\s+that|(?=(?:demanding|calling for|urging|insisting|saying|adding|warning|stressing|noting)\\s))|\\s+(?=(?:demanding|calling for|urging)\\s))\\s*`,
    'giu',
  );
  const segment = folded.slice(start, end);
  let last = 0;
  let joined = false;
  for (const m of segment.matchAll(re)) {
    // Never split inside a quotation.
    if ((segment.slice(0, m.index).match(/"/g)?.length ?? 0) % 2 === 1) continue;
    parts.push({ start: start + last, end: start + m.index, joined });
    last = m.index + m[0].length;
    joined = /^,?\s*(?:and|but)\s+(?:also\s+)?that\s*$/i.test(m[0]);
  }
  parts.push({ start: start + last, end, joined });
  return parts.filter((p) => p.end - p.start > 8);
}

/** Finds ", a good proof for X that B" in a clause: where the proof ends, where the claim starts, and X's actor. */
function splitProof(
  draft: Draft,
  part: { start: number; end: number },
): { headEnd: number; tailStart: number; speaker?: string } | undefined {
  const segment = draft.folded.slice(part.start, part.end);
  const m =
    /,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}(?:proof|evidence|sign|indication|signal|reminder|demonstration)\s+(?:(?:for|to)\s+([^,]+?)\s+)?that\s+/u.exec(
      segment,
    );
  if (!m) return undefined;
  const out: { headEnd: number; tailStart: number; speaker?: string } = {
    headEnd: part.start + m.index,
    tailStart: part.start + m.index + m[0].length,
  };
  if (m[1]) {
    const forStart = part.start + m.index + m[0].indexOf(m[1]);
    const named = draft.mentions.find((x) => x.start >= forStart && x.end <= forStart + m[1]!.length);
    if (named) out.speaker = named.actor;
  }
  return out;
}

/** Turns the attributions into the pack's quotes and the claims' assertions. */
function emit(draft: Draft): void {
  const { text } = draft;
  const quotes: DraftQuote[] = [];
  const assertions: Assertion[] = [];
  const counts = new Map<string, number>();
  const makeId = (speaker: string | undefined): string => {
    const base = speaker ?? 'unattributed';
    const n = (counts.get(base) ?? 0) + 1;
    counts.set(base, n);
    return `${base}-quote-${n}`.slice(0, 80).replace(/-+$/, '');
  };
  const addQuote = (a: Attribution, start: number, end: number, speaker: string | undefined): string | undefined => {
    const words = text.slice(start, end);
    const count = words.trim().split(/\s+/).length;
    if (count < (a.direct ? 1 : 3)) return undefined;
    // A short quotation nobody says is a scare quote ("loser", "binary choice"), not a quote to review.
    if (a.direct && !speaker && !a.genericSource && count <= 3) return undefined;
    const same = quotes.find((q) => q.start === start && q.text === words && q.direct === a.direct);
    if (same) return same.id;
    const quote: DraftQuote = { id: makeId(speaker), text: words, start, direct: a.direct, sentence: a.sentence };
    if (speaker) quote.speaker = speaker;
    else if (a.genericSource) quote.source = a.genericSource;
    if (a.because) quote.because = a.because;
    quotes.push(quote);
    return quote.id;
  };
  const directIn = (start: number, end: number): DraftQuote[] => quotes.filter((q) => q.direct && q.start >= start && q.start < end);
  // Direct quotations first, so that reported clauses can name the quotations inside them.
  for (const a of draft.attributions.filter((x) => x.direct)) addQuote(a, a.content.start, a.content.end, a.speaker);
  for (const a of draft.attributions.filter((x) => !x.direct && !x.tracksOnly)) {
    const parts = splitClause(draft.folded, a.content.start, a.content.end);
    // "said A and that B" is one quote of both clauses, and an assertion of each.
    const statements: Array<{ start: number; end: number }> = [];
    for (const part of parts) {
      const previous = statements[statements.length - 1];
      if (part.joined && previous) previous.end = part.end;
      else statements.push({ start: part.start, end: part.end });
    }
    for (const part of parts) {
      const statement = statements.find((x) => x.start <= part.start && part.end <= x.end) ?? part;
      const inner = directIn(part.start, part.end).map((q) => q.id);
      // A scare quote alone is already a direct quotation.
      if (draft.quoteSpans.some((q) => q.outerStart <= part.start && q.outerEnd >= part.end)) continue;
      const nested = splitProof(draft, part);
      if (nested && a.speaker) {
        // "A, a proof for X that B": B is the claim (X's, when named), A its evidence.
        const headId = addQuote(a, part.start, nested.headEnd, a.speaker);
        const tailSpeaker = nested.speaker ?? a.speaker;
        const tailId = addQuote(a, nested.tailStart, part.end, tailSpeaker);
        assertions.push({
          speaker: tailSpeaker,
          text: text.slice(nested.tailStart, part.end),
          start: nested.tailStart,
          sentence: a.sentence,
          quotes: [tailId, headId, ...inner].filter((id): id is string => id !== undefined),
          verb: a.cue,
          support: { text: text.slice(part.start, nested.headEnd), start: part.start, speaker: a.speaker },
        });
        continue;
      }
      // A denial's clause is someone else's words: it is asserted, not quoted.
      const id = a.denial ? undefined : addQuote(a, statement.start, statement.end, a.speaker);
      if (a.speaker)
        assertions.push({
          speaker: a.speaker,
          text: text.slice(part.start, part.end),
          start: part.start,
          sentence: a.sentence,
          quotes: [...inner, ...(id ? [id] : [])],
          verb: a.cue,
        });
    }
  }
  for (const a of draft.attributions.filter((x) => x.direct && x.speaker)) {
    if (
      draft.attributions.some(
        (r) => !r.direct && !r.tracksOnly && r.speaker && a.content.start >= r.content.start && a.content.start < r.content.end,
      )
    )
      continue;
    const quote = quotes.find((q) => q.start === a.content.start && q.direct);
    if (!quote || quote.text.split(/\s+/).length < 3) continue;
    assertions.push({ speaker: a.speaker!, text: quote.text, start: quote.start, sentence: a.sentence, quotes: [quote.id] });
  }
  draft.quotes = quotes.sort((x, y) => x.start - y.start);
  draft.assertions = assertions.sort((x, y) => x.start - y.start);
  const unattributed = quotes.filter((q) => !q.speaker && q.direct).length;
  if (unattributed > 0)
    draft.warnings.push(
      `${unattributed} quotation${unattributed === 1 ? ' has' : 's have'} no speaker the builder could find; ${unattributed === 1 ? 'it is' : 'they are'} kept without one for you to choose.`,
    );
}

/** Resolves pronouns, descriptions and continuations in reading order, then emits quotes and assertions. */
export function coreferencePass(draft: Draft): Draft {
  const all = draft.attributions;
  for (const [i, a] of all.entries()) {
    if (a.speaker || a.genericSource) continue;
    if (a.source) resolveReference(draft, a, all.slice(0, i));
    else resolveContinuation(draft, a, all);
  }
  // "he said it was ''unfortunate …''": a quotation is met before the clause around it, whose
  // source may only have been resolved after it; a second reading gives it that speaker.
  for (const a of all) if (!a.speaker && !a.genericSource && !a.source) resolveContinuation(draft, a, all);
  emit(draft);
  return draft;
}
