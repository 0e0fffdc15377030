/**
 * How the press names bodies: the head nouns that end an organisation's name and say what sort of
 * body it is ("… Agency", "… Brigade"), the corporate suffixes it drops after the first mention,
 * the heads of place names (never a person or a body), the words that mark an armed group, and
 * the nouns for a country's armed forces.
 */
import type { ActorKind } from '../pack';
import { ruleTable } from './table';
import { hasListedWord, nounThenParticleAtEnd, type WordListEntry } from './word-lists';

/** A group of head nouns and the kind of body they make. */
export interface OrgHeadEntry extends WordListEntry {
  /** The kind of actor a name ending in one of these words is. */
  readonly kind: Extract<ActorKind, 'organization' | 'government' | 'military' | 'armed-group'>;
}

/** One or more capitalised words before a head noun: the head ends a name only in capitals. */
const CAPITALISED_BEFORE = "(?:\\p{Lu}[\\p{L}.&'’-]*\\s+)+";
const capitalise = (phrase: string): string =>
  phrase.replace(/(^|\s)(\p{L})/gu, (_all, lead: string, c: string) => `${lead}${c.toUpperCase()}`);

/** Head nouns of organisations' names, by kind: each fires on a capitalised name that ends in one. */
export const ORG_HEAD_TABLE = ruleTable<OrgHeadEntry>(
  'organisation heads',
  [
    {
      id: 'civil-bodies',
      kind: 'organization',
      words: [
        'coalition',
        'alliance',
        'union',
        'organization',
        'organisation',
        'council',
        'commission',
        'association',
        'foundation',
        'institute',
        'university',
        'party',
        'movement',
        'network',
        'group',
        'trust',
        'board',
        'centre',
        'center',
        'society',
        'federation',
        'league',
        'watch',
        'international',
        'forum',
        'initiative',
        'programme',
        'program',
        'secretariat',
        'observatory',
        'charity',
        'nations',
      ],
      reason: 'Civil bodies end their names in a noun of association ("Baltic Fishing Council", "Deskworkers Coalition").',
      examples: ['The Deskworkers Coalition wrote to staff.', 'The Baltic Fishing Council met.'],
      lookalikes: ['The council met.', 'A coalition of parents wrote.'],
    },
    {
      id: 'religious-bodies',
      kind: 'organization',
      words: ['church', 'cathedral', 'mosque', 'synagogue', 'temple', 'diocese', 'archdiocese', 'parish', 'congregation'],
      reason: 'Congregations and churches end their names in their house of worship ("Grace Hill Baptist Church", "the Al-Noor Mosque").',
      examples: ['Grace Hill Baptist Church held a vigil.', 'The Al-Noor Mosque opened its doors.'],
      lookalikes: ['The church held a vigil.', 'Temperatures fell.'],
    },
    {
      id: 'companies-and-media',
      kind: 'organization',
      words: [
        'bank',
        'fund',
        'corporation',
        'company',
        'technologies',
        'technology',
        'inc',
        'corp',
        'ltd',
        'plc',
        'llc',
        'holdings',
        'industries',
        'systems',
        'labs',
        'airlines',
        'motors',
        'pharmaceuticals',
        'news',
        'times',
        'post',
        'journal',
        'service',
        'services',
        'records',
        'productions',
        'studios',
        'pictures',
        'entertainment',
        'media',
        'capital',
        'partners',
        'ventures',
        'securities',
        'equities',
        'investments',
        'interactive',
        'games',
        'brands',
        'communications',
        'networks',
        'solutions',
        'airways',
        'robotics',
        'aerospace',
        'logistics',
        'insurance',
        'therapeutics',
        'enterprises',
      ],
      reason: 'Companies and outlets end their names in a corporate noun ("Brightwave Interactive Inc", "Tall Oak Records").',
      examples: [
        'The Harbour Reserve Bank raised rates.',
        'Lumora Technologies said profits rose.',
        'Tall Oak Records issued a statement.',
        'Marlow Capital bought the chain.',
      ],
      lookalikes: ['The bank raised rates.', 'A technology company grew.'],
    },
    {
      id: 'public-bodies',
      kind: 'government',
      words: [
        'committee',
        'agency',
        'authority',
        'bureau',
        'court',
        'ministry',
        'department',
        'government',
        'administration',
        'parliament',
        'senate',
        'congress',
        'cabinet',
        'office',
        'embassy',
        'assembly',
        'house',
        'pentagon',
      ],
      reason: 'Public bodies end their names in a noun of the state ("Coastal Prosecution Authority", "State Department").',
      examples: ['The Coastal Prosecution Authority dropped the case.', 'The Justice Department appealed.'],
      lookalikes: ['The authority dropped the case.', 'A department store opened.'],
    },
    {
      id: 'armed-forces',
      kind: 'military',
      words: ['command', 'army', 'navy', 'air force', 'marines', 'forces', 'guard', 'corps', 'battalion', 'division', 'regiment'],
      reason: 'Armed forces end their names in a military noun ("Central Command", "National Guard").',
      examples: ['U.S. Central Command said the raid killed 14.', 'The National Guard arrived.'],
      lookalikes: ['The guard arrived.', 'An army of fans arrived.'],
    },
    {
      id: 'armed-groups',
      kind: 'armed-group',
      words: ['brigade', 'brigades', 'militia', 'front'],
      reason: 'Armed groups often end their names in a fighting unit ("Red Dawn Front", "Kataib Hezbollah Brigades").',
      examples: ['The Red Dawn Front attacked a convoy.'],
      lookalikes: ['The front of the house burned.'],
    },
  ],
  (entry, text) => new RegExp(`${CAPITALISED_BEFORE}(?:${entry.words.map(capitalise).join('|')})(?![\\p{L}])`, 'u').test(text),
);

/** Head nouns by lower-case word, with the kind of body they make. */
export const ORG_HEADS: Readonly<Record<string, OrgHeadEntry['kind']>> = Object.fromEntries(
  ORG_HEAD_TABLE.entries.flatMap((e) => e.words.map((w) => [w, e.kind])),
);

/** Other word groups about bodies and places. */
export const BODY_WORDS_TABLE = ruleTable<WordListEntry>(
  'body words',
  [
    {
      id: 'corporate-suffixes',
      words: [
        'technologies',
        'technology',
        'inc',
        'corp',
        'corporation',
        'ltd',
        'plc',
        'llc',
        'holdings',
        'group',
        'industries',
        'systems',
        'company',
        'co',
        'labs',
        'airlines',
        'motors',
        'pharmaceuticals',
        'energy',
        'enterprises',
        'partners',
        'records',
        'studios',
      ],
      reason: 'The press drops a company\'s corporate suffix after the first mention ("Lumora Technologies" becomes "Lumora").',
      examples: ['Lumora Technologies said profits rose.', 'Acme Inc. said so.', 'Harbour Lights Records signed the band.'],
      lookalikes: ['Lumora said profits rose.'],
    },
    {
      id: 'place-heads',
      words: [
        'governorate',
        'province',
        'district',
        'region',
        'city',
        'county',
        'valley',
        'river',
        'desert',
        'mountains',
        'airport',
        'base',
        'square',
        'street',
        'island',
        'islands',
        'gulf',
        'sea',
        'camp',
        'village',
        'town',
        'state',
        'states',
        'kingdom',
        'republic',
        'room',
        'hall',
        'building',
        'tower',
        'stadium',
        'arena',
        'park',
        'bridge',
      ],
      reason: 'A name that ends in a place noun is a place, never a person ("Anbar Governorate", "Tiananmen Square").',
      examples: ['Fighting spread across Anbar Governorate.', 'Crowds filled Tiananmen Square.'],
      lookalikes: ['Anbar saw fighting.'],
    },
    {
      id: 'offices-of-places',
      words: [
        'governor',
        'mayor',
        'senator',
        'congressman',
        'congresswoman',
        'assemblyman',
        'assemblywoman',
        'councilman',
        'councilwoman',
        'alderman',
        'sheriff',
        'premier',
        'lawmaker',
        'legislator',
      ],
      reason:
        'The offices of a city, a state or a district: what follows "governor of", "senator from" or "mayor of" is the place ("the mayor of Little Harbor").',
      examples: ['The mayor of Little Harbor resigned.', 'A senator from Marion objected.'],
      lookalikes: ['The mayoral race began.', 'The senate met.'],
    },
    {
      id: 'instrument-heads',
      words: [
        'act',
        'bill',
        'treaty',
        'accord',
        'accords',
        'amendment',
        'doctrine',
        'protocol',
        'statute',
        'ordinance',
        'directive',
        'agreement',
        'pact',
      ],
      reason:
        'A name that ends in one of these is a law or an agreement ("Clean Harbours Act", "Baltic Fisheries Treaty"): something actors pass and sign, not an actor.',
      examples: ['The Clean Harbours Act passed.', 'They signed the Baltic Fisheries Treaty.'],
      lookalikes: ['The Clean Harbours Council met.', 'They acted fast.'],
    },
    {
      id: 'describing-adjectives',
      words: [
        'republican',
        'democratic',
        'conservative',
        'liberal',
        'progressive',
        'libertarian',
        'socialist',
        'communist',
        'muslim',
        'christian',
        'jewish',
        'catholic',
        'protestant',
        'evangelical',
        'islamic',
        'islamist',
        'hindu',
        'buddhist',
        'sikh',
        'western',
        'eastern',
        'northern',
        'southern',
        'arab',
        'hispanic',
        'latino',
        'asian',
        'african',
        'european',
      ],
      reason:
        'Adjectives of party, creed and region describe people and bodies ("Republican leaders", "a Muslim civil rights group", "Western states"); alone, in the singular, they name no body.',
      examples: ['Republican leaders met on Monday.', 'A Muslim civil rights group objected.', 'Western states vote next.'],
      lookalikes: ['The Republicans met on Monday.', 'Westerner Tom Hale voted.'],
    },
    {
      id: 'armed-context',
      words: [
        'terrorist',
        'terrorists',
        'terror',
        'militant',
        'militants',
        'jihadist',
        'jihadists',
        'insurgent',
        'insurgents',
        'insurgency',
        'rebel',
        'rebels',
        'militia',
        'militias',
        'fighters',
        'extremist',
        'extremists',
        'guerrilla',
        'guerrillas',
        'armed group',
        'operatives',
        'cells',
        'caliphate',
        'attacks',
        'remnants',
      ],
      reason: 'Words right next to a group\'s name that make it an armed group ("RDF fighters", "the militant group X").',
      examples: ['RDF fighters withdrew before dawn.', 'The militant group claimed the attack.'],
      lookalikes: ['The fight ended at dawn.'],
    },
    {
      id: 'military-nouns',
      words: [
        'armed forces',
        'security forces',
        'special forces',
        'military',
        'forces',
        'troops',
        'army',
        'soldiers',
        'navy',
        'air force',
        'marines',
        'personnel',
      ],
      reason: 'After a country, these name its armed forces ("US troops", "Iraq\'s armed forces").',
      examples: ['US troops left the base.', "Poland's armed forces said so."],
      lookalikes: ['The troupe left the stage.'],
    },
  ],
  (entry, text) => hasListedWord(entry.words, text),
);

const bodyWords = (id: string): readonly string[] => BODY_WORDS_TABLE.entries.find((e) => e.id === id)!.words;

/** Last words of company names, which the press drops after the first mention. */
export const CORPORATE_SUFFIXES: ReadonlySet<string> = new Set(bodyWords('corporate-suffixes'));

/** Words that end the name of a place, which is never a person. */
export const PLACE_HEADS: ReadonlySet<string> = new Set(bodyWords('place-heads'));

/** Offices of a place ("governor", "mayor"), lower case and with their plurals: "governor of X" names a place X. */
const PLACE_OFFICES: readonly string[] = bodyWords('offices-of-places').flatMap((w) => [w, w.replace(/man$/, 'men'), `${w}s`]);

/** "governor of", "senator from", "mayor of the": the office of a place, right before the place's name. */
export const PLACE_OFFICE_BEFORE_RE = nounThenParticleAtEnd(PLACE_OFFICES, ['of', 'from']);

/** Last words of the names of laws and agreements, which are never actors ("… Act", "… Treaty"). */
export const INSTRUMENT_HEADS: ReadonlySet<string> = new Set(bodyWords('instrument-heads'));

/** Adjectives of party, creed and region, which alone name no body ("Republican", "Muslim", "Western"). */
export const DESCRIBING_ADJECTIVES: ReadonlySet<string> = new Set(bodyWords('describing-adjectives'));

/** Words next to a group's name that say it is an armed group. */
export const ARMED_CONTEXT: readonly string[] = bodyWords('armed-context');

/** Nouns that, after a country, name its armed forces. */
export const MILITARY_NOUNS: readonly string[] = bodyWords('military-nouns');
