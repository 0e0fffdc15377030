/**
 * The speakers pass: resolves each attribution's source words to an actor when they name one.
 * "Alan Pryce" names a person; "Vale spokeswoman Paula Redmond" names two people, and the
 * head of the phrase (Redmond) speaks, which a score decides (the head, a person, not a possessor).
 * Before that, two shapes of the source's words are mended: a personal pronoun right before the
 * verb is the subject whatever came before it ("late that night he said"), and an apposition
 * ("R-Ore.", "Republican of Oregon", "a lawyer for the union") stands for the name it qualifies.
 * A pronoun ("she said") or a description ("the company said") is left to the coreference pass;
 * words that name nobody the pack knows ("police", "a senior official") are kept as the quote's
 * source, so the reviewer sees who the article says spoke.
 */
import { appositionOf } from '../lexicon/appositions';
import { REFERENCE_NOUNS } from '../lexicon/references';
import { CLOSED_CLASS_WORDS, FUNCTION_WORDS } from '../lexicon/function-words';
import { PLURAL_ROLE_NOUNS, ROLE_NOUNS } from '../lexicon/names';
import { DESCRIBING_ADJECTIVES, ORG_HEADS } from '../lexicon/organisations';
import { GENERIC_SOURCES } from '../lexicon/speech';
import { RELATIVE_DAYS, WEEKDAYS } from '../lexicon/time';
import { type DraftActor, addAlias, countryOf, titleAt } from './actors';
import { type RuleEntry, ruleTable } from '../lexicon/table';
import type { Mention } from './actors';
import { findMentions } from './mentions';
import { candidatesPass } from './candidates';
import { type FeatureEntry, decide } from './decision';
import { type Attribution, type Draft, createDraft } from './draft';
import type { Span } from './text';
import { mentionsPass } from './mentions';
import { isCommonWordAt, organisationsPass } from './organisations';
import { newActor, peoplePass } from './people';
import { isPronoun, quotesPass } from './quotes';
import { segmentPass } from './segment';
import { hasTag, tagPass } from './tag';

/** Signals that an actor named in a source's words is the one who speaks. */
export const SOURCE_FEATURES = ruleTable<FeatureEntry>(
  'source features',
  [
    {
      id: 'head',
      weight: 2,
      reason: 'It ends the source\'s words: "Vale spokeswoman Paula Redmond" is Redmond.',
      examples: [
        'Martin Vale spokeswoman Paula Redmond said the talks had ended. → Paula Redmond',
        "Harbour Board economist Paula Redmond of Tom Hale's firm said the talks had ended. → Paula Redmond",
      ],
      lookalikes: [
        'Martin Vale spokeswoman Paula Redmond said the talks had ended. → Martin Vale',
        "Harbour Board economist Paula Redmond of Tom Hale's firm said the talks had ended. → Tom Hale",
      ],
    },
    {
      id: 'person',
      weight: 1.5,
      reason: 'A person named in the source speaks rather than the body they work for.',
      examples: ['Ana Lima of the Port Authority said the talks had ended. → Ana Lima'],
      lookalikes: ['Ana Lima of the Port Authority said the talks had ended. → Port Authority'],
    },
    {
      id: 'first',
      weight: 0.5,
      reason: 'The first name of the source is its subject ("Ana Lima of the Port Authority").',
      examples: ['Ana Lima of the Port Authority said the talks had ended. → Ana Lima'],
      lookalikes: ['Ana Lima of the Port Authority said the talks had ended. → Port Authority'],
    },
    {
      id: 'possessor',
      weight: -2,
      reason: 'A possessor is not the speaker ("Vale\'s lawyer") unless nobody else is named.',
      examples: ["Martin Vale's lawyer said the talks had ended. → Martin Vale"],
      lookalikes: ['Martin Vale said the talks had ended. → Martin Vale'],
    },
    {
      id: 'country',
      weight: -1,
      reason: 'A country named in the source usually qualifies someone ("US envoy Ana Lima").',
      examples: ['US envoy Ana Lima said the talks had ended. → US'],
      lookalikes: ['US envoy Ana Lima said the talks had ended. → Ana Lima'],
    },
  ],
  (entry, example) => {
    const [text, candidate] = example.split(' → ') as [string, string];
    const draft = mentionsPass(organisationsPass(peoplePass(candidatesPass(tagPass(segmentPass(createDraft(text)))))));
    const source = quotesPass(draft).attributions.find((a) => a.source)?.source;
    if (!source) return false;
    const inside = draft.mentions.filter((m) => m.start >= source.start && m.end <= source.end);
    const m = inside.find((x) => draft.text.slice(x.start, x.end) === candidate);
    return m !== undefined && sourceFeatures(draft, source, m, inside.indexOf(m)).has(entry.id);
  },
);

/**
 * Shapes of reported speech ("X said P" without "that") whose source or clause the quotes pass
 * must read right, each checked end to end: an example is "sentence → source | clause", and it
 * holds when the pass reports that clause from that source ("… | speaker" also names the actor
 * the source must resolve to).
 */
export const REPORTED_SPEECH_SHAPES = ruleTable<RuleEntry>(
  'reported speech shapes',
  [
    {
      id: 'noun-before-the-cue',
      reason:
        'The word right before a speech verb heads its subject even when it could be a verb ("the union campaign said", "Dutch police say"): finite verbs do not stand side by side.',
      examples: [
        'The union campaign said the strike was legal. → The union campaign | the strike was legal',
        'Dutch police say they have found the van. → Dutch police | they have found the van',
      ],
      lookalikes: ['Voters who campaign said the strike was legal. → Voters who campaign | the strike was legal'],
    },
    {
      id: 'qualified-unnamed-source',
      reason:
        'An unnamed source qualified by what it knows ("sources close to the mayor", "people familiar with the talks") is one subject; the first word of a subject is never its verb.',
      examples: [
        'Rather, sources close to the mayor say she will run again. → sources close to the mayor | she will run again',
        'People familiar with the talks said they had stalled. → People familiar with the talks | they had stalled',
      ],
      lookalikes: ['Sources said the mayor will run again. → sources close to the mayor | the mayor will run again'],
    },
    {
      id: 'aside-between-dashes',
      reason: 'An aside between dashes stands between a subject and its verb like one between commas ("The judge -- who … -- said").',
      examples: [
        'The judge -- who has clashed with the mayor for months -- said she regretted the remark. → The judge | she regretted the remark',
        'The coach — a former player himself — said the team was tired. → The coach | the team was tired',
      ],
      lookalikes: ['The coach said the team — a young side — was tired. → The coach — a former player himself — | the team was tired'],
    },
    {
      id: 'demonstrative-opens-the-clause',
      reason:
        '"This" or "that" after a speech verb opens its clause ("said this was a mistake"); before a span of time it dates the statement ("said this week").',
      examples: ['Hale said this was a grave error. → Hale | this was a grave error'],
      lookalikes: ['Hale said this week the vote was a grave error. → Hale | this week the vote was a grave error'],
    },
    {
      id: 'plain-present-verb',
      reason:
        'A plain present verb ("they want", "staffers sign") or one contracted onto a pronoun ("it\'s") makes a clause finite, though compromise also reads the bare form as an infinitive.',
      examples: [
        'Half of the members said they want a new chair. → Half of the members | they want a new chair',
        "Several members said it's too late to change course. → Several members | it's too late to change course",
      ],
      lookalikes: ['Several members said to change course quickly. → Several members | to change course quickly'],
    },
    {
      id: 'relative-clause-speaker',
      reason:
        'A relative clause set off by commas speaks for the noun it hangs on ("Tom Hale, who said …") and ends at its closing comma; without the comma ("voters who say P want …") the clause runs into the main verb, so it is left.',
      examples: ['Senator Tom Hale, who said the port was closed, left early. → Senator Tom Hale | the port was closed'],
      lookalikes: [
        'Senator Tom Hale, who said the port was closed, left early. → who | the port was closed, left early',
        'Voters who say the ferry is unsafe want a change. → Voters | the ferry is unsafe want a change',
      ],
    },
    {
      id: 'listener-before-clause',
      reason: 'After "told" the listener comes before the clause ("told reporters she would stay"), and is not part of what was said.',
      examples: ['Ana Lima told reporters she would stay. → Ana Lima | she would stay'],
      lookalikes: ['Ana Lima told reporters she would stay. → Ana Lima | reporters she would stay'],
    },
    {
      id: 'name-with-the-is-a-body',
      reason:
        'A name that keeps a capitalised "The" ("As The Ridge reported", "The Ledger said") is a publication or another body that speaks as one, and becomes an organisation under its whole name; a side or a house ("The Senate") does not.',
      examples: ['As The Ridge reported, the vote was delayed. → The Ridge | the vote was delayed | The Ridge'],
      lookalikes: [
        'The Senate said the vote was delayed. → The Senate | the vote was delayed | The Senate',
        'As The Ridge reported, the vote was delayed. → The Ridge | the vote was delayed | Ridge',
      ],
    },
    {
      id: 'region-after-place',
      reason:
        'A place in an apposition is often written with its region after a comma ("a fisherman from Dover, Delaware,"): the comma after the region closes the apposition, so the subject is still the name before it.',
      examples: ['Tom Hale, a fisherman from Dover, Delaware, says the port will reopen. → Tom Hale | the port will reopen | Tom Hale'],
      lookalikes: ['The mayor of Dover, Piotr Nowak, said the docks were busy. → The mayor of Dover | the docks were busy'],
    },
    {
      id: 'issued-document',
      reason:
        'A document a body put out speaks for that body ("X released a report that said …", "X issued a statement which warned …"), so the subject of the issuing verb is the source.',
      examples: [
        'The Harbour Board released a report that said the pier was unsafe. → The Harbour Board | the pier was unsafe | Harbour Board',
      ],
      lookalikes: ['The Harbour Board read a report that said the pier was unsafe. → The Harbour Board | the pier was unsafe'],
    },
    {
      id: 'apposition-after-name',
      reason:
        'What stands between commas after a name (party and state, age and hometown, a description; lexicon/appositions.ts) qualifies it, so the name speaks even when the apposition ends right before the verb.',
      examples: [
        'Sen. Ana Lima, R-Ore., said the port would stay open. → Ana Lima | the port would stay open | Ana Lima',
        'Tom Hale, 61, of Salem, Ore., said the ferry was late. → Tom Hale | the ferry was late | Tom Hale',
        'Alan Pryce, a pilot from Dover, Delaware, who said the port was unsafe, left early. → Alan Pryce | the port was unsafe | Alan Pryce',
      ],
      lookalikes: ['Unlike Tom Hale, Dover officials said the port was unsafe. → Tom Hale | the port was unsafe'],
    },
    {
      id: 'listener-after-told',
      reason:
        'The words after "told" are the listener ("told Channel Nine on Sunday that …"), never the speaker: the subject that opens the clause before the verb speaks, the listener being only where the words went.',
      examples: [
        'The vote was close. Tom Hale, in the wake of a new poll on the port, told Channel Nine on Sunday that the ferry would run again. → Tom Hale | the ferry would run again | Tom Hale',
      ],
      lookalikes: [
        'The vote was close. Tom Hale, in the wake of a new poll on the port, told Channel Nine on Sunday that the ferry would run again. → Channel Nine | the ferry would run again',
      ],
    },
    {
      id: 'pronoun-before-the-verb',
      reason:
        'A personal pronoun right before the speech verb is its subject, whatever words come before it ("Late on Monday he said", "– after the vote – she said").',
      examples: ['Tom Hale lost. After the vote, late that night he said the port would close. → he | the port would close'],
      lookalikes: [
        'Tom Hale lost. After the vote, late that night he said the port would close. → late that night he | the port would close',
      ],
    },
    {
      id: 'date-or-place-before-the-verb',
      reason:
        'A date between a subject and its verb ("(D-Ore.) last week said", "on Tuesday said"), a place set off by commas ("Hale, in Salem, said") and a date right after the verb ("said Tuesday that") tell when and where, and never who spoke.',
      examples: [
        'Sen. Ana Lima (D-Ore.) last week said the port would close. → Sen. Ana Lima | the port would close',
        'Tom Hale, in Salem, said Tuesday that the ferry was late. → Tom Hale | the ferry was late | Tom Hale',
      ],
      lookalikes: [
        'Tom Hale, in Salem, said Tuesday that the ferry was late. → Tuesday | the ferry was late',
        'Sen. Ana Lima (D-Ore.) last week said the port would close. → D-Ore.) last week | the port would close',
      ],
    },
    {
      id: 'naming-complement',
      reason:
        'A verb of naming gives its object someone\'s words ("called the plan “a costly mistake”", ", describing the dock as “a gift”"): the object and the quotation together are what was said, and the quotation alone loses what it is said of.',
      examples: [
        'Ana Lima called the ferry plan “a costly mistake.” → Ana Lima | the ferry plan “a costly mistake.”',
        'Tom Hale spoke at the pier, describing the new dock as “a gift to the town.” → Tom Hale | the new dock as “a gift to the town.”',
        'Tom Hale called the show “the best hour of radio in the state.” → Tom Hale | the show “the best hour of radio in the state.”',
      ],
      lookalikes: [
        'Ana Lima called in “a favour” from the mayor. → Ana Lima | in “a favour”',
        'Ana Lima called the ferry plan a costly mistake. → Ana Lima | the ferry plan a costly mistake.',
      ],
    },
    {
      id: 'clause-opens-on-a-quotation',
      reason:
        'A reported clause may open on a quotation and go on past it in lower case ("said “it is a mess” every time the ferry was late"): the clause is what was said, and the quotation only its start.',
      examples: ['Tom Hale said “it is a mess” every time the ferry was late. → Tom Hale | “it is a mess” every time the ferry was late'],
      lookalikes: [
        'Tom Hale said, “It is a mess,” and left early. → Tom Hale | “It is a mess,” and left early',
        '“It is a mess,” Tom Hale said as the ferry left late. → Tom Hale | “It is a mess,” Tom Hale said as the ferry left late',
      ],
    },
    {
      id: 'clause-opens-on-a-number',
      reason: 'A reported clause may open on a figure ("says 4,500 of the posts could go").',
      examples: ['The economist says 4,500 of the posts could go. → The economist | 4,500 of the posts could go'],
      lookalikes: ['The economist says 4,500. → The economist | 4,500'],
    },
  ],
  (_entry, example) => {
    const [text, expected] = example.split(' → ') as [string, string];
    const [source, clause, speaker] = expected.split(' | ') as [string, string, string | undefined];
    const draft = speakersPass(
      quotesPass(mentionsPass(organisationsPass(peoplePass(candidatesPass(tagPass(segmentPass(createDraft(text)))))))),
    );
    return draft.attributions.some(
      (a) =>
        !a.direct &&
        !a.tracksOnly &&
        a.source?.text === source &&
        a.content.text === clause &&
        (speaker === undefined || draft.actors.find((x) => x.id === a.speaker)?.name === speaker),
    );
  },
);

/**
 * Shapes of direct quotation whose source the quotes pass reads (quotes.ts), each with a text
 * and "source | quotation | speaker" that must come out of it.
 */
export const QUOTATION_SHAPES = ruleTable<RuleEntry>(
  'quotation shapes',
  [
    {
      id: 'digest-label',
      reason:
        'Digests and round-ups write an item as a lead-in, a dash, then the name of whoever they quote and a colon before the quotation ("FERRIES RUN LATE - Ana Lima: “…”"), or a name and a colon alone at the start of the line.',
      examples: [
        'FERRIES RUN LATE - Ana Lima: “The crew is short this winter.” → Ana Lima | The crew is short this winter. | Ana Lima',
        'Ana Lima: “The crew is short this winter.” → Ana Lima | The crew is short this winter. | Ana Lima',
      ],
      lookalikes: ['FERRIES RUN LATE - the report: “The crew is short this winter.” → the report | The crew is short this winter.'],
    },
    {
      id: 'name-after-a-role',
      reason:
        'A name after a lower-case role or description ("Harbour Board boss Kester Vanu") heads the source, so that person speaks, not the body named before the role, even when only being quoted makes them an actor.',
      examples: [
        '“The pier will reopen soon,” said Harbour Board boss Kester Vanu, though he added that repairs were slow. → Kester Vanu | The pier will reopen soon | Kester Vanu',
      ],
      lookalikes: [
        '“The pier will reopen soon,” said Harbour Board boss Kester Vanu, though he added that repairs were slow. → Harbour Board boss Kester Vanu | The pier will reopen soon | Harbour Board',
      ],
    },
    {
      id: 'one-word-name-after-a-role',
      reason:
        'A name of one word after a role noun ("band member Flea", "singer Adele") is the person who speaks, the role only saying who they are; after another word a single capital may be a place ("visited Salem").',
      examples: [
        '"It feels great to back someone I believe in," wrote band member Flea on the site. → Flea | It feels great to back someone I believe in | Flea',
      ],
      lookalikes: [
        '"It feels great to back someone I believe in," wrote band member Flea on the site. → band member Flea | It feels great to back someone I believe in',
      ],
    },
    {
      id: 'conjunction-after-quotation',
      reason:
        'A conjunction right after a quotation opens the next clause ("“We’ll see,” when asked …"), so it names nobody, and the quotation keeps the speaker of the cue before it.',
      examples: ['Tom Hale had said, “We’ll see,” when asked about the ferry. → Tom Hale | We’ll see'],
      lookalikes: ['Tom Hale had said, “We’ll see,” when asked about the ferry. → when | We’ll see'],
    },
  ],
  (_entry, example) => {
    const [text, expected] = example.split(' → ') as [string, string];
    const [source, quotation, speaker] = expected.split(' | ') as [string, string, string | undefined];
    const draft = speakersPass(
      quotesPass(mentionsPass(organisationsPass(peoplePass(candidatesPass(tagPass(segmentPass(createDraft(text)))))))),
    );
    return draft.attributions.some(
      (a) =>
        a.direct &&
        a.source?.text === source &&
        a.content.text === quotation &&
        (speaker === undefined || draft.actors.find((x) => x.id === a.speaker)?.name === speaker),
    );
  },
);

/** The signals of one actor named in a source's words. */
function sourceFeatures(draft: Draft, source: { start: number; end: number; text: string }, m: Mention, index: number): Set<string> {
  const kind = draft.actors.find((a) => a.id === m.actor)?.kind;
  const present = new Set<string>();
  if (isHead(draft, source, m)) present.add('head');
  if (kind === 'person') present.add('person');
  if (index === 0) present.add('first');
  if (/^'s?\s/.test(draft.folded.slice(m.end, m.end + 3))) present.add('possessor');
  if (kind === 'country') present.add('country');
  return present;
}

/**
 * Whether a mention heads a source's words. The head of a noun phrase comes before its first
 * prepositional phrase ("Dana Ruiz of the Harbour Board", "Tom Hale in a post on Ledger"), so a
 * name there heads it; with no name before the first preposition ("a spokesman for the Harbour
 * Board", "Secretary of State Ana Lima") the name that ends the words does.
 */
function isHead(draft: Draft, source: { start: number; end: number }, m: Mention): boolean {
  const words = draft.folded.slice(source.start, source.end);
  const preposition = /\s(?:of|in|at|for|from|with|on)\s/.exec(words);
  const cut = preposition ? source.start + preposition.index : source.end;
  const inHead = draft.mentions.filter((x) => x.start >= source.start && x.end <= cut);
  if (preposition && inHead.length > 0) return inHead[inHead.length - 1] === m;
  const after = draft.folded.slice(m.end, source.end);
  return /^[\s.,]*$/.test(after) || /^\s*(?:Jr|Sr|II|III)\.?\s*$/.test(after);
}

/** The actor a source's words name, by score, with the reason; undefined when they name none. */
export function namedSpeaker(
  draft: Draft,
  source: { start: number; end: number; text: string },
): { actor: string; because: string[] } | undefined {
  // A possessor speaks only through someone who works for it ("Ferris's spokesman", "Vale's office"),
  // not through any group it has ("Kowal's supporters" are nobody the pack knows).
  const inside = draft.mentions
    .filter((m) => m.start >= source.start && m.end <= source.end)
    .filter((m) => {
      const owned = /^'s?\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)/u.exec(draft.folded.slice(m.end, source.end));
      return (
        !owned ||
        ROLE_NOUNS.has(owned[1]!.toLowerCase()) ||
        /^(?:office|campaign|team|staff|camp|spokes\w+|lawyers?|attorneys?|aides?|representatives?|reps?)$/i.test(owned[1]!)
      );
    });
  if (inside.length === 0) return undefined;
  const answers = inside.map((m: Mention, i) => ({
    answer: m.actor,
    features: SOURCE_FEATURES.entries,
    present: sourceFeatures(draft, source, m, i),
  }));
  const decision = decide('speaker', source.text, answers, -Infinity);
  return { actor: decision.answer, because: ['named in the source', ...decision.because] };
}

/** Whether a source's words are a description the coreference pass can resolve ("the company", "the statement"). */
export function descriptionOf(words: string): string | undefined {
  const m = /^(?:the|this|that|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}?([\p{L}-]+)$/iu.exec(words.trim());
  const noun = m?.[1]?.toLowerCase();
  // "the members", "the officials": a role noun in the plural is a group of people, none of
  // whom the description picks out, so it stands for no one actor and stays a generic source.
  return noun && (REFERENCE_NOUNS.has(noun) || (ROLE_NOUNS.has(noun) && !PLURAL_ROLE_NOUNS.has(noun))) ? noun : undefined;
}

/** Words no speaker's name contains: days of the week, "today" and the like, and the closed classes. */
const NOT_A_SPEAKER_WORDS: ReadonlySet<string> = new Set([...WEEKDAYS, ...RELATIVE_DAYS, ...CLOSED_CLASS_WORDS]);

/** A title, then capitalised words: "Sen. Ana Lima", "Tom Hale", "Brannon". */
const PROPER_NAME = /^(?:(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,3})?\p{Lu}[\p{L}'’-]+$/u;

/**
 * "said Tom Hale": someone the article quotes by a name no earlier pass took for an actor is
 * one, since being quoted is the strongest sign of an actor. The name becomes a person (a body
 * when it reads as one) with its forms, and its other mentions are added.
 */
function promoteSource(draft: Draft, source: { start: number; end: number; text: string }): DraftActor | undefined {
  const text = source.text.trim().replace(/[,.]$/, '');
  const outlet = publicationOf(draft, source, text);
  if (outlet) return outlet;
  if (!PROPER_NAME.test(text) || text.split(/\s+/).some((w) => FUNCTION_WORDS.has(w.toLowerCase()) || GENERIC_SOURCES.has(w.toLowerCase())))
    return undefined;
  if (/^\p{Lu}+$/u.test(text) && text.length > 5) return undefined;
  const words = text.split(/\s+/);
  const tokens = draft.tokens.filter((t) => t.start >= source.start && t.end <= source.end);
  const tagged = (tag: string): boolean => tokens.some((t) => hasTag(draft, t.start, tag));
  if (tagged('Plural') && !tagged('Person') && words.length === 1) return undefined;
  if (words.some((w) => countryOf(w)) || tagged('Place')) return undefined;
  const head = words[words.length - 1]!.toLowerCase();
  const isBody = ORG_HEADS[head] !== undefined || tagged('Organization') || (words.length === 1 && /^\p{Lu}{2,}$/u.test(text));
  const title = titleAt(draft.text, source.start);
  const nameWords = title ? words.slice(title.split(/\s+/).length) : words.filter((w) => w !== 'the');
  if (nameWords.length === 0) return undefined;
  // "A court document filed Thursday says", "Why, she said": a day or a clause word before the
  // verb is where the sentence stands, not who speaks.
  // (Months are also names: "Yin May", "Ai Jun".)
  if (nameWords.some((w) => NOT_A_SPEAKER_WORDS.has(w.toLowerCase()))) return undefined;
  // "Republican", "Muslim": an adjective of party or creed alone describes a speaker without naming one.
  if (nameWords.length === 1 && DESCRIBING_ADJECTIVES.has(nameWords[0]!.toLowerCase())) return undefined;
  // "Poll shows …", "Having said that": a common word that opens its sentence is not a name.
  if (nameWords.length === 1 && !title && isCommonWordAt(draft, nameWords[0]!, [{ start: source.start }])) return undefined;
  const name = nameWords.join(' ');
  const actor = newActor(
    draft,
    isBody ? text.replace(/^the\s+/i, '') : name,
    isBody ? 'organization' : 'person',
    source.start,
    isBody ? 'Organisation' : title ? title : 'Named in the article',
  );
  actor.because = ['quoted by name'];
  addAlias(actor, actor.name, true);
  if (!isBody && nameWords.length > 1) addAlias(actor, nameWords[nameWords.length - 1]!, false);
  if (!isBody && title) addAlias(actor, `${title} ${nameWords[nameWords.length - 1]}`, true);
  // The new actor's other mentions, where no other actor is named.
  for (const m of findMentions(draft.text, [actor])) {
    if (!draft.mentions.some((x) => x.start < m.end && m.start < x.end)) draft.mentions.push(m);
  }
  draft.mentions.sort((x, y) => x.start - y.start);
  return actor;
}

/**
 * "The Ridge reported", "The Ledger says": a name that keeps its capitalised "The" is a
 * publication or another body, never a person, and speaks as one. It becomes an organisation
 * whose only form is the whole name with its article, in its case, since "Ridge" alone names
 * anyone.
 */
function publicationOf(draft: Draft, source: { start: number; text: string }, text: string): DraftActor | undefined {
  const m = /^The((?:\s+\p{Lu}[\p{L}'’.&-]*){1,4})$/u.exec(text);
  if (!m || titleAt(draft.text, source.start + 4)) return undefined;
  const words = m[1]!.trim().split(/\s+/);
  if (words.some((w) => FUNCTION_WORDS.has(w.toLowerCase()) || GENERIC_SOURCES.has(w.toLowerCase()) || BROAD_NAMES.has(w.toLowerCase())))
    return undefined;
  if (countryOf(words.join(' ')) || countryOf(words[words.length - 1]!)) return undefined;
  const existing = draft.actors.find((a) => a.aliases.some((x) => x.text === text));
  if (existing) return existing;
  const actor = newActor(draft, text, 'organization', source.start, 'Organisation');
  actor.because = ['quoted by name', 'a name with "The" is a body'];
  addAlias(actor, text, true);
  for (const x of findMentions(draft.text, [actor])) {
    if (!draft.mentions.some((y) => y.start < x.end && x.start < y.end)) draft.mentions.push(x);
  }
  draft.mentions.sort((x, y) => x.start - y.start);
  return actor;
}

/** Capitalised words that name a side or a house rather than one body ("The Democrats", "The Senate"). */
const BROAD_NAMES: ReadonlySet<string> = new Set(['democrats', 'republicans', 'senate', 'house', 'court', 'president', 'administration']);

/** Resolves named sources; marks pronouns and descriptions for the coreference pass; keeps generic sources' words. */
export function speakersPass(draft: Draft): Draft {
  for (const a of draft.attributions) resolveNamed(draft, a);
  return draft;
}

/**
 * "Kendrick said" where the article names Paul and Ruth Kendrick: the surname two people share
 * goes to the one named in full most recently, else the one named most.
 */
function sharedSurnameSpeaker(
  draft: Draft,
  source: { start: number; end: number; text: string },
): { actor: string; because: string[] } | undefined {
  const word = [...source.text.matchAll(/\p{Lu}[\p{L}'’-]+/gu)].map((m) => m[0].toLowerCase()).find((w) => draft.sharedSurnames.has(w));
  const bearers = word ? draft.sharedSurnames.get(word)! : [];
  if (bearers.length === 0) return undefined;
  const last = [...draft.mentions].reverse().find((m) => m.end <= source.start && bearers.includes(m.actor));
  const counts = bearers.map((id) => draft.mentions.filter((m) => m.actor === id).length);
  const most = bearers[counts.indexOf(Math.max(...counts))]!;
  const answers = bearers.map((id) => ({
    answer: id,
    features: SHARED_SURNAME_FEATURES.entries,
    present: new Set([...(last?.actor === id ? ['named-last'] : []), ...(most === id ? ['most-named'] : [])]),
  }));
  const decision = decide('speaker', source.text, answers, 1);
  return decision.answer === 'no' ? undefined : { actor: decision.answer, because: ['surname shared by two people', ...decision.because] };
}

/** Signals that a surname two people share stands for one of them. */
export const SHARED_SURNAME_FEATURES = ruleTable<FeatureEntry>(
  'shared surname features',
  [
    {
      id: 'named-last',
      weight: 2,
      reason: 'The article named this bearer in full most recently.',
      examples: ['Paul Kendrick spoke. Ruth Kendrick spoke. Kendrick said the talks had ended. → Ruth Kendrick'],
      lookalikes: ['Ruth Kendrick spoke. Paul Kendrick spoke. Kendrick said the talks had ended. → Ruth Kendrick'],
    },
    {
      id: 'most-named',
      weight: 1,
      reason: 'The article names this bearer most often.',
      examples: ['Paul Kendrick spoke. Ruth Kendrick spoke. Ruth Kendrick won. Kendrick said the talks had ended. → Ruth Kendrick'],
      lookalikes: ['Paul Kendrick spoke. Paul Kendrick won. Ruth Kendrick spoke. Kendrick said the talks had ended. → Ruth Kendrick'],
    },
  ],
  (entry, example) => {
    const [text, candidate] = example.split(' → ') as [string, string];
    const draft = quotesPass(mentionsPass(organisationsPass(peoplePass(candidatesPass(tagPass(segmentPass(createDraft(text))))))));
    const source = draft.attributions.find((x) => x.source && /^Kendrick$/.test(x.source.text))?.source;
    const actor = draft.actors.find((x) => x.name === candidate);
    if (!source || !actor) return false;
    const found = sharedSurnameSpeaker(draft, source);
    return found !== undefined && found.actor === actor.id && found.because.some((b) => b.startsWith(entry.id));
  },
);

/**
 * "Sen. Ana Lima, R-Ore., said", "Tom Hale, 61, of Salem, Ore., says", "Lima's lawyer, Tom Hale,
 * said": when the source's words are an apposition (lexicon/appositions.ts), the speaker is the
 * person it qualifies, named just before it (or, after a description, just after it) in the same
 * clause. Returns the name's span and the apposition's shape.
 */
export function appositionHead(draft: Draft, a: Attribution): { span: Span; shape: string } | undefined {
  const source = a.source;
  if (!source || isPronoun(source.text)) return undefined;
  // A place alone ("…, a pilot from Dover, Delaware, who said") is a region after a town, as its
  // abbreviation is: compromise's Place tag or a country tells it, with no lexicon pattern.
  const tokens = draft.tokens.filter((t) => t.start >= source.start && t.end <= source.end);
  const isPlace =
    tokens.length > 0 &&
    tokens.length <= 3 &&
    (tokens.every((t) => hasTag(draft, t.start, 'Place')) || countryOf(source.text.trim()) !== undefined);
  const shape = appositionOf(source.text) ?? (isPlace ? { id: 'place' } : undefined);
  if (!shape) return undefined;
  const { folded } = draft;
  const sentence = a.sentence;
  const isPerson = (m: Mention): boolean => draft.actors.find((x) => x.id === m.actor)?.kind === 'person';
  const inSentence = draft.mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end && isPerson(m));
  // The name before: an apposition opens on a comma or a bracket, and what lies between the name
  // and the source is more apposition ("Tom Hale, 61, of Salem, Ore."), never a verb or a quotation.
  if (/[,(]\s*$/.test(folded.slice(sentence.start, source.start))) {
    for (const m of [...inSentence].reverse()) {
      if (m.end > source.start) continue;
      const between = folded.slice(m.end, source.start);
      if (between.length > 160 || !/^(?:\s+of\s+[^,;"]{1,60}?)?\s*[,(]/.test(between) || /[;"]/.test(between)) continue;
      if (hasFiniteWord(draft, m.end, source.start)) break;
      // The name must open its clause: "Unlike Hale, the mayor said" is the mayor speaking.
      const before = folded.slice(sentence.start, m.start).trim().split(/\s+/).filter(Boolean);
      const previous = before[before.length - 1]?.toLowerCase();
      if (previous && FUNCTION_WORDS.has(previous)) break;
      return { span: { start: m.start, end: m.end, text: draft.text.slice(m.start, m.end) }, shape: shape.id };
    }
  }
  // The name after a description: "Lima's lawyer, Tom Hale, said".
  if (shape.id === 'description') {
    const after = /^\s*,\s*/.exec(folded.slice(source.end, sentence.end));
    const m = after && inSentence.find((x) => x.start === source.end + after[0].length);
    if (m && /^\s*[,(]/.test(folded.slice(m.end, m.end + 3)))
      return { span: { start: m.start, end: m.end, text: draft.text.slice(m.start, m.end) }, shape: shape.id };
  }
  return undefined;
}

/**
 * Whether a stretch has an auxiliary or a modal, the mark of a clause of its own: an apposition
 * may hold a participle ("a firm called Tallis") but no finite clause.
 */
function hasFiniteWord(draft: Draft, from: number, to: number): boolean {
  return /(?<![\p{L}])(?:is|are|was|were|has|have|had|will|would|can|could|did|does|do|who|which)(?![\p{L}])/iu.test(
    draft.folded.slice(from, to),
  );
}

/**
 * "… naturally he said", "– after the ruling – she urged", "he's said": a personal pronoun right
 * before the speech verb is its subject, whatever the source's words took in before it; so is a
 * pronoun that opens words ending on a verb ("He went on"). Returns the pronoun's span.
 */
export function pronounSubject(draft: Draft, source: Span): Span | undefined {
  const words = draft.folded.slice(source.start, source.end);
  if (isPronoun(words) || !/\s|['’]/.test(words.trim())) return undefined;
  const last = /(?:^|[\s,;:(—–-])((?:he|she|they|we|i|it)(?:['’](?:s|re|ve|ll|d|m))?)\s*[,.]?$/iu.exec(words);
  const first = /^\s*(he|she|they|we|i)\s+(?:went|goes|go|also|then|later)$/iu.exec(words);
  const m = last ?? first;
  if (!m) return undefined;
  const pronoun = m[1]!.replace(/['’]\p{L}+$/u, '');
  const start = source.start + m.index + m[0].indexOf(m[1]!);
  return { start, end: start + pronoun.length, text: draft.text.slice(start, start + pronoun.length) };
}

/**
 * "Hale told Channel 9 on Sunday that …", "“…,” Lima told The Ledger": when the source's words
 * follow "told", they are the listener, and the speaker is the subject that opens the clause
 * before the verb, a name the pack knows or a personal pronoun (which the coreference pass then
 * resolves). Returns that subject's span, or undefined when the clause opens on anything else.
 */
export function tellerOf(draft: Draft, a: Attribution): Span | undefined {
  const source = a.source;
  if (!source) return undefined;
  const { folded } = draft;
  const before = folded.slice(a.sentence.start, source.start);
  const verb = /(?<![\p{L}])(?:told|tells|tell|telling)\s+$/iu.exec(before);
  if (!verb) return undefined;
  // The clause starts after the last quotation mark before the verb ("“…,” Lima told …").
  const quote = before.lastIndexOf('"', verb.index);
  const from = a.sentence.start + (quote >= 0 ? quote + 1 : 0);
  const to = a.sentence.start + verb.index;
  const clause = folded.slice(from, to);
  const pronoun = /^(\s*(?:,\s*)?(?:(?:but|and|yet|so|then|later)\s+)?)(he|she|they|we|i)(?=\s)/iu.exec(clause);
  if (pronoun) {
    const start = from + pronoun[1]!.length;
    return { start, end: start + pronoun[2]!.length, text: draft.text.slice(start, start + pronoun[2]!.length) };
  }
  const m = draft.mentions.find((x) => x.start >= from && x.end <= to);
  if (!m || draft.actors.find((x) => x.id === m.actor)?.kind === 'country') return undefined;
  const lead = folded.slice(from, m.start).replace(/^[\s,]+/, '');
  if (lead.split(/\s+/).filter(Boolean).length > 3 || /[,;:]/.test(lead) || /^['’]s?\s/.test(folded.slice(m.end, m.end + 3)))
    return undefined;
  return { start: m.start, end: m.end, text: draft.text.slice(m.start, m.end) };
}

/**
 * The name that ends a source's words after a lower-case role or description ("Harbour Board
 * spokesman Tom Hale" → "Tom Hale"), when no actor is named there yet; undefined otherwise.
 */
function trailingName(draft: Draft, source: Span): Span | undefined {
  const m = /(?:^|\s)(\p{Ll}[\p{Ll}-]+)\s+((?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{Ll}'’-]+)$/u.exec(source.text.trim());
  // "Secretary of State Ana Lima": after a function word the capitals run on from a title.
  if (!m || FUNCTION_WORDS.has(m[1]!)) return undefined;
  // A name of one word ("band member Flea", "singer Adele") only after a role noun, which says a
  // person follows; after any other word it may be a place or a body ("visited Salem").
  if (!/\s/.test(m[2]!) && !ROLE_NOUNS.has(m[1]!)) return undefined;
  const start = source.start + m.index + m[0].lastIndexOf(m[2]!);
  const end = start + m[2]!.length;
  if (draft.mentions.some((x) => x.start < end && start < x.end)) return undefined;
  return { start, end, text: draft.text.slice(start, end) };
}

function resolveNamed(draft: Draft, a: Attribution): void {
  if (!a.source) return;
  const teller = tellerOf(draft, a);
  if (teller) {
    a.source = teller;
    a.because = [a.how, 'the words after "told" name the listener; the subject before it speaks'];
  }
  const pronoun = pronounSubject(draft, a.source);
  if (pronoun) {
    a.source = pronoun;
    a.because = [a.how, 'a pronoun right before the verb is its subject'];
    return;
  }
  const head = appositionHead(draft, a);
  if (head) {
    a.source = head.span;
    a.because = [a.how, `the source's words qualify a name (${head.shape})`];
  }
  const named = namedSpeaker(draft, a.source) ?? sharedSurnameSpeaker(draft, a.source);
  // "Harbour Board spokesman Tom Hale", "veteran pilot Ana Lima": a name after a role or a
  // description heads the words, so it speaks even when only the body before it is an actor.
  const tail = trailingName(draft, a.source);
  if (tail && !named?.because.some((b) => b.startsWith('head'))) {
    const person = promoteSource(draft, tail);
    if (person) {
      a.source = tail;
      a.speaker = person.id;
      a.because = [...(a.because ?? [a.how]), 'a name after a role heads the source', ...(person.because ?? [])];
      return;
    }
  }
  if (named) {
    a.speaker = named.actor;
    a.because = [...(a.because ?? [a.how]), ...named.because];
    return;
  }
  const words = a.source.text.trim();
  if (isPronoun(words) || descriptionOf(words)) return;
  const promoted = promoteSource(draft, a.source);
  if (promoted) {
    a.speaker = promoted.id;
    a.because = [a.how, 'the source is a name the article gives no other evidence for', ...(promoted.because ?? [])];
    return;
  }
  // Words that name no actor: "police", "officials familiar with the talks", "a spokesman".
  if (/\p{L}/u.test(words) && words.split(/\s+/).length <= 12) {
    a.genericSource = words.replace(/^(?:The|A|An)\s/, (m) => m.toLowerCase());
    a.because = [a.how, 'source names no actor of the pack'];
  }
}
