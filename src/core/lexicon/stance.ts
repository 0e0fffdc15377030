/**
 * The words that decide what a sentence does with an idea it names: deny it ("not", "no longer"),
 * say it goes on ("still", "remains"), demand it ("should", "called for"), resist it ("reluctant",
 * "no plans to"), only suppose it ("if", "could", "whether"), or report someone else's denial of it
 * ("rejected the claim that"). Each operator has a kind, the place it takes relative to the idea
 * (before it, after it, or anywhere in its clause) and how many words may stand between.
 *
 * The reader that applies them is `src/core/stance.ts`; its table test runs the examples below.
 * Patterns use the notation of templates.ts; they are matched on the lower-cased sentence.
 */
import type { RuleEntry } from './table';

/** What an operator does to the idea it governs. */
export type OperatorKind =
  /** Flips the polarity: "not a threat", "never", "hardly". */
  | 'negation'
  /** Says the idea held and holds no more: "no longer", "has ended", "is over". */
  | 'ended'
  /** Says the idea goes on: "still", "remains", "continues to". */
  | 'ongoing'
  /** Asks for the idea to happen: "should", "called for", "wants … out". */
  | 'demand'
  /** Says it is planned or under way: "will", "plans to", "is set to", "seeks to". */
  | 'intent'
  /** Holds back from it: "reluctant", "no plans to", "in no hurry". */
  | 'reluctance'
  /** Says someone can do it: "able to", "capable of", "can". */
  | 'capable'
  /** Only supposes it: "could", "might", "may". */
  | 'hypothetical'
  /** Opens a condition, whose content is not asserted: "if", "unless", "whether". */
  | 'condition'
  /** States a goal, which is not yet a fact: "ensuring that", "in order to", "the aim is to". */
  | 'goal'
  /** Opens a background clause of time, which the sentence presupposes rather than states: "after", "since". */
  | 'background'
  /** Reports a denial of what follows, which flips its side: "rejected the claim that". */
  | 'denial'
  /** Reports a warning, which asserts the risk it names even with "could": "warned that". */
  | 'warning'
  /** Makes a noun state something about the subject: "is a threat", "poses a threat", "warned of". */
  | 'predicate'
  /** Follows a noun and states it: "the threat remains", "the danger has passed". */
  | 'predicate-after';

/** One stance operator. */
export interface StanceOperator extends RuleEntry {
  /** What it does. */
  readonly kind: OperatorKind;
  /** Patterns of its words. */
  readonly words: readonly string[];
  /** Where it stands relative to the idea: before it (default), after it, or anywhere earlier in the sentence. */
  readonly position?: 'before' | 'after' | 'sentence';
  /** Most words between the operator and the idea (default 6). */
  readonly window?: number;
  /** For `predicate` and `predicate-after` operators, the polarity and mode they add ("the threat has ended"). */
  readonly adds?: 'ended' | 'ongoing' | 'negation';
  /** Words that, right before the operator, make it something else ("such as", "known as"). */
  readonly notAfter?: readonly string[];
  /** True when the operator governs a noun through one preposition ("warned of a resurgence", "talks on ending the mission"). */
  readonly throughPreposition?: boolean;
  /** A word pattern that must also occur later in the sentence for the operator to apply ("some say …, others …"). */
  readonly requires?: string;
  /** A word that, within four words after the operator, makes it something else ("dismissed the group as a spent force"). */
  readonly unlessFollowedBy?: string;
  /** True when the operator names its object as a noun after "a" or "an" ("called the threat a smokescreen"): only that noun is predicated. */
  readonly complementAfterArticle?: boolean;
}

/** Every stance operator. Examples use the idea "threat" (or "leave"); look-alikes show the scope. */
export const STANCE_OPERATORS: readonly StanceOperator[] = [
  {
    id: 'negation',
    kind: 'negation',
    reason: 'A negation before the idea, in its own clause, denies it.',
    words: [
      'x:not', "x:n't", 'x:never', 'x:no', 'x:nor', 'x:neither', 'x:hardly', 'x:barely', 'x:scarcely', 'x:far from', 'x:none', 'x:nothing', 'x:nobody', 'x:no one',
      'x:little sign of', 'x:no sign of', 'x:no evidence of', 'x:no evidence that',
    ],
    window: 5,
    examples: ['ISIS is not a threat.', 'Daesh poses no threat to the state.', 'ISIS has never been a threat.', 'ISIS doesn’t pose a threat.'],
    lookalikes: ['It is not clear when, but ISIS remains a threat.', 'No one expected it, and ISIS remains a threat.'],
  },
  {
    id: 'rather-than',
    kind: 'predicate',
    adds: 'negation',
    window: 2,
    reason: '"Rather than", "instead of" or "not" after a first description deny the second: "a nuisance rather than a threat".',
    words: ['x:rather than', 'x:instead of', 'x:and not', 'x:but not', 'x:not so much'],
    examples: ['Officials regard the Islamic State as a nuisance rather than a threat.'],
    lookalikes: ['Rather than waiting, officials said ISIS remains a threat.'],
  },
  {
    id: 'not-only',
    kind: 'predicate',
    window: 3,
    reason: '"Not only …, but …" adds, it does not deny: "not only a military victory but a civilisational one".',
    words: ['x:not only', 'x:not just', 'x:not merely', 'x:not simply'],
    examples: ['What we achieved against ISIS was not only a military victory but a civilisational one.'],
    lookalikes: ['What we achieved against ISIS was not a victory.'],
  },
  {
    id: 'little',
    kind: 'negation',
    window: 1,
    reason: '"Little" or "few" right before a noun all but denies it: "poses little danger", "few signs of a comeback".',
    words: ['x:little', 'x:few', 'x:scant', 'x:minimal'],
    examples: ['The group poses little danger to the country.', 'ISIS poses minimal threat now.'],
    lookalikes: ['A little later, ISIS remains a threat.'],
  },
  {
    id: 'no-longer',
    kind: 'ended',
    reason: 'A state that held and holds no more: "no longer", "not anymore", "ceased to".',
    words: ['x:no longer', 'x:not any longer', 'x:no more', 'x:not anymore', 'v:cease to', 'v:stop being', 'x:finished as', 'x:done as', 'x:(stopped|stops|ceased|ceases|has stopped|have stopped)', 'x:[has |have |had ](lost|loses|lose|losing) (any|all|the|its|their|much of its|much of their) (capacity|ability|capability|means|power) to'],
    window: 5,
    examples: ['ISIS is no longer a threat.', 'Daesh no longer represents a threat.', 'The Islamic State group is finished as a danger.', 'The drought has stopped threatening the north.', 'The militants had lost any capacity to threaten the state.'],
    lookalikes: ['The threat, no longer hidden, remains.', 'The militants lost their leader but still threaten the state.'],
  },
  {
    id: 'ended-after',
    kind: 'predicate-after',
    adds: 'ended',
    position: 'after',
    window: 8,
    reason: 'A verb after the idea saying it has ended: "the threat has passed", "the danger is over".',
    words: [
      'x:(is|was|has been|had been) (over|gone|finished|behind us)', 'v:(has|have) (passed|ended|receded|subsided|disappeared|vanished|faded|eased)', 'x:(passed|ended|receded|subsided|disappeared|vanished|faded)',
      'x:(is|was|has been|had been) a thing of the past', 'x:(is|are) no more', 'x:(is|was|has been|had been) consigned to (history|the past|the history books)', 'x:(is|was) history',
      'x:of the past',
    ],
    examples: ['The threat from ISIS has passed.', 'The danger is over.', 'The danger once posed by the Islamic State group has receded.', 'The danger once posed by Daesh had been consigned to history.', 'He described the group as a threat of the past.'],
    lookalikes: ['The threat that passed the border.'],
  },
  {
    id: 'ongoing',
    kind: 'ongoing',
    reason: 'A word before the idea saying it goes on: "still", "remains", "continues to", "again".',
    words: ['x:still', 'v:remain', 'v:continue to', 'v:continue', 'x:yet again', 'x:once again', 'x:again', 'v:persist', 'a:persistent', 'a:ongoing', 'a:enduring', 'a:lingering', 'a:growing', 'a:renewed', 'a:resurgent', 'a:continued'],
    window: 5,
    examples: ['ISIS is still a threat.', 'Daesh remains a threat.', 'ISIS continued to conduct attacks.', 'the growing threat from ISIS'],
    lookalikes: ['ISIS was a threat; the talks still went on.'],
  },
  {
    id: 'ongoing-after',
    kind: 'predicate-after',
    adds: 'ongoing',
    position: 'after',
    window: 8,
    reason: 'A verb after the idea saying it goes on or grows: "the threat remains", "the danger persists".',
    words: ['x:(remain|remains|remained|persist|persists|persisted|continue|continues|continued|go on|goes on|went on)', 'x:(is|are) (still |)(real|serious|growing|rising|significant|high|present|there)', 'v:(has|have) (grown|returned|increased|risen)', 'x:(is|are) (growing|rising|increasing|spreading)', 'x:(is|are) here to stay'],
    examples: ['The threat from ISIS remains.', 'The danger is real.', 'Attacks by ISIS continue.'],
    lookalikes: ['The threat from floods and the remaining risks.', 'The threat, which some say continues, has passed.'],
  },
  {
    id: 'predicate-after-passive',
    kind: 'predicate-after',
    position: 'after',
    window: 8,
    reason: 'A passive verb after a noun states it: "a victory over ISIS was won", "the defeat of the group was achieved".',
    words: ['x:(was|were|has been|have been|had been|is|are) (won|achieved|declared|secured|celebrated|hailed|marked|completed|announced|confirmed)'],
    examples: ['A civilisational victory over the Islamic State group was won by Iraqis.'],
    lookalikes: ['A victory parade, which was cancelled, had been planned.'],
  },
  {
    id: 'predicate',
    kind: 'predicate',
    reason: 'A verb that states a noun of the subject ("ISIS is a threat", "poses a danger", "faces a resurgence"), where a bare noun ("to confront the threat") states nothing.',
    window: 3,
    words: [
      'x:(is|are|was|were|be|been|being)', 'v:remain', 'v:become', 'v:represent', 'v:constitute', 'v:pose', 'v:present', 'v:face', 'x:(seen|viewed|regarded|considered|described|treated|characterized|characterised) as',
      'x:there (is|are|was|were|remains|remain)', 'v:mark', 'v:achieve', 'v:secure', 'v:win', 'v:claim', 'v:declare', 'v:hail', 'v:celebrate', 'v:announce', 'v:welcome', 'v:praise', 'v:tout',
      'v:point to', 'v:cite', 'v:highlight', 'v:acknowledge', 'v:stress', 'v:underline', 'v:emphasise', 'v:note', 'v:see', 'v:expect', 'v:predict', 'v:report', 'v:confirm', 'v:signal',
      'v:mount', 'v:stage', 'v:make', 'v:launch', 'v:plan', 'v:carry out', 'v:conduct', 'v:call for', 'v:demand', 'v:want', 'v:seek', 'v:push for', 'v:press for', 'v:urge', 'v:support',
      'v:oppose', 'v:back', 'v:agree on', 'v:discuss', 'v:propose', 'v:order', 'v:approve', 'v:complete', 'v:begin', 'v:start', 'v:resist', 'v:rule out', 'v:reject', 'v:refuse',
      'x:(talks|negotiations|discussions|dialogue) (on|about|over)', 'x:(is|are|was|were) about',
    ],
    examples: ['ISIS remains a threat.', 'ISIS poses a danger.', 'Iraq faces a resurgence of ISIS.', 'He hailed the victory over ISIS.', 'ISIS is a menace.'],
    lookalikes: ['Troops arrived to confront the threat posed by ISIS.', 'The mission against the threats posed by ISIS began.'],
  },
  {
    id: 'predicate-accusation',
    kind: 'predicate',
    window: 3,
    throughPreposition: true,
    reason: 'Accusing or suspecting someone of something states what they are said to do: "accused the US of invoking the threat".',
    words: ['v:accuse', 'v:suspect', 'v:charge'],
    examples: ['Officials accused ISIS of regrouping in the desert.'],
    lookalikes: ['Critics accused the minister, and the threat from ISIS was not discussed.'],
  },
  {
    id: 'predicate-success',
    kind: 'predicate',
    window: 2,
    throughPreposition: true,
    reason: 'Succeeding or helping in something states that it happened: "have largely succeeded in vanquishing ISIS".',
    words: ['v:succeed', 'x:(was|were) successful', 'v:prevail'],
    examples: ['They have largely succeeded in vanquishing ISIS.'],
    lookalikes: ['They succeeded, and vanquishing ISIS was left to others.'],
  },
  {
    id: 'predicate-naming',
    kind: 'predicate',
    window: 6,
    complementAfterArticle: true,
    reason: 'Calling something a name states it of the thing: "called the threat a smokescreen", "branded the raid a failure".',
    words: ['v:call', 'v:label', 'v:brand', 'v:dub', 'v:term', 'v:deem'],
    examples: ['The militia leader called the ISIS threat a smokescreen for keeping troops.'],
    lookalikes: ['The militia leader called for calm after the threat posed by ISIS was discussed.', 'The leader called the ISIS threat exaggerated.'],
  },
  {
    id: 'predicate-adjective',
    kind: 'predicate',
    adds: 'ongoing',
    window: 1,
    reason: 'An adjective that presupposes the noun goes on states it: "the growing threat", "a renewed danger"; a headline\'s "still a threat" drops its verb.',
    words: ['a:growing', 'a:renewed', 'a:persistent', 'a:lingering', 'a:resurgent', 'a:continued', 'a:continuing', 'a:rising', 'x:still'],
    examples: ['Officials discussed the growing threat from ISIS.', 'ISIS still a threat, officials say.'],
    lookalikes: ['Officials discussed the threat from ISIS.'],
  },
  {
    id: 'predicate-as',
    kind: 'predicate',
    window: 2,
    notAfter: ['such', 'known', 'well', 'also known'],
    reason: '"As" before a noun states it of what it describes: "used ISIS as an excuse", "hailed it as a victory".',
    words: ['x:as (a|an|the)'],
    examples: ['Washington used ISIS as an excuse to stay.', 'He hailed the result as a victory.'],
    lookalikes: ['As a result, the threat posed by ISIS was discussed.'],
  },
  {
    id: 'plan-noun',
    kind: 'intent',
    window: 3,
    reason: 'Talks, plans and deals about something put it on the agenda: "talks continue on ending the mission", "a timeline for withdrawing".',
    words: [
      'x:(talks|negotiations|discussions|dialogue|meeting|meetings) [(continue|continued|resume|resumed|centered|centred|focused|focussed|centering|focusing) ](on|about|over|toward|towards)',
      'x:(talks|negotiations|discussions|dialogue|plan|plans|agreement|process) aimed at',
      'x:(plan|plans|agreement|deal|decision|timeline|timetable|roadmap|framework|preparations|steps|process) (on|about|for|toward|towards|to)',
    ],
    // "Any future agreement to end the mission would need …" only supposes the plan.
    notAfter: ['any', 'any future', 'any new', 'a possible', 'a potential', 'an eventual', 'a hypothetical', 'future'],
    examples: ['Talks continue on ending the coalition’s mission.', 'They agreed a timeline for withdrawing US troops.'],
    lookalikes: ['The talks ended, and ending the mission was not discussed.', 'Any future agreement to end the mission would need parliament’s approval.'],
  },
  {
    id: 'divided',
    kind: 'condition',
    position: 'sentence',
    reason: 'A sentence that reports a split ("some say …, others …") gives both views and takes no side.',
    words: ['x:some (say|said|argue|argued|believe|believed|think|thought|claim|claimed|insist|insisted|fear|feared)'],
    requires: 'others?',
    examples: ['Some say ISIS is no longer a threat, others that it remains one.'],
    lookalikes: ['Some say ISIS is no longer a threat.'],
  },
  {
    id: 'warning',
    kind: 'warning',
    throughPreposition: true,
    position: 'sentence',
    reason: 'A reported warning or fear asserts the risk it names, even in "could" or as a noun ("warned of a resurgence").',
    words: ['v:warn', 'v:caution', 'v:fear', 'x:(raised|raise|raises|expressed|express|expresses|voiced|voice|voices) [renewed |growing |new ]concern[s]', 'v:worry', 'a:worried', 'a:concerned', 'a:mindful', 'v:sound the alarm', 'n:warning', 'x:reasons to worry', 'x:concern about', 'x:concerns about', 'x:concern over', 'x:concerns over'],
    examples: ['Commanders warned that ISIS could regroup.', 'US fears Islamic State comeback.', 'Officials warned of a resurgence of ISIS.', 'Officials voiced concerns that ISIS could regroup.'],
    lookalikes: ['ISIS could regroup, analysts said.'],
  },
  {
    id: 'demand',
    kind: 'demand',
    window: 8,
    reason: 'Asking for something to happen: "should", "must", "called for", "demanded", "wants … out".',
    words: [
      'x:should', 'x:must', 'v:need to', 'x:ought to', 'v:have to', 'v:call for', 'v:call on', 'x:(call|calls) for', 'v:demand', 'x:(demand|demands) for', 'x:demanding', 'v:urge', 'v:want', 'v:push for', 'v:press for',
      'v:ask (for|that)', 'x:asked (him|her|them|it) to', 'x:(it is|it\'s|it was|it is now|it was now) time (for|to)', 'x:time to', 'x:time for', 'v:vote to', 'v:vote for', 'v:request', 'x:(request|requests) for',
      'x:no justification for', 'v:pressure', 'v:lobby for', 'v:campaign for', 'v:agitate for', 'x:pressure for', 'x:(campaign|campaigns) for',
      'x:(been|being|was|were|is|are) (asked|told|urged|ordered|called on|pressed|pressured|requested) to', 'x:(wish|wishes|wished|desire|desires|hope|hopes|hoped) to see',
      'x:[the ](time|moment|hour) (has|had|have) (come|arrived) (for|to)', 'x:[the ](time|moment) (is|was) (right|ripe) (for|to)',
    ],
    examples: ['US troops should leave Iraq.', 'US troops have been asked to leave Iraq.', 'The time had come for US troops to go home.', 'The moment has arrived for foreign forces to depart.', 'He called for foreign troops to leave.', 'He wants US forces out of the country.', 'Parliament voted to expel the troops.'],
    lookalikes: ['The troops left, and nobody should worry about the weather.'],
  },
  {
    id: 'demand-after',
    kind: 'demand',
    position: 'after',
    window: 10,
    reason: 'A thing said to be a demand is asked for: "the departure of the troops was a demand he would not drop".',
    words: ['x:(is|was|are|were|remains|remained) (a|his|her|their|our|the) [(key|main|national|central|firm|core) ](demand|priority|condition)'],
    examples: ['The departure of American troops was a demand he would not drop.'],
    lookalikes: ['The departure of the train was a delight.'],
  },
  {
    id: 'intent',
    kind: 'intent',
    window: 6,
    reason: 'Saying something is planned or under way: "will", "is set to", "plans to", "seeks to", "agreed to".',
    words: [
      'x:will', "x:'ll", 'x:shall', 'x:(is|are|was|were) (set|due|expected|scheduled|poised|going|about|slated) to', 'v:plan to', 'v:intend to', 'v:aim to', 'v:seek to', 'v:try to',
      'v:attempt to', 'v:work to', 'v:agree to', 'v:decide to', 'v:commit to', 'v:move to', 'v:begin to', 'v:start to', 'v:prepare to', 'v:vow to', 'v:pledge to', 'v:promise to',
      'v:threaten to', 'x:would', 'v:plan', 'x:on track to', 'x:on pace to', 'x:on course to', 'x:in the process of', 'x:(talks|negotiations|discussions|dialogue) (to|on|about)', 'x:a timeline for', 'x:timeline to',
    ],
    examples: ['The coalition mission will end next year.', 'ISIS is attempting to reconstitute.', 'The mission is set to end.'],
    lookalikes: ['The mission ended; his will was read.'],
  },
  {
    id: 'reluctance',
    kind: 'reluctance',
    window: 8,
    reason: 'Holding back from something: "reluctant", "no appetite for", "in no hurry", "no plans to", "refused to".',
    words: [
      'x:reluctant (to|about)', 'x:reluctance (to|about)', 'x:unwilling to', 'x:unwillingness to', 'x:hesitant (to|about)', 'v:hesitate to', 'x:(little|no) appetite for', 'x:in no hurry', 'x:no rush', 'x:not ready to',
      'x:no (plan|plans) to', 'x:no intention of', 'x:no intention to', 'x:no timeline', 'x:no timetable', 'v:resist', 'v:refuse to', 'v:decline to', 'v:rule out', 'x:not going anywhere',
      'x:not (a|the) (negotiation|discussion) about', 'x:not about (the|a) ', 'x:(is|are) not (considering|planning|contemplating)', 'v:balk at',
      'x:(drag|drags|dragged|dragging) (its|their|his|her|our) feet (on|over|about)',
    ],
    examples: ['Washington is dragging its feet on withdrawing US forces.', 'Washington shows little appetite for pulling its soldiers out.', 'The US is reluctant to withdraw.', 'The Pentagon has no plans to leave.', 'The meeting is not a negotiation about the withdrawal of US forces.'],
    lookalikes: ['Reluctant fans stayed home while the troops left Iraq.'],
  },
  {
    id: 'capable',
    kind: 'capable',
    window: 6,
    reason: 'Saying someone can do something: "able to", "capable of", "can", "ready to".',
    words: ['a:able to', 'a:capable of', 'x:can', 'x:could still', 'x:ready to', 'x:(has|have|had) the (ability|capacity|capability|means) to', 'n:ability to', 'n:capacity to', 'x:in a position to', 'a:equipped to'],
    examples: ['Iraqi forces are able to act alone.', 'ISIL remains capable of mounting attacks.', 'They can do the job alone.'],
    lookalikes: ['The cannery closed.'],
  },
  {
    id: 'hypothetical',
    kind: 'hypothetical',
    window: 4,
    reason: 'A modal that only supposes: "could", "might", "may"; nothing is asserted unless a warning governs it.',
    words: [
      'x:could', 'x:might', 'x:may', 'x:would be likely to', 'x:perhaps', 'x:possibly', 'a:potential', 'a:possible', 'a:hypothetical', 'x:in theory',
      'x:(too early|too soon|premature|prematurely|early days) to',
    ],
    examples: ['ISIS could regroup.', 'Daesh might make a comeback.', 'ISIS may pose a threat.', 'It is too early to declare victory over the Islamic State.'],
    lookalikes: ['Officials warned that ISIS could regroup.'],
  },
  {
    id: 'condition',
    kind: 'condition',
    position: 'sentence',
    reason: 'A condition or an open question is not asserted: "if", "unless", "whether", "in case", and an inverted "Should troops leave, …".',
    words: ['x:if', 'x:unless', 'x:whether', 'x:in case', 'x:provided that', 'x:as long as', 'x:in the event that', 'x:even if', 'x:what if', 'x:suppose'],
    examples: ['If ISIS remains a threat, troops will stay.', 'Analysts debated whether ISIS still poses a threat.', 'Should US troops leave Iraq, the region would suffer.'],
    lookalikes: ['ISIS remains a threat, the coach said, if asked.'],
  },
  {
    id: 'dismissal',
    kind: 'denial',
    position: 'sentence',
    unlessFollowedBy: 'as',
    reason: 'Dismissing something denies it ("dismissed fears of a comeback"), but "dismissed the group as a spent force" says what it is.',
    words: ['v:dismiss'],
    examples: ['Officials dismissed fears of an Islamic State comeback.'],
    lookalikes: ['Officials dismissed ISIL as a spent force, insisting the group is no longer capable of threatening the country.'],
  },
  {
    id: 'goal',
    kind: 'goal',
    position: 'sentence',
    reason: 'A goal is not yet a fact: "ensuring that ISIS can never resurge", "in order to defeat", "its stated aim is to destroy".',
    words: [
      'v:ensure', 'x:make sure', 'x:so that', 'x:in order to', 'x:in order that', 'x:so as to', 'x:(the|its|their|our|his|her) (stated |)(aim|goal|objective|purpose) (is|was|of)',
      'x:with the (aim|goal|objective) of', 'v:prevent', 'x:to prevent', 'x:aimed at', 'x:designed to', 'x:intended to',
    ],
    examples: ['The mission advises partners, ensuring that ISIS can never resurge.', 'Its stated aim is to destroy the Islamic State.', 'Troops stayed in order to prevent a resurgence of ISIS.'],
    lookalikes: ['ISIS can regroup, officials ensured reporters after the briefing.'],
  },
  {
    id: 'background',
    kind: 'background',
    position: 'sentence',
    reason: 'A clause of time ("after IS lost its territory", "since the withdrawal") sets the scene the sentence presupposes; it states nothing new.',
    words: ['x:after', 'x:before', 'x:since', 'x:until', 'x:following', 'x:in the wake of', 'x:ever since'],
    examples: ['The insurgency began in 2017 after the Islamic State lost its territorial control.', 'After withdrawing in 2011, US forces returned.'],
    lookalikes: ['The Islamic State lost its territorial control in 2017.', 'ISIS once threatened the region but is no longer a danger.'],
  },
  {
    id: 'reported-denial',
    kind: 'denial',
    position: 'sentence',
    reason: 'A reported denial flips the side of what it denies: "the Pentagon rejected the claim that ISIS no longer poses a threat" sides with the opposing claim.',
    words: [
      'v:(deny|reject|dispute|refute|downplay|contest|question|doubt|rebut|contradict)', 'v:play down', 'x:played down', 'v:push back (on|against)', 'v:scoff at',
      'v:brush (off|aside)', 'v:wave away', 'v:pour cold water on', "x:(it is|it's|it was|that is|that's) (not true|false|untrue|wrong|a myth|nonsense) that", 'x:[there is ]no truth (in|to)',
      'x:(despite|in spite of|contrary to) [(repeated|earlier|official|recent|numerous|the|his|her|their|its) ](claims|claim|reports|assurances|assertions|suggestions|statements|insistence)',
    ],
    examples: [
      'The Pentagon rejected the claim that ISIS no longer poses a threat.', 'Officials played down fears of an ISIS comeback.', 'Sudani denied that ISIS remains a threat.', 'The minister played down the threat from ISIS.',
      'Despite repeated claims that ISIS has been eradicated, the attack showed otherwise.',
    ],
    lookalikes: ['The Pentagon rejected the budget, and ISIS remains a threat.', 'Critics dismissed the plan; ISIS remains a threat.', 'Despite the rain, officials said ISIS remains a threat.'],
  },
];

/**
 * A judgement after a reported claim that denies it: "claims that ISIS is defeated are
 * premature", "reports that troops will leave are false". The reader flips what the "that" clause
 * says when the claim noun before it meets one of these after it.
 */
export const CLAIM_NOUNS: readonly string[] = ['n:claim', 'n:report', 'n:suggestion', 'n:assertion', 'n:allegation', 'n:rumour', 'n:rumor', 'x:talk', 'x:the idea', 'x:the notion', 'n:speculation', 'n:fear', 'n:hope'];

/** Judgements that deny the claim they follow, after a copula and at most one adverb ("are simply wrong"); see `CLAIM_NOUNS`. */
export const DENYING_JUDGEMENTS: readonly string[] = [
  'x:(premature|false|wrong|untrue|baseless|unfounded|exaggerated|overblown|overstated|misplaced|mistaken|nonsense|a myth|fiction|misleading|inaccurate|incorrect)',
];
