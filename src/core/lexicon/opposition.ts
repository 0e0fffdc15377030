/**
 * How news prose shows that two parties disagree, as signals the pack builder links claims by
 * (builder/oppositions.ts). None names a story: each is a way the language sets one speaker
 * against another.
 *
 * - `answer`: the speaker answers someone's words or decision ("rejected", "denied", "hit back",
 *   "will challenge it in court"); the answered party is named after the words or spoke just before.
 * - `accuse`: the speaker says someone did wrong ("accused the company of …", "slammed the
 *   ministry"); the accused, named after the words, is the other side.
 * - `fault`: the speaker's own words find fault with another party's conduct ("his reckless
 *   spending", "has not followed through on its pledge"); that party, named in the same words
 *   near the fault, is the other side.
 * - `untrue`: the speaker calls what another said or did untrue or illegitimate ("a sham", "not
 *   true", "misleading"); the other side is the one who spoke just before, or the one named.
 * - `contrast`: the article sets a speaker against the one before ("However, X said …", "X,
 *   however, …") or two speakers against each other in one sentence ("While X wants …, Y …").
 * - `framing`: the article itself calls a party the other side ("critics say", "opponents argue").
 * - `role`: the parties' roles are adversaries by their nature (the prosecution and the defence),
 *   as the article names them next to the speaker ("U.S. Attorney …", "…, the driver's attorney")
 *   or says them of the speaker ("…, who denies the charges, …").
 *
 * Each entry's `words` are patterns in the notation of templates.ts; `weight` is what the signal
 * counts toward a link (oppositions.ts sums them against a threshold).
 */
import { formsOfPattern } from './templates';
import { ruleTable, type RuleEntry } from './table';
import { wordListPattern } from './word-lists';

/** What a signal says about the two parties. */
export type OppositionKind = 'answer' | 'accuse' | 'fault' | 'untrue' | 'contrast' | 'framing' | 'role';

/**
 * Where in the sentence a signal must stand: a contrast marker to set its speaker against
 * another (`lead`, `while`); a role said of the speaker in a clause they are the subject of
 * (`clause`: "X, who denies the charges, …", "He has long denied the allegations") rather than
 * named next to their name.
 */
export type ContrastPlace = 'lead' | 'while' | 'clause';

/** One way the language sets a speaker against another. */
export interface OppositionSignal extends RuleEntry {
  /** What the signal says. */
  readonly kind: OppositionKind;
  /** The signal in a reader's words, for the review page ("answers what the other said"). */
  readonly label: string;
  /** Patterns of its words (templates.ts notation, with word class). */
  readonly words: readonly string[];
  /** For contrast markers and roles read from a clause: where they must stand. */
  readonly place?: ContrastPlace;
  /** How much it counts toward a link. */
  readonly weight: number;
  /** For roles: the side of the dispute the role stands on; a side opposes every other side. */
  readonly side?: string;
}

/**
 * A signal's expression (its source until a text has passed the gate), and a small one its text
 * must match first (see `signalPattern`).
 */
const compiled = new WeakMap<OppositionSignal, { re: RegExp | string; gate: RegExp | null }>();

/**
 * The signal's words as one whole-word, case-blind expression (global, for finding every use),
 * and its gate: the first two words of its forms (the one word of a form of one), whole and
 * case-blind. Every use of the signal starts with one of those, so a text without any has none,
 * and the big expression is neither compiled nor run on it: a signal generated from templates
 * ("denies the … charges", about a thousand forms) cost the builder's worker 70-450 ms to compile
 * and tier up on its first draft, on articles where nobody denies anything (2026-12). Two words
 * rather than one, because a form may open with a word found in most sentences ("was alleging"):
 * with first words only, four big expressions were compiled for the bench's 10 KB article, which
 * uses none of them (2026-12). A signal with forms attached to the word before ("'s attorney")
 * has no gate.
 */
export function signalPattern(signal: OppositionSignal): { re: RegExp; gate: RegExp | null } {
  const pattern = patternOf(signal);
  if (typeof pattern.re === 'string') pattern.re = new RegExp(pattern.re, 'giu');
  return { re: pattern.re, gate: pattern.gate };
}

/** The signal's gate, and its expression or, until it is needed, its source. */
function patternOf(signal: OppositionSignal): { re: RegExp | string; gate: RegExp | null } {
  let pattern = compiled.get(signal);
  if (!pattern) {
    const forms = signal.words.flatMap((w) => formsOfPattern(w));
    // A form that starts with an apostrophe ("'s attorney") is attached to the word before it.
    const attached = forms.filter((f) => f.startsWith("'"));
    const free = forms.filter((f) => !f.startsWith("'"));
    const attachedSource = attached.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')).join('|');
    const words =
      attached.length === 0
        ? wordListPattern(free)
        : `(?:${free.length > 0 ? `${wordListPattern(free)}|` : ''}(?:${attachedSource})(?![\\p{L}\\p{N}]))`;
    // A lead marker opens the sentence ("However, …", "But …") or follows its subject set off by
    // commas ("Moss, however, is …"); "while" opens the sentence or a clause after a comma.
    const source =
      signal.place === 'lead'
        ? `(?:^\\s*[“"‘']?${words}(?:\\s*,|(?<=but|yet)\\s)|^[^,.;:“"]{2,60},\\s*${words}\\s*,)`
        : signal.place === 'while'
          ? `(?:^\\s*|,\\s*)${words}\\s`
          : words;
    const firstWords = free.map((f) => f.split(/\s+/)[0]!);
    const leads = free.map((f) => f.split(/\s+/).slice(0, 2).join(' '));
    const gate =
      attached.length === 0 && free.length > 0 && firstWords.every((w) => w !== '') ? new RegExp(wordListPattern(leads), 'iu') : null;
    pattern = { re: source, gate };
    compiled.set(signal, pattern);
  }
  return pattern;
}

/** Every use of the signal in `text` (straight apostrophes expected), with its offsets. */
export function findSignal(signal: OppositionSignal, text: string): { start: number; end: number; words: string }[] {
  const { gate } = patternOf(signal);
  if (gate && !gate.test(text)) return [];
  const { re } = signalPattern(signal);
  re.lastIndex = 0;
  const out: { start: number; end: number; words: string }[] = [];
  for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length, words: m[0].trim() });
  return out;
}

/** The signals, strongest kinds first. */
export const OPPOSITION_SIGNALS = ruleTable<OppositionSignal>(
  'opposition signals',
  [
    {
      id: 'rejects-words',
      kind: 'answer',
      label: 'rejects what the other side said',
      reason: 'A speaker who rejects, denies or disputes something answers whoever said or decided it.',
      words: [
        'v:reject',
        'v:deny',
        'v:dispute',
        'v:dismiss',
        'v:refute',
        'v:rebut+',
        'v:contradict',
        'v:contest',
        'v:counter',
        'v:disagree',
        'x:flat-out denied',
      ],
      weight: 3,
      examples: [
        'The company denied the allegations.',
        'She rejected the report as incomplete.',
        'The union disputes those figures.',
        'He disagreed with the mayor.',
      ],
      lookalikes: ['The deputy arrived on Monday.', 'A refuge for birds opened.', 'The denim jacket was blue.'],
    },
    {
      id: 'hits-back',
      kind: 'answer',
      label: 'answers the other side',
      reason: 'Phrasal verbs of answering an attack ("hit back", "pushed back", "fired back") set the speaker against the one answered.',
      words: [
        'v:hit back',
        'v:fire back',
        'v:push back',
        'v:shoot back',
        'v:strike back',
        'v:lash out at',
        'v:take issue with',
        'v:take aim at',
      ],
      weight: 3,
      examples: ['The mayor hit back at the council.', 'Officials pushed back on the plan.', 'She took issue with his figures.'],
      lookalikes: ['He hit the ball back to the bowler.', 'The rocket was fired on Monday.', 'She took the issue to the board.'],
    },
    {
      id: 'challenges-in-court',
      kind: 'answer',
      label: 'will challenge the other side’s decision',
      reason: 'Appealing, suing or challenging a decision in court answers whoever took the decision.',
      words: [
        'x:(challenge|challenges|challenged|challenging) (it|the decision|the ruling|the order|the law|the move) in court',
        'v:appeal against',
        'x:(will|would|plans to|intends to) appeal',
        'v:file (a|an) (appeal|lawsuit)',
        'v:take legal action',
        'x:(sue|sues|sued|suing) (the|him|her|them|it|its|his|their)',
      ],
      weight: 3,
      examples: [
        'The firm will challenge the decision in court.',
        'Her lawyers said they would appeal.',
        'The group plans to sue the city.',
      ],
      lookalikes: ['The appeal of the new phone is clear.', 'The challenge was physical.', 'Sue Smith won the race.'],
    },
    {
      id: 'accuses',
      kind: 'accuse',
      label: 'accuses the other side',
      reason: 'A speaker who accuses, blames or criticises someone stands against the one accused.',
      words: [
        'v:accuse',
        'v:blame',
        'x:(allege|alleges|alleged|alleging) that',
        'x:(is|are|was|were) alleging',
        'v:criticise',
        'v:slam',
        'v:blast',
        'v:condemn',
        'v:denounce',
        'v:lambast',
        'v:decry',
        'v:berate',
        'v:scold',
        'v:rebuke',
        'v:attack (the|his|her|their|its) (decision|plan|policy|remarks|comments|claims|record)',
      ],
      weight: 3,
      examples: [
        'She accused the company of lying.',
        'The senator slammed the ministry.',
        'The Democrats are alleging that the call was improper.',
        'Critics blasted the plan.',
      ],
      lookalikes: ['The slammer is a prison.', 'The blaster was loud.', 'his alleged role in the leak', 'The attack killed six.'],
    },
    {
      id: 'faults-conduct',
      kind: 'fault',
      label: 'finds fault with how the other side acts',
      reason:
        'A speaker whose own words find fault with another party’s conduct ("his mercurial temperament", "the greed of its bosses", "has not followed through on its pledge") stands against that party.',
      words: [
        'a:unrealistic',
        'a:mercurial',
        'a:erratic',
        'a:reckless',
        'a:irresponsible',
        'a:incompetent',
        'n:incompetence',
        'a:misguided',
        'a:dishonest',
        'n:dishonesty',
        'n:greed',
        'a:greedy',
        'n:hypocrisy',
        'a:hypocritical',
        'n:mismanagement',
        'v:mismanage',
        'v:undercut',
        'x:(hype|hypes|hyped|hyping) up',
        'x:trying to deflect',
        'x:(is|are|was|were|has|have|had) not (following|followed) through',
        'x:(break|breaks|broke|broken|breaking) (its|his|her|their) (promise|promises|word)',
        'x:(fail|fails|failed|failing) to (keep|honour|honor|deliver on|live up to) (its|his|her|their)',
      ],
      weight: 3,
      examples: [
        'The mayor’s reckless spending has emptied the fund.',
        'The council has not followed through on its pledge to tenants.',
        'By setting unrealistic goals, the minister made a deal harder.',
        'They broke their promise to the town.',
      ],
      lookalikes: ['The plan looked realistic.', 'The break room was full.', 'He followed the car through the tunnel.'],
    },
    {
      id: 'critical-findings',
      kind: 'accuse',
      label: 'puts out findings critical of the other side',
      reason:
        'A body that puts out a critical or damning report, audit or review stands against the one it finds fault with: the one named after it, or else the body the speaker belongs to by its own name (an inspector general or an auditor reports on the agency it watches: "the ferry agency’s Office of the Inspector General issued a scathing audit").',
      words: [
        'x:[(highly|sharply|deeply|very|strongly) ](critical|scathing|damning) (report|reports|audit|audits|review|reviews|assessment|assessments|findings)',
      ],
      weight: 2,
      examples: ['The auditor released a highly critical report on the harbour works.', 'A damning audit of the ferry service came out.'],
      lookalikes: ['It was critical that the report came out.', 'The critical care report was filed.', 'The report was critical.'],
    },
    {
      id: 'presses-other-side',
      kind: 'accuse',
      label: 'presses the other side to act',
      reason:
        'Urging or calling on another party to act ("urged the president to make a deal") says that party is not doing what the speaker wants.',
      words: ['v:urge', 'v:call on', 'x:(press|presses|pressed|pressing) (him|her|them) to', 'v:demand that', 'v:put pressure on'],
      weight: 2,
      examples: ['The farmers urged the president to make a deal.', 'The union called on the mayor to resign.'],
      lookalikes: ['There is an urgent need.', 'The press was there.', 'She pressed the button twice.'],
    },
    {
      id: 'calls-it-untrue',
      kind: 'untrue',
      label: 'says the other side’s words or acts are untrue or illegitimate',
      reason: 'Calling what another said false, misleading, a sham or a lie sets the speaker against its author.',
      words: [
        'a:false',
        'a:untrue',
        'a:misleading',
        'a:baseless',
        'a:unfounded',
        'a:bogus',
        'a:illegitimate',
        'x:not true',
        'x:(a|an|this|that) (lie|lies|sham|hoax|charade|farce|witch hunt)',
        'x:sham',
        'x:nonsense',
        'x:(caved|cave|caves|caving) in',
        'x:fake news',
        'x:(has|have|had) been debunked',
        'x:(completely|totally|thoroughly) debunked',
      ],
      weight: 2,
      examples: [
        'The claims are false.',
        'He called the inquiry a sham.',
        'That is simply not true.',
        'The minister caved in to pressure.',
        'The story has been debunked.',
      ],
      lookalikes: ['The falsetto voice rang out.', 'She lied down.', 'The shampoo was cheap.', 'The cave was deep.'],
    },
    {
      id: 'contrast-lead',
      kind: 'contrast',
      place: 'lead',
      label: 'is set against the one before by the article',
      reason: 'A sentence that opens with "However" or "But", or sets "however" after its subject, answers the one before it.',
      words: ['x:however', 'x:but', 'x:yet', 'x:by contrast', 'x:in contrast', 'x:on the other hand', 'x:for (his|her|its|their) part'],
      weight: 2,
      examples: [
        'However, the union said the plan was unfair.',
        'But the mayor disagreed.',
        'The group, however, said it was not consulted.',
        'By contrast, the rival firm cut prices.',
      ],
      lookalikes: [
        'The plan was fine, but costly.',
        'Nobody but the mayor spoke.',
        'However hard they tried, it failed.',
        'It is not yet clear.',
      ],
    },
    {
      id: 'while-contrast',
      kind: 'contrast',
      place: 'while',
      label: 'is set against the other in one sentence by the article',
      reason: '"While X wants …, Y …" sets the subjects of its two clauses against each other.',
      words: ['x:while', 'x:whereas'],
      weight: 2,
      examples: ['While the mayor wants a ban, the council wants a tax.', 'The mayor wants a ban, whereas the council wants a tax.'],
      lookalikes: ['They waited for a while.', 'It was worth while.', 'He read while eating.'],
    },
    {
      id: 'resists-demand',
      kind: 'answer',
      label: 'resists what the other side demands',
      reason:
        'Holding back from someone’s demand ("reluctant to meet X’s demand", "refused to accept the terms") answers the one who made it.',
      words: ['x:(reluctant|unwilling|hesitant|refused|refuses|refusing|declined|declines) to (meet|accept|heed|grant|comply with|bow to)'],
      weight: 3,
      examples: ['The firm seems reluctant to meet the union’s demand.', 'The minister refused to accept the terms.'],
      lookalikes: ['She was reluctant to speak at first.', 'They met the demand on time.'],
    },
    {
      id: 'concession',
      kind: 'contrast',
      label: 'is set against what the other side said',
      reason:
        '"Despite X’s words", "contrary to", "although" concede what another said and answer it; they mark an answer, and say nothing alone of who is answered.',
      words: ['x:despite', 'x:in spite of', 'x:contrary to', 'x:although', 'x:though', 'x:nevertheless', 'x:nonetheless'],
      weight: 1,
      examples: ['The drought is still a danger despite the minister’s words.', 'Contrary to the report, the port is open.'],
      lookalikes: ['The despot fled.', 'He thought it over.'],
    },
    {
      id: 'prosecution-role',
      kind: 'role',
      side: 'prosecution',
      label: 'prosecutes the case the other side defends',
      reason: 'In a court case the prosecution and the defence are adversaries whatever each says.',
      words: [
        'n:prosecutor',
        'x:(U.S.|US|United States|district|state|crown) attorney',
        'x:attorney general',
        'x:the prosecution',
        'x:crown prosecution service',
        'x:(director|directorate) of public (prosecution|prosecutions)',
      ],
      weight: 2,
      examples: [
        'U.S. Attorney Ann Lee said the case was strong.',
        'Prosecutors said he lied.',
        'Deputy Director of Public Prosecution Ann Lee closed the case.',
      ],
      lookalikes: ['Her attorney said he was innocent.', 'The prose was dense.'],
    },
    {
      id: 'defence-role',
      kind: 'role',
      side: 'defence',
      label: 'defends the one the other side prosecutes',
      reason: 'The lawyer of the accused defends against the prosecution, whatever each says.',
      words: [
        'x:(defence|defense) (attorney|lawyer|counsel|team)',
        'x:(attorney|lawyer|counsel) (for|representing)',
        "x:'s (attorney|lawyer|lawyers|attorneys|counsel|defence|defense)",
        'x:(his|her|their) (attorney|lawyer|lawyers|attorneys|counsel)',
      ],
      weight: 2,
      examples: [
        "Ann Lee, the driver's attorney, said he was innocent.",
        'His lawyer said he would appeal.',
        'The defense attorney objected.',
      ],
      lookalikes: ['U.S. Attorney Ann Lee said the case was strong.', 'The attorney general spoke.'],
    },
    {
      id: 'accused-denies',
      kind: 'role',
      side: 'defence',
      place: 'clause',
      label: 'denies the charges the other side brings',
      reason:
        'Someone who denies the accusations or charges, or pleads not guilty, is the accused and stands against the prosecution, whatever each says.',
      words: [
        'x:(deny|denies|denied|denying) (the|all|any|these|those) [(criminal|sexual|fraud|corruption) ](accusation|accusations|allegation|allegations|charge|charges)',
        'x:(deny|denies|denied|denying) (the|all|any|these|those) (accusation|accusations|allegation|allegations|charge|charges) against (him|her|them)',
        'x:(plead|pleads|pleaded|pled|pleading) not guilty',
      ],
      weight: 2,
      examples: [
        'Ben Cole, who denies the charges, was released on bail.',
        'He has long denied the allegations.',
        'She pleaded not guilty.',
      ],
      lookalikes: ['She pleaded guilty.', 'The ministry denied the request for a visa.', 'He denied that the bridge was closed.'],
    },
    {
      id: 'critics-say',
      kind: 'framing',
      label: 'is called the other side by the article',
      reason:
        'The article naming a party as critics or opponents ("critics say", "opponents argue") sets them against what they criticise.',
      words: [
        'x:(critics|opponents|detractors|sceptics|skeptics) (say|said|argue|argued|contend|contended|warn|warned|note|noted|point out|pointed out|counter|countered)',
      ],
      weight: 2,
      examples: ['Critics say the plan favours the rich.', 'Opponents argued that the law was rushed.'],
      lookalikes: ['The film critic said it was long.', 'Her opponents in the race.'],
    },
  ],
  (entry, text) => findSignal(entry, text.replace(/[’‘]/g, "'")).length > 0,
);

/**
 * How a speaker refers to the people who run another party without naming them ("the company's
 * leadership", "management"): a fault found with them is found with the one speaker of the
 * article who heads a body (oppositions.ts).
 */
export const LEADERSHIP_REFERENCES = ruleTable<RuleEntry & { readonly words: readonly string[] }>(
  'leadership references',
  [
    {
      id: 'the-leadership',
      reason:
        'The press and its speakers refer to the heads of a company or body by what they are ("the company’s leadership", "its executives", "management") rather than by name.',
      words: [
        "x:(the|its|their) [(company's|firm's|group's|union's|party's|agency's|club's|league's|network's|board's) ](leadership|leaders|management|executives|bosses|top brass)",
        'x:(the|its|their) (chief executive|chairman|chairwoman|chair|president|founder)',
        'x:management',
      ],
      examples: ['the greed of the company’s leadership', 'Its executives ignored the staff.', 'The letter went to management.'],
      lookalikes: ['The leader of the pack.', 'The executive order was signed.', 'Waste managers met.'],
    },
  ],
  (entry, text) => wordListMatch(entry.words, text.replace(/[’‘]/g, "'")),
);

const leadershipPatterns = new WeakMap<readonly string[], RegExp>();

function wordListMatch(patterns: readonly string[], text: string): boolean {
  return findWords(patterns, text).length > 0;
}

/** Every use of a list of patterns in `text` (straight apostrophes expected), with offsets. */
export function findWords(patterns: readonly string[], text: string): { start: number; end: number }[] {
  let re = leadershipPatterns.get(patterns);
  if (!re) {
    re = new RegExp(wordListPattern(patterns.flatMap((w) => formsOfPattern(w))), 'giu');
    leadershipPatterns.set(patterns, re);
  }
  re.lastIndex = 0;
  return [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Weight a pair of claims needs before the builder links them as opposed. */
export const OPPOSITION_THRESHOLD = 2;

/** The signals of one kind. */
export function signalsOf(...kinds: OppositionKind[]): OppositionSignal[] {
  return OPPOSITION_SIGNALS.entries.filter((e) => kinds.includes(e.kind));
}

/**
 * Every word form of the answering and contrasting signals, once: the words that show a sentence
 * answers or contrasts something, whatever side it takes (the claim builder reads them as such and
 * keeps them out of a claim's topic).
 */
export const CONTRAST_WORDS: readonly string[] = [
  ...new Set(
    OPPOSITION_SIGNALS.entries
      .filter((e) => e.kind === 'answer' || e.kind === 'contrast')
      .flatMap((e) => e.words.flatMap((w) => formsOfPattern(w))),
  ),
];
