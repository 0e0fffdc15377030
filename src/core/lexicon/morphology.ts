/**
 * Inflections and spelling variants, generated instead of listed: a concept or a word list names
 * a lemma once ("withdraw", "threat", "defence") and gets every form the press writes
 * ("withdrew", "withdrawn", "threats", "defense"). The rules are English regular morphology plus
 * a table of irregular verbs and nouns; British and American spellings are derived from the
 * endings that differ between them (-ise/-ize, -our/-or, -re/-er, -ence/-ense, -lled/-led).
 */
import { ruleTable, type RuleEntry } from './table';

/** A part of speech the generator knows: verb, noun, adjective or an invariable word or phrase. */
export type WordClass = 'v' | 'n' | 'a' | 'x';

// lemma past participle (participle omitted when it equals the past). Only verbs a news claim
// is likely to use need be here; a missing one gets regular forms, which are simply not found.
const IRREGULAR_VERB_TABLE = `
arise arose arisen|be was been|bear bore borne|beat beat beaten|become became become|begin began begun|bend bent
bind bound|bite bit bitten|blow blew blown|break broke broken|bring brought|build built|burn burnt|burst burst
buy bought|cast cast|catch caught|choose chose chosen|cling clung|come came come|cost cost|creep crept|cut cut
deal dealt|dig dug|do did done|draw drew drawn|drink drank drunk|drive drove driven|eat ate eaten|fall fell fallen
feed fed|feel felt|fight fought|find found|flee fled|fly flew flown|forbid forbade forbidden|forecast forecast
foresee foresaw foreseen|forget forgot forgotten|forgive forgave forgiven|freeze froze frozen|get got gotten|give gave given
go went gone|grind ground|grow grew grown|hang hung|have had|hear heard|hide hid hidden|hit hit|hold held|hurt hurt
keep kept|know knew known|lay laid|lead led|lean leant|leave left|lend lent|let let|lie lay lain|light lit|lose lost
make made|mean meant|meet met|mislead misled|overcome overcame overcome|overrun overran overrun|oversee oversaw overseen
overthrow overthrew overthrown|pay paid|prove proved proven|put put|quit quit|read read|rebuild rebuilt|redo redid redone
rethink rethought|ride rode ridden|ring rang rung|rise rose risen|run ran run|say said|see saw seen|seek sought|sell sold
send sent|set set|shake shook shaken|shed shed|shine shone|shoot shot|show showed shown|shrink shrank shrunk|shut shut
sing sang sung|sink sank sunk|sit sat|sleep slept|slide slid|speak spoke spoken|spend spent|spread spread|stand stood
steal stole stolen|stick stuck|sting stung|strike struck|strive strove striven|swear swore sworn|sweep swept|swim swam swum
swing swung|take took taken|teach taught|tear tore torn|tell told|think thought|throw threw thrown|undergo underwent undergone
understand understood|undertake undertook undertaken|undo undid undone|uphold upheld|upset upset|wake woke woken|wear wore worn
weep wept|win won|wind wound|withdraw withdrew withdrawn|withhold withheld|withstand withstood|write wrote written
`;

const IRREGULAR_VERBS = new Map<string, { past: string[]; participle: string[] }>();
for (const item of IRREGULAR_VERB_TABLE.trim().split(/[|\n]/)) {
  const [lemma, past, participle] = item.trim().split(/\s+/);
  if (!lemma || !past) continue;
  // Both spellings of a few pasts are in use ("burnt" and "burned", "proved" and "proven").
  const extra = ['burn', 'lean', 'prove', 'show', 'get'].includes(lemma) ? [regularPast(lemma)] : [];
  IRREGULAR_VERBS.set(lemma, { past: [past, ...(lemma === 'get' ? [] : extra)], participle: [participle ?? past, ...extra] });
}
// "be" and "have" take person forms no rule makes.
const PERSON_FORMS: Record<string, string[]> = {
  be: ['am', 'is', 'are', 'was', 'were', 'being', 'been'],
  have: ['has', 'had', 'having'],
  do: ['does', 'did', 'doing', 'done'],
};

const IRREGULAR_NOUNS: Record<string, string> = {
  man: 'men',
  woman: 'women',
  child: 'children',
  person: 'people',
  foot: 'feet',
  mouse: 'mice',
  crisis: 'crises',
  analysis: 'analyses',
  thesis: 'theses',
  basis: 'bases',
  life: 'lives',
  wife: 'wives',
  knife: 'knives',
  half: 'halves',
  leaf: 'leaves',
  wolf: 'wolves',
  thief: 'thieves',
  shelf: 'shelves',
  self: 'selves',
  criterion: 'criteria',
  phenomenon: 'phenomena',
  medium: 'media',
  datum: 'data',
  hero: 'heroes',
  veto: 'vetoes',
  embargo: 'embargoes',
  personnel: 'personnel',
  aircraft: 'aircraft',
  series: 'series',
  species: 'species',
  sheep: 'sheep',
  police: 'police',
};

const VOWEL = /[aeiou]/;

/**
 * True for a one-syllable consonant-vowel-consonant word whose last consonant doubles ("stop",
 * "plan"). The "u" of "qu" is part of the consonant, not a vowel: "quit" doubles ("quitting") as
 * "squat" does, where a count of its letters would see "ui" and no consonant before the vowel.
 */
function doublesFinal(lemma: string): boolean {
  if (!/^[a-z]+$/.test(lemma)) return false;
  const word = lemma.replace(/qu(?=[aeiouy])/g, 'q');
  const syllables = word.match(/[aeiouy]+/g)?.length ?? 0;
  return syllables === 1 && /[^aeiou][aeiou][bcdfgklmnprstvz]$/.test(word) && !/^y/.test(word.slice(-4, -2));
}

/** The last word of a phrase and everything before it. */
function splitLast(phrase: string): [string, string] {
  const at = phrase.lastIndexOf(' ');
  return at < 0 ? ['', phrase] : [phrase.slice(0, at + 1), phrase.slice(at + 1)];
}

/** The first word of a phrase and everything after it. */
function splitFirst(phrase: string): [string, string] {
  const at = phrase.indexOf(' ');
  return at < 0 ? [phrase, ''] : [phrase.slice(0, at), phrase.slice(at)];
}

function regularPast(verb: string): string {
  if (verb.endsWith('e')) return `${verb}d`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`;
  if (doublesFinal(verb)) return `${verb}${verb.slice(-1)}ed`;
  return `${verb}ed`;
}

function thirdPerson(verb: string): string {
  if (/(?:s|x|z|ch|sh|o)$/.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}

function gerund(verb: string): string {
  if (verb.endsWith('ie')) return `${verb.slice(0, -2)}ying`;
  if (/[^aeioy]e$/.test(verb) && verb !== 'be') return `${verb.slice(0, -1)}ing`;
  if (doublesFinal(verb)) return `${verb}${verb.slice(-1)}ing`;
  return `${verb}ing`;
}

/**
 * Every form of a verb: the lemma, third person, past, participle and gerund. A trailing "+" on
 * the lemma ("regret+", "commit+") doubles the final consonant of a word of several syllables,
 * which only stress decides; a final "-l" gets both the British doubled and the American form.
 */
export function verbForms(lemma: string): string[] {
  const double = lemma.endsWith('+');
  const verb = double ? lemma.slice(0, -1) : lemma;
  const person = PERSON_FORMS[verb];
  const irregular = IRREGULAR_VERBS.get(verb);
  const out = new Set<string>([verb, ...(person ?? [])]);
  if (!person || verb === 'do') out.add(thirdPerson(verb));
  if (irregular) {
    for (const f of [...irregular.past, ...irregular.participle]) out.add(f);
  } else if (double) {
    out.add(`${verb}${verb.slice(-1)}ed`);
  } else out.add(regularPast(verb));
  if (double) out.add(`${verb}${verb.slice(-1)}ing`);
  else out.add(gerund(verb));
  // "cancel", "label", "signal": British "cancelled", American "canceled".
  // A verb stressed on its "-l" ("expel+", "control+") doubles it everywhere.
  if (!double && /[aeiou]l$/.test(verb) && !/(?:ee|oo|ai|ea|oi|ou)l$/.test(verb) && (verb.match(/[aeiou]+/g)?.length ?? 0) > 1) {
    out.add(`${verb}led`);
    out.add(`${verb}ling`);
    out.add(`${verb}ed`);
    out.add(`${verb}ing`);
  }
  return [...out];
}

/** A noun and its plural; compounds inflect their last word ("security force" → "security forces"). */
export function nounForms(lemma: string): string[] {
  // A noun with its complement's preposition ("ability to", "threat of") inflects the noun: "abilities to".
  const particle = /^(.+) (to|of|for|on|about|against|with|from)$/.exec(lemma);
  if (particle) return nounForms(particle[1]!).map((form) => `${form} ${particle[2]}`);
  const [head, last] = splitLast(lemma);
  const irregular = IRREGULAR_NOUNS[last];
  let plural: string;
  if (irregular) plural = irregular;
  // Compounds of "man" and "woman" ("spokesman", "chairwoman") take "-men"; "human" and "German" do not.
  else if (/(?:wo)?man$/.test(last) && !/(?:hu|ger|ro|sha|talis|cai|cay|otto)man$/i.test(last)) plural = `${last.slice(0, -3)}men`;
  else if (/(?:s|x|z|ch|sh)$/.test(last)) plural = `${last}es`;
  else if (/[^aeiou]y$/.test(last)) plural = `${last.slice(0, -1)}ies`;
  else plural = `${last}s`;
  return [...new Set([lemma, `${head}${plural}`])];
}

// Words whose -ise, -our or -re ending is the same on both sides of the Atlantic.
const SAME_ISE = new Set([
  'rise',
  'arise',
  'wise',
  'advise',
  'devise',
  'revise',
  'supervise',
  'surprise',
  'compromise',
  'exercise',
  'premise',
  'promise',
  'enterprise',
  'franchise',
  'merchandise',
  'expertise',
  'despise',
  'disguise',
  'televise',
  'improvise',
  'circumcise',
  'excise',
  'incise',
  'concise',
  'precise',
  'noise',
  'poise',
  'praise',
  'raise',
  'cruise',
  'bruise',
  'chaise',
  'otherwise',
  'likewise',
  'clockwise',
  'demise',
  'reprise',
  'treatise',
]);
const SAME_OUR = new Set([
  'four',
  'tour',
  'your',
  'hour',
  'pour',
  'sour',
  'flour',
  'contour',
  'devour',
  'detour',
  'our',
  'amour',
  'velour',
  'troubadour',
]);
/** Stems whose British -re is American -er. */
const RE_ER_STEMS = new Set([
  'cent',
  'theat',
  'met',
  'lit',
  'fib',
  'calib',
  'somb',
  'spect',
  'meag',
  'sab',
  'lust',
  'goit',
  'sepulch',
  'amphitheat',
]);
const SAME_ENCE = new Set([
  'fence',
  'hence',
  'whence',
  'thence',
  'pence',
  'sixpence',
  'influence',
  'evidence',
  'presence',
  'absence',
  'violence',
  'science',
  'silence',
  'sentence',
  'sequence',
  'experience',
  'conference',
  'difference',
  'reference',
  'preference',
  'existence',
  'confidence',
  'independence',
  'residence',
  'audience',
  'patience',
  'prudence',
  'essence',
  'commence',
  'incidence',
  'coincidence',
  'dependence',
  'intelligence',
  'consequence',
  'conscience',
  'insistence',
  'persistence',
  'resilience',
  'obedience',
  'inference',
  'interference',
  'competence',
  'emergence',
  'convergence',
  'divergence',
  'deterrence',
  'recurrence',
  'occurrence',
  'excellence',
  'prominence',
  'permanence',
  'eminence',
  'adherence',
  'coherence',
  'turbulence',
  'opulence',
  'affluence',
  'sentence',
]);

const OTHER_PAIRS = Object.entries({
  programme: 'program',
  programmes: 'programs',
  dialogue: 'dialog',
  grey: 'gray',
  cheque: 'check',
  manoeuvre: 'maneuver',
  manoeuvres: 'maneuvers',
  towards: 'toward',
});

/** The other spelling of a word or phrase, British ↔ American, or none. Applied word by word. */
export function spellingVariants(phrase: string): string[] {
  const words = phrase.split(' ');
  if (words.every((w) => variantsOf(w).length === 0)) return [];
  const choices = words.map((w) => [w, ...variantsOf(w)]);
  // Every combination, but a phrase has few words with two spellings.
  let out: string[] = [''];
  for (const options of choices) out = out.flatMap((prefix) => options.map((o) => (prefix === '' ? o : `${prefix} ${o}`)));
  return [...new Set(out)].filter((v) => v !== phrase);
}

/** The lists repeat their words thousands of times ("the", "threat"); each is worked out once. */
const VARIANTS = new Map<string, readonly string[]>();
function variantsOf(word: string): readonly string[] {
  let known = VARIANTS.get(word);
  if (!known) VARIANTS.set(word, (known = wordVariants(word)));
  return known;
}

function wordVariants(word: string): string[] {
  const out: string[] = [];
  // -ise/-ize and -isation/-ization ("mobilise", "stabilization"), and their inflections.
  const ise = /^(.{3,})i([sz])(e|es|ed|ing|ation|ations|er|ers)$/.exec(word);
  if (ise && !SAME_ISE.has(`${ise[1]}ise`) && !SAME_ISE.has(`${ise[1]}ize`) && VOWEL.test(ise[1]!)) {
    out.push(`${ise[1]}i${ise[2] === 's' ? 'z' : 's'}${ise[3]}`);
  }
  // -our/-or ("behaviour", "labour", "favourable").
  const our = /^(.{2,})our(s|ed|ing|able|ably|ite|ites)?$/.exec(word);
  if (our && !SAME_OUR.has(`${our[1]}our`)) out.push(`${our[1]}or${our[2] ?? ''}`);
  const or = /^(.{2,}[^aeiou])or(s|ed|ing|able|ably|ite|ites)?$/.exec(word);
  if (
    or &&
    [
      'behavi',
      'lab',
      'fav',
      'hon',
      'harb',
      'neighb',
      'col',
      'rum',
      'vap',
      'vig',
      'ard',
      'hum',
      'savi',
      'endeav',
      'clam',
      'arm',
      'val',
      'rig',
      'splend',
      'od',
      'tum',
      'ranc',
    ].includes(or[1]!)
  ) {
    out.push(`${or[1]}our${or[2] ?? ''}`);
  }
  // -re/-er ("centre", "theatre", "fibre"): a closed set, since "acre" and "genre" do not vary.
  const re = /^(.+)re(s|d)?$/.exec(word);
  if (re && RE_ER_STEMS.has(re[1]!)) out.push(`${re[1]}er${re[2] === 'd' ? 'ed' : (re[2] ?? '')}`);
  const er = /^(.+)er(s|ed)?$/.exec(word);
  if (er && RE_ER_STEMS.has(er[1]!)) out.push(`${er[1]}re${er[2] === 'ed' ? 'd' : (er[2] ?? '')}`);
  // -ence/-ense ("defence", "offence", "licence", "pretence").
  const ence = /^(.{2,})ence(s)?$/.exec(word);
  if (ence && !SAME_ENCE.has(`${ence[1]}ence`) && ['def', 'off', 'lic', 'pret'].includes(ence[1]!))
    out.push(`${ence[1]}ense${ence[2] ?? ''}`);
  const ense = /^(.{2,})ense(s)?$/.exec(word);
  if (ense && ['def', 'off', 'lic', 'pret'].includes(ense[1]!)) out.push(`${ense[1]}ence${ense[2] ?? ''}`);
  // A few words that differ otherwise.
  for (const [gb, us] of OTHER_PAIRS) {
    if (word === gb) out.push(us);
    if (word === us) out.push(gb);
  }
  return out;
}

/**
 * Every form of a lemma of the given class, with both spellings. A phrase inflects its verb when
 * its first word is the verb ("pose a threat" → "posed a threat"), its noun when the noun is last
 * ("security force" → "security forces"); class "x" is taken as written.
 */
export function formsOf(lemma: string, wordClass: WordClass): string[] {
  let forms: string[];
  if (wordClass === 'v') {
    const [verb, rest] = splitFirst(lemma);
    forms = verbForms(verb).map((f) => `${f}${rest}`);
  } else if (wordClass === 'n') forms = nounForms(lemma);
  else forms = [lemma];
  const out = new Set<string>();
  for (const form of forms) {
    out.add(form);
    for (const variant of spellingVariants(form)) out.add(variant);
  }
  return [...out];
}

interface MorphologyRule extends RuleEntry {
  /** The word class the rule inflects. */
  readonly wordClass: WordClass;
}

/**
 * The generator's rules as a table: each example is "lemma → form" and must be generated, each
 * look-alike must not be (so a rule that overgenerates shows).
 */
export const MORPHOLOGY_RULES = ruleTable<MorphologyRule>(
  'morphology',
  [
    {
      id: 'verb-regular',
      wordClass: 'v',
      reason: 'Regular verbs add -s, -ed and -ing, dropping a silent e and turning a final consonant-y into -ie.',
      examples: ['attack → attacked', 'pose → posing', 'pose → poses', 'deny → denies', 'deny → denied', 'push → pushes'],
      lookalikes: ['attack → attackked', 'pose → poseing', 'deny → denyed'],
    },
    {
      id: 'verb-doubling',
      wordClass: 'v',
      reason:
        'A one-syllable verb ending consonant-vowel-consonant doubles its last letter; longer ones only when marked, since stress decides.',
      examples: [
        'stop → stopped',
        'plan → planning',
        'regret+ → regretted',
        'commit+ → committing',
        'admit+ → admitted',
        'expel+ → expelled',
        'quit → quitting',
      ],
      lookalikes: [
        'quit → quiting',
        'visit → visitted',
        'threaten → threatenned',
        'rain → rainned',
        'admit+ → admited',
        'expel+ → expeled',
      ],
    },
    {
      id: 'verb-irregular',
      wordClass: 'v',
      reason: 'Irregular verbs take their past and participle from a table.',
      examples: ['withdraw → withdrew', 'withdraw → withdrawn', 'leave → left', 'win → won', 'pose a threat → posed a threat', 'be → is'],
      lookalikes: ['withdraw → withdrawed', 'leave → leaved', 'win → winned'],
    },
    {
      id: 'verb-british-l',
      wordClass: 'v',
      reason: 'Verbs ending in a vowel and l double it in British spelling only ("cancelled", "canceled").',
      examples: ['cancel → cancelled', 'cancel → canceled', 'signal → signalling'],
      lookalikes: ['fail → failled', 'feel → feelled'],
    },
    {
      id: 'noun-plural',
      wordClass: 'n',
      reason: 'Nouns add -s or -es, consonant-y becomes -ies, irregular plurals come from a table, and compounds inflect their last word.',
      examples: [
        'threat → threats',
        'crisis → crises',
        'militia → militias',
        'security force → security forces',
        'ability to → abilities to',
        'ally → allies',
        'spokesman → spokesmen',
        'chairwoman → chairwomen',
        'human → humans',
      ],
      lookalikes: [
        'threat → threates',
        'crisis → crisises',
        'security force → securities force',
        'ability to → ability tos',
        'spokesman → spokesmans',
        'German → Germen',
      ],
    },
    {
      id: 'spelling-ise-ize',
      wordClass: 'v',
      reason: 'British -ise and American -ize are the same word; verbs such as "rise" and "promise" are -ise everywhere.',
      examples: ['mobilise → mobilized', 'stabilize → stabilising', 'criticise → criticizes'],
      lookalikes: ['rise → rize', 'promise → promize', 'advise → advized'],
    },
    {
      id: 'spelling-our-or',
      wordClass: 'n',
      reason: 'British -our and American -or are the same word; "four" and "tour" are not of this kind.',
      examples: ['behaviour → behavior', 'labor → labours', 'favour → favor'],
      lookalikes: ['tour → tor', 'hour → hor', 'actor → actour'],
    },
    {
      id: 'spelling-re-er-ence-ense',
      wordClass: 'n',
      reason: 'British -re and -ence ("centre", "defence") are American -er and -ense; "acre" and "evidence" are the same everywhere.',
      examples: ['centre → center', 'defence → defense', 'offense → offences', 'theatre → theaters'],
      lookalikes: ['acre → acer', 'evidence → evidense', 'genre → genrer'],
    },
  ],
  (rule, text) => {
    const [lemma, form] = text.split(' → ');
    return formsOf(lemma!, rule.wordClass).includes(form!);
  },
);
