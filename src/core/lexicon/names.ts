/**
 * How English news prose names people: the titles before a name, the honorifics dropped from it,
 * the role nouns that describe someone ("a spokesman for", "union leader"), the particles inside
 * names and the suffixes after them. Listed once here; the pack builder reads names with them,
 * and nothing here names anyone in particular.
 */
import { CLOSED_CLASS_WORDS } from './function-words';
import { FURNITURE_WORDS } from './furniture';
import { nounForms } from './morphology';
import { ruleTable } from './table';
import { TIME_WORD_SET } from './time';
import { hasListedWord, type WordListEntry } from './word-lists';

/** A group of titles that precede a name. */
export interface TitleEntry extends WordListEntry {
  /** Titles of an office with one holder, which the article may later use alone ("the prime minister"). */
  readonly offices?: readonly string[];
  /** Whether the titles are courtesy forms dropped from the name ("Mr", "Dr"). */
  readonly honorific?: boolean;
}

/** Titles before a name, by kind: each fires when a capitalised name follows it. */
export const TITLE_TABLE = ruleTable<TitleEntry>(
  'titles',
  [
    {
      id: 'heads-of-state-and-government',
      words: [
        'Deputy Prime Minister',
        'Prime Minister',
        'Vice President',
        'President',
        'Premier',
        'Chancellor',
        'King',
        'Queen',
        'Crown Prince',
        'Prince',
        'Emir',
        'Sheikh',
        'Sultan',
      ],
      offices: [
        'deputy prime minister',
        'prime minister',
        'vice president',
        'president',
        'premier',
        'chancellor',
        'king',
        'queen',
        'crown prince',
        'emir',
        'sultan',
      ],
      reason: 'Heads of state and government are named with their office, and the office alone stands for its holder later.',
      examples: ['Prime Minister Jacinda Ardern spoke.', 'President Ana Lima arrived.'],
      lookalikes: ['The prime minister spoke.', 'The presidential race began.'],
    },
    {
      id: 'ministers-and-secretaries',
      words: [
        'Foreign Minister',
        'Defense Minister',
        'Defence Minister',
        'Interior Minister',
        'Minister',
        'Secretary of State',
        'Secretary of Defense',
        'Defense Secretary',
        'Foreign Secretary',
        'Home Secretary',
        'Chancellor of the Exchequer',
        'Deputy Press Secretary',
        'Press Secretary',
        'Deputy Secretary',
        'Secretary-General',
        'Secretary General',
        'Secretary',
        'Sec.',
        'High Representative',
        'Attorney General',
        'Solicitor General',
        'Inspector General',
        'Surgeon General',
        'Chief of Staff',
      ],
      offices: [
        'foreign minister',
        'defense minister',
        'defence minister',
        'interior minister',
        'secretary of state',
        'secretary of defense',
        'defense secretary',
        'foreign secretary',
        'home secretary',
        'press secretary',
        'secretary-general',
        'secretary general',
        'attorney general',
        'chief of staff',
      ],
      reason: 'Ministers, secretaries and law officers are named with their portfolio, which then stands for the holder.',
      examples: ['Defense Secretary Carl Brody said so.', 'Press Secretary Paula Redmond spoke.'],
      lookalikes: ['The secretary of the club spoke.', 'A ministerial meeting was held.'],
    },
    {
      id: 'legislators-and-local-officials',
      words: [
        'Senator',
        'Sen.',
        'Sens.',
        'Representative',
        'Rep.',
        'Reps.',
        'Congressman',
        'Congresswoman',
        'Speaker',
        'Governor',
        'Gov.',
        'Mayor',
        'Commissioner',
        'Leader',
      ],
      offices: ['speaker', 'governor', 'mayor', 'commissioner'],
      reason: 'Legislators, governors and mayors carry their title before the name ("Sen. Ana Lima", "Rep. Dana Ferris").',
      examples: ['Rep. Dana Ferris spoke.', 'Mayor Anna Berg met them.', 'Sens. Ana Lima and Tom Berg wrote to the board.'],
      lookalikes: ['The senator spoke.', 'A representative sample was drawn.'],
    },
    {
      id: 'diplomats',
      words: ['Ambassador', 'Special Envoy', 'Envoy'],
      offices: ['ambassador', 'special envoy', 'envoy'],
      reason: 'Diplomats are named with their post ("Ambassador Zhou Minghai").',
      examples: ['Ambassador Zhou Minghai warned Britain.'],
      lookalikes: ['The ambassador warned Britain.'],
    },
    {
      id: 'military-ranks',
      words: [
        'Lieutenant General',
        'Lt. Gen.',
        'Lt Gen',
        'Major General',
        'Maj. Gen.',
        'Maj Gen',
        'Brigadier General',
        'Brig. Gen.',
        'Brigadier',
        'General',
        'Gen.',
        'Army Gen.',
        'Air Force Gen.',
        'Admiral',
        'Adm.',
        'Vice Admiral',
        'Rear Admiral',
        'Colonel',
        'Col.',
        'Lieutenant Colonel',
        'Lt. Col.',
        'Major',
        'Maj.',
        'Captain',
        'Capt.',
        'Lieutenant',
        'Lt.',
        'Sergeant',
        'Sgt.',
        'Commander',
        'Cmdr.',
      ],
      reason: 'Military ranks precede the name, often abbreviated ("Maj. Gen. Ned Fallow").',
      examples: ['Maj. Gen. Ned Fallow briefed reporters.', 'General Kevin Marlow spoke.'],
      lookalikes: ['The general public spoke.', 'A major storm hit.'],
    },
    {
      id: 'judges-and-clerics',
      words: ['Chief Justice', 'Justice', 'Judge', 'Pope', 'Ayatollah', 'Imam', 'Cleric', 'Rabbi', 'Bishop', 'Archbishop', 'Cardinal'],
      offices: ['pope'],
      reason: 'Judges and clerics are named with their office ("Judge Ana Lima", "Pope Clement").',
      examples: ['Judge Lawrence Ockham accepted the plea.', 'Pope Clement spoke.'],
      lookalikes: ['The judge accepted the plea.', 'Justice was done.'],
    },
    {
      id: 'executives-and-spokespeople',
      words: [
        'Chief Executive Officer',
        'Chief Executive',
        'Chief Financial Officer',
        'Chief Operating Officer',
        'Chief Technology Officer',
        'Executive Director',
        'Managing Director',
        'Chairman',
        'Chairwoman',
        'Chair',
        'Director',
        'Chief',
        'Spokesman',
        'Spokeswoman',
        'Spokesperson',
      ],
      offices: ['chief executive officer', 'chief executive', 'spokesman', 'spokeswoman'],
      reason: 'Executives and spokespeople are named with their post, in capitals before the name.',
      examples: ['Chairman Tomas Arriaga wrote to staff.', 'Spokesman Ned Fallow said so.'],
      lookalikes: ['The chairman wrote to staff.', 'The chief reason was cost.'],
    },
    {
      id: 'honorifics',
      words: [
        'Professor',
        'Prof.',
        'Dr.',
        'Dr',
        'Mr.',
        'Mr',
        'Mrs.',
        'Mrs',
        'Ms.',
        'Ms',
        'Sir',
        'Dame',
        'Lord',
        'Lady',
        'Rev.',
        'Reverend',
      ],
      honorific: true,
      reason: 'Courtesy titles and degrees stand before a name but are not part of it ("Mr. Ortega", "Dr. Petrie").',
      examples: ['Mr. Ortega Lozano said so.', 'Dr Owen Petrie spoke.'],
      lookalikes: ['The doctor spoke.', 'The mister spoke.'],
    },
  ],
  (entry, text) =>
    new RegExp(
      `(?<![\\p{L}])(?:${entry.words.map((w) => w.replace(/[.]/g, '\\.').replace(/\s+/g, '\\s+')).join('|')})\\s+\\p{Lu}`,
      'u',
    ).test(text),
);

/** Every title, longest first so that "Major General" wins over "General". */
export const TITLES: readonly string[] = TITLE_TABLE.entries.flatMap((e) => e.words).sort((a, b) => b.length - a.length);

/** Offices one person holds, lower case: the office alone can stand for the one holder in an article. */
export const ROLE_TITLES: ReadonlySet<string> = new Set(TITLE_TABLE.entries.flatMap((e) => e.offices ?? []));

/** Honorifics dropped from a name, lower case without the full stop ("mr", "dr", "professor"). */
export const HONORIFICS: ReadonlySet<string> = new Set(
  TITLE_TABLE.entries.filter((e) => e.honorific).flatMap((e) => e.words.map((w) => w.toLowerCase().replace(/\.$/, ''))),
);

/** A group of role nouns: the words that say what someone does ("spokesman", "analyst"). */
export interface RoleNounEntry extends WordListEntry {
  /** Whether a portfolio can precede the noun to make an office title ("Water Minister", "Press Secretary"). */
  readonly office?: boolean;
  /** Whether the holder speaks for the body named right before the noun ("army spokesman", "union leader"). */
  readonly speaksFor?: boolean;
}

/**
 * Role nouns, in the singular (plurals are generated): the one list behind appositions ("X, a
 * spokesman for Y"), affiliations ("union leader X") and office titles ("Water Minister").
 */
export const ROLE_NOUN_TABLE = ruleTable<RoleNounEntry>(
  'role nouns',
  [
    {
      id: 'spokespeople',
      words: ['spokesman', 'spokeswoman', 'spokesperson'],
      office: true,
      speaksFor: true,
      reason: 'A spokesperson speaks for the body named with them, not for themselves.',
      examples: ['Army spokesman Lt. Col. Ana Ruiz said so.', 'Two spokesmen declined to comment.'],
      lookalikes: ['The spokes of the wheel broke.'],
    },
    {
      id: 'heads-and-leaders',
      words: [
        'head',
        'chief',
        'leader',
        'director',
        'chairman',
        'chairwoman',
        'chair',
        'president',
        'executive',
        'commander',
        'secretary-general',
      ],
      office: true,
      speaksFor: true,
      reason: 'Heads of a body speak for it when quoted in that role ("union leader X", "its chairman, Y").',
      examples: ['Union leader Maria Costa spoke.', 'Its chairman, Tomas Arriaga, wrote.'],
      lookalikes: ['The headline ran.', 'The chiefly concern was cost.'],
    },
    {
      id: 'owners-and-founders',
      words: ['founder', 'owner', 'manager'],
      speaksFor: true,
      reason: 'Founders, owners and managers speak for their business ("Tall Oak founder Reid Calloway").',
      examples: ['Tall Oak founder Reid Calloway replied.', 'The team owners met.'],
      lookalikes: ['The foundering ship sank.'],
    },
    {
      id: 'office-holders',
      words: ['minister', 'secretary', 'ambassador', 'envoy', 'governor', 'mayor', 'senator', 'commissioner', 'chancellor'],
      office: true,
      speaksFor: true,
      reason: 'Office holders speak for their state or body and are named by their office ("the finance minister").',
      examples: ['The ambassador, Zhou Minghai, warned Britain.', 'Two ministers resigned.'],
      lookalikes: ['The ministry resigned.', 'An ambassadorial post fell vacant.'],
    },
    {
      id: 'officials-and-aides',
      words: ['official', 'officer', 'representative', 'deputy', 'adviser', 'advisor', 'negotiator', 'mediator', 'member', 'general'],
      speaksFor: true,
      reason: 'Officials and aides are described by their post and speak for the body named with it ("a State Department official").',
      examples: ['A senior official, Ana Lima, said so.', 'Two advisers resigned.'],
      lookalikes: ['The officious clerk refused.'],
    },
    {
      id: 'executive-abbreviations',
      words: ['ceo', 'cfo', 'coo', 'cto', 'vp', 'svp', 'evp'],
      office: true,
      speaksFor: true,
      reason: 'Executive posts are often abbreviated ("Owen Tarrant, CEO of Brightwave", "senior vp partnerships").',
      examples: ['Owen Tarrant, CEO of Brightwave, agreed.', 'Jon Still, senior vp partnerships, spoke.'],
      lookalikes: ['The vip lounge closed.'],
    },
    {
      id: 'experts-and-writers',
      words: [
        'analyst',
        'professor',
        'researcher',
        'economist',
        'strategist',
        'expert',
        'scientist',
        'editor',
        'correspondent',
        'columnist',
        'consultant',
        'pollster',
        'historian',
        'reporter',
        'journalist',
        'author',
      ],
      reason: 'Experts and writers are quoted with what they do ("Neil Ashby, an analyst at QMR", "Reporter Ana Lima").',
      examples: ['Neil Ashby, an analyst at QMR, said so.', 'Economists expect a slowdown.', 'Reporter Ana Lima asked the mayor.'],
      lookalikes: ['The analysis was long.', 'Editorials disagreed.'],
    },
    {
      id: 'sports-roles',
      words: [
        'captain',
        'coach',
        'player',
        'quarterback',
        'linebacker',
        'lineman',
        'pitcher',
        'striker',
        'goalkeeper',
        'midfielder',
        'teammate',
      ],
      speaksFor: true,
      reason: 'Players and coaches are quoted with their position ("Ridgebacks defensive captain Dan Kowal").',
      examples: ['Ridgebacks defensive captain Dan Kowal spoke.', 'Two coaches resigned.'],
      lookalikes: ['The caption was wrong.'],
    },
    {
      id: 'lawyers-and-judges',
      words: ['lawyer', 'attorney', 'prosecutor', 'judge', 'counsel'],
      reason: 'Lawyers and judges are quoted in their role ("his lawyer, Ana Lima").',
      examples: ['Her lawyer, Ines Valcourt, said so.', 'Prosecutors said the plea stands.'],
      lookalikes: ['The jury deliberated.'],
    },
  ],
  (entry, text) =>
    hasListedWord(
      entry.words.flatMap((w) => nounForms(w)),
      text,
    ),
);

/** Every role noun, singular and plural, lower case. */
export const ROLE_NOUNS: ReadonlySet<string> = new Set(ROLE_NOUN_TABLE.entries.flatMap((e) => e.words.flatMap((w) => nounForms(w))));

/**
 * The plurals among the role nouns ("members", "officials", "lawmakers"): a group of people, not
 * one of them. A form that is also a singular of the table ("staff") is not among them.
 */
const SINGULAR_ROLE_NOUNS: ReadonlySet<string> = new Set(ROLE_NOUN_TABLE.entries.flatMap((e) => e.words));
export const PLURAL_ROLE_NOUNS: ReadonlySet<string> = new Set([...ROLE_NOUNS].filter((form) => !SINGULAR_ROLE_NOUNS.has(form)));

/** Role nouns a portfolio can precede to make an office ("Water Minister", "Press Secretary"), singular. */
export const OFFICE_NOUNS: ReadonlySet<string> = new Set(ROLE_NOUN_TABLE.entries.filter((e) => e.office).flatMap((e) => e.words));

/** Role nouns whose holder speaks for the body named before them ("army spokesman"), singular. */
export const SPEAKS_FOR_NOUNS: ReadonlySet<string> = new Set(ROLE_NOUN_TABLE.entries.filter((e) => e.speaksFor).flatMap((e) => e.words));

/** Words inside or after names that are not names themselves. */
export const NAME_PARTS_TABLE = ruleTable<WordListEntry>(
  'name parts',
  [
    {
      id: 'particles',
      words: ['of', 'for', 'against', 'de', 'du', 'da', 'del', 'von', 'van', 'bin', 'ibn', 'al', 'el', 'la', 'le'],
      reason: 'Particles join the parts of a name ("Ludwig van Beethoven", "Society of Engineers") without being a name.',
      examples: ['Ludwig van Beethoven wrote it.', 'The Society of Engineers met.'],
      lookalikes: ['The Vandals sacked Rome.'],
    },
    {
      id: 'suffixes',
      words: ['Jr', 'Sr', 'II', 'III', 'IV'],
      reason: 'Generational suffixes end a name and are not its surname ("Dale Brannock Jr.").',
      examples: ['Dale Brannock Jr. pleaded guilty.', 'Henry Ford II spoke.'],
      lookalikes: ['The junior senator spoke.'],
    },
    {
      id: 'former-and-acting',
      words: ['former', 'ex', 'late', 'then', 'acting', 'outgoing', 'incoming', 'interim'],
      reason: 'Words before a title say whose office it was or will be ("former President"); they are not part of the name.',
      examples: ['Former President Ana Lima agreed.', 'The acting director spoke.'],
      lookalikes: ['The formerly secret file leaked.'],
    },
  ],
  (entry, text) => hasListedWord(entry.words, text, entry.id === 'suffixes'),
);

const partsOf = (id: string): readonly string[] => NAME_PARTS_TABLE.entries.find((e) => e.id === id)!.words;

/** Particles that join the parts of a name, lower case. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(partsOf('particles'));

/** Generational suffixes, lower case ("jr", "iii"). */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(partsOf('suffixes').map((w) => w.toLowerCase()));

/** "former", "acting" …: words before a title that are not part of a name. */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set(partsOf('former-and-acting'));

/**
 * Words that never start or end a name although they are capitalised at a sentence start: the
 * closed classes, words of time, furniture labels and "former"-like modifiers.
 */
export const NON_NAME_WORDS: ReadonlySet<string> = new Set([
  ...CLOSED_CLASS_WORDS,
  ...TIME_WORD_SET,
  ...FURNITURE_WORDS,
  ...TITLE_MODIFIERS,
]);
