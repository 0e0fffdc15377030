/**
 * The shared vocabulary of ideas that claims are made of. A claim frame names concepts
 * ("threat", "withdraw"), never words: every wording of a concept is listed here once, as lemmas
 * and patterns (see templates.ts and morphology.ts for the notation), and a page that says
 * "menace", "resurgence" or "capable of mounting attacks" states the same idea as one that says
 * "threat". The matcher compiles only the concepts the enabled packs' frames use.
 *
 * Entry fields beyond the table format:
 * - `words`: patterns of the concept's forms, with their word class (`v:` verbs, `n:` nouns,
 *   `a:` adjectives and adverbs, `x:` fixed phrases). The class matters beyond inflection: a noun
 *   states nothing until a verb predicates it ("ISIS remains a threat"), while "ISIS threatens"
 *   states it (see stance.ts).
 * - `not`: forms of another sense that contain a form of this one ("the left wing" is not
 *   leaving); a hit inside one of them does not count.
 * - `antonyms`: concepts that state the opposite idea: "ISIS has been reduced to remnants"
 *   denies that it is a threat, so a frame about "threat" reads "diminished" with the opposite
 *   polarity.
 * - `role`: `patient` when the frame's subject undergoes the idea rather than doing it: in "the
 *   defeat of ISIS" ISIS is defeated, in "ISIS defeated the army" it is not (see stance.ts).
 */
import { createAliasIndex, type AliasEntry, type AliasIndex } from '../alias-index';
import { foldText } from '../normalize';
import { ruleTable, type RuleEntry } from './table';
import { formsOfPattern, parseWordPattern } from './templates';
import type { WordClass } from './morphology';

/** One idea of the vocabulary. */
export interface ConceptEntry extends RuleEntry {
  /** What the idea is, as a reader would say it in a card ("a threat", "leaving"). */
  readonly label: string;
  /** Patterns of every form of the idea, each with its word class. */
  readonly words: readonly string[];
  /** Patterns of look-alike senses that contain a form of this concept and veto it. */
  readonly not?: readonly string[];
  /** Concepts that state the opposite; a frame on this concept reads them with the opposite polarity. */
  readonly antonyms?: readonly string[];
  /** Whether the frame's subject must undergo the idea (be defeated) rather than do it. */
  readonly role?: 'patient';
  /**
   * True for an action someone may plan (leave, stay, end a mission): its purpose ("a committee to
   * arrange for ending the presence") states the plan. A state or outcome (a threat, a defeat) in a
   * purpose ("the mission to defeat ISIS") states nothing.
   */
  readonly action?: boolean;
}

/** The concepts, in no particular order; ids are stable because packs refer to them. */
export const CONCEPTS = ruleTable<ConceptEntry>(
  'concepts',
  [
    {
      id: 'threat',
      label: 'a threat',
      reason: 'A danger someone or something poses, in the many ways the press words it: threat, menace, resurgence, capable of attacks.',
      words: [
        'n:threat',
        'n:danger',
        'n:menace',
        'n:peril',
        'n:security risk',
        'n:risk',
        'v:threaten',
        'v:endanger',
        'a:dangerous',
        'a:threatening',
        'n:resurgence',
        'a:resurgent',
        'v:resurge',
        'n:comeback',
        'v:(make|stage|mount) a comeback',
        'v:regroup',
        'v:reconstitute',
        'n:reconstitution',
        'n:revival',
        'v:resurface',
        'v:re-emerge',
        'n:re-emergence',
        'v:rise again',
        'v:rebuild (its|their) (ranks|networks|strength|capabilities|forces)',
        "x:down[,] but [(it is|it’s|it's|they are|they’re|they're) ](not|never) [quite ]out",
        'x:(a|an) [(lethal|deadly|potent|dangerous|formidable|serious|real|active|capable) ](force|foe|enemy) to be reckoned with',
        'x:(a|an) (lethal|deadly|potent|dangerous|formidable) (force|foe|enemy|adversary|insurgency)',
        'v:rebuild',
        'v:rearm',
        'v:recruit',
        'x:(pose|poses|posed|posing|represent|represents|represented|representing|present|presents|presented) (a|any) [(real|serious|major|significant|grave|security) ]challenge',
        'n:security challenge',
        'x:far from (defeated|finished|beaten|over)',
        // Not yet beaten is still in the fight, as "far from defeated" is.
        'x:(has|have) not [yet ]been defeated',
        "x:(hasn’t|hasn't) been defeated",
        'x:undefeated',
      ],
      // "has not been defeated by the rebels" says who failed to beat the subject: it is no threat of theirs.
      not: ['x:(has|have) not [yet ]been defeated by', "x:(hasn’t|hasn't) been defeated by"],
      antonyms: ['diminished'],
      examples: [
        'Daesh remains a menace.',
        'The group is staging a comeback.',
        'The militants threaten the region.',
        'The group is down, but never quite out.',
        'The group is far from defeated.',
        'The insurgency has not been defeated.',
        'Officials warn of a resurgence.',
      ],
      lookalikes: [
        'The threshold was raised.',
        'The comedian came back on stage.',
        'The treaty was signed.',
        'The town has not been defeated by the floods.',
      ],
    },
    {
      id: 'diminished',
      label: 'diminished',
      reason: 'A group or danger made small or weak: reduced to remnants, isolated cells, under control; the opposite of a threat.',
      words: [
        'v:weaken',
        'a:weakened',
        'v:diminish',
        'v:degrade',
        'v:dwindle',
        'a:negligible',
        'x:under control',
        'a:contained',
        'x:on the run',
        'x:in retreat',
        'x:in decline',
        'x:reduced to (remnants|isolated (groups|cells|pockets)|scattered (cells|groups|remnants|bands)|small (cells|groups|pockets|bands)|a shadow)',
        'x:isolated (groups|cells|pockets)',
        'x:scattered (cells|groups|remnants)',
        'n:remnant',
        'x:a shadow of (its|their) former (self|selves)',
        'v:lose (its|their) (territory|territories|territorial control|strongholds|caliphate)',
        'x:lost (its|their) (territory|territories|territorial control|strongholds|caliphate)',
        'x:no longer (exists|exist|active|operational)',
        'x:a spent force',
      ],
      examples: [
        'The group has been reduced to isolated groups hiding in remote areas.',
        'Its remnants are scattered.',
        'The threat is under control.',
        'IS lost its territorial control in 2017.',
      ],
      lookalikes: ['The group’s remit was broad.', 'The lost city was found.', 'He kept his emotions in check.'],
    },
    {
      id: 'defeated',
      label: 'defeated',
      reason: 'A side beaten or destroyed: defeated, crushed, eliminated, wiped out, finished; its subject is the one beaten.',
      words: [
        'v:defeat',
        'n:defeat',
        'v:crush',
        'v:eliminate',
        'n:elimination',
        'v:eradicate',
        'n:eradication',
        'v:wipe out',
        'v:vanquish',
        'v:rout',
        'v:annihilate',
        'v:obliterate',
        'v:dismantle',
        'v:destroy',
        'a:finished',
        'v:beat',
        'x:a thing of the past',
      ],
      // Beating back an attack repels it; it beats no side.
      not: ['v:beat back'],
      role: 'patient',
      examples: [
        'The army defeated the Islamic State.',
        'The group was crushed.',
        'Daesh has been wiped out.',
        'the territorial defeat of ISIS',
        'The army beat the rebels in a long campaign.',
      ],
      lookalikes: [
        'Her heartbeat slowed.',
        'The army beat back the assault.',
        'The motion was tabled.',
        'The defendant was acquitted.',
        'The feat was celebrated.',
      ],
    },
    {
      id: 'victory',
      label: 'a victory',
      reason: 'Winning against a side: victory, triumph, won the war; its subject is the side won against.',
      words: [
        'n:victory',
        'a:victorious',
        'n:triumph',
        'v:triumph over',
        'v:win (the war|the battle|the fight|against|over)',
        'v:prevail (over|against)',
        'v:declare victory',
      ],
      role: 'patient',
      examples: [
        'Iraq won a victory over ISIS.',
        'He hailed the triumph over the Islamic State.',
        'The army won the war against the militants.',
      ],
      lookalikes: ['The victim was named.', 'The winner of the lottery.', 'Victoria station was closed.'],
    },
    {
      id: 'withdraw',
      action: true,
      label: 'leaving',
      reason: 'Forces or a presence leaving a place: withdraw, pull out, exit, drawdown, go home, out of the country.',
      words: [
        'v:withdraw',
        'n:withdrawal',
        'v:pull out',
        'n:pullout',
        'n:pull-out',
        'v:leave',
        // Headlines leave a country by quitting it ("calls for foreign troops to quit the country").
        'v:quit',
        'v:exit',
        'n:exit',
        'n:drawdown',
        'v:draw down',
        'v:depart',
        'n:departure',
        'v:go home',
        'v:head home',
        'v:return home',
        'v:bring home',
        'v:bring … home',
        'x:(troops|forces|soldiers|them) gone',
        'v:bring back … (troops|forces|soldiers)',
        'x:out of the (country|region)',
        'n:expulsion',
        'v:expel+',
        'x:going anywhere',
        'v:evacuate',
        'n:evacuation',
        'v:pack up',
        'v:end (the|its|their|a) … (presence|deployment)',
        'x:(an end|end) to (the|its|their|a) … (presence|deployment)',
        'x:troop (withdrawal|pullout|drawdown|reduction|reductions)',
        'v:pull … out',
        'x:troops out',
        'x:forces out',
        'x:soldiers out',
      ],
      not: [
        'x:left',
        'v:leave (it|that|this|them) to',
        'v:leave the (decision|matter|question|choice|fighting|job|task|rest) to',
        'v:leave (office|power|the door open|room for)',
        'x:on leave',
        'n:(maternity|paternity|sick|annual|parental) leave',
        'x:exit poll',
        'x:exit polls',
        'v:quit (smoking|office|his job)',
      ],
      antonyms: ['stay'],
      examples: [
        'He wants US troops gone.',
        'Washington is in no hurry to bring its soldiers home.',
        'US troops should leave Iraq.',
        'She wants U.S. sailors out of the country.',
        'The Pentagon has no plans to pull out.',
        'a withdrawal of foreign forces',
        'calls for the expulsion of US forces',
        'He urged the foreign troops to quit the country.',
      ],
      lookalikes: [
        'The coach quit his job after the defeat.',
        'The party left the coalition.',
        'They will leave the decision to parliament.',
        'She is on maternity leave.',
        'He turned left.',
      ],
    },
    {
      id: 'stay',
      action: true,
      label: 'staying',
      reason: 'Forces or a presence staying where they are: stay, keep troops, maintain a presence; the opposite of leaving.',
      words: [
        'v:stay',
        // "keep troops", "keep its troops", "keep French troops": up to three words of the force's name between.
        'v:keep … (troops|forces|soldiers|presence|personnel)',
        'v:maintain (its|their|the|a) [military |troop ](presence|troops|forces)',
        'v:extend (its|their|the) (mission|deployment|presence|stay)',
        'v:remain in',
        'v:stay in',
        'x:(remain|remains|remained|remaining) (deployed|stationed|based)',
        'x:keeping (troops|forces|soldiers)',
      ],
      examples: [
        'US troops will stay in Iraq.',
        'Washington wants to keep its troops there.',
        'The coalition will maintain a presence.',
        'The alliance will keep Italian troops in the region.',
      ],
      lookalikes: ['The stain remained.', 'Keep calm and carry on.', 'The staircase was narrow.'],
    },
    {
      id: 'capable-alone',
      label: 'able to act alone',
      reason: 'Doing a task without outside help: alone, on their own, without foreign help, take over responsibility.',
      words: [
        'a:alone',
        'x:on (their|its) own',
        'x:by (themselves|itself)',
        'a:self-sufficient',
        'a:independently',
        'a:unaided',
        'x:without (foreign|outside|international|external|American|US|U.S.|coalition|Western|any) (help|support|assistance|backing|troops|forces|aid|partners)',
        'x:without the (help|support|assistance|backing) of',
        'x:without (help|support|assistance|backing|aid) from',
        'x:without (the|any) need (for|of)',
        'x:without … (help|support|assistance|backing|aid)',
        'x:do the job [alone]',
        'x:(need|needs) no one',
        "x:(do not|don't|does not|doesn't|no longer) need (anyone|anybody|outside help|foreign help|foreign troops|foreign forces)",
        'v:take (over|the lead|full responsibility|responsibility for security|charge of security)',
        'x:full responsibility for security',
        'v:stand on (their|its) own [two ]feet',
      ],
      antonyms: ['dependent'],
      examples: [
        'Iraqi forces can do the job alone.',
        'They are able to hunt the militants without foreign help.',
        'The army will take full responsibility for security.',
      ],
      lookalikes: ['He lives with his family.', 'The aid convoy arrived.', 'She owns the shop.'],
    },
    {
      id: 'dependent',
      label: 'dependent on help',
      reason: 'Needing someone else to do a task: rely on, depend on, need support; the opposite of acting alone.',
      words: [
        'v:rely on',
        'v:depend on',
        'a:dependent on',
        'a:reliant on',
        'x:(need|needs|needed|needing) … (help|support|assistance|backing)',
        'x:with the (help|support|assistance|backing) of',
        'x:air support',
        'x:backed by',
        'x:supported by',
      ],
      examples: ['Iraqi units still rely on US air support.', 'They depend on coalition intelligence.', 'The troops need help.'],
      lookalikes: ['The rally was peaceful.', 'The dependency ratio rose.', 'He helped himself.'],
    },
    {
      id: 'mission-ending',
      action: true,
      label: 'a mission ending',
      reason: 'A mission or presence brought to an end or handed over: end the mission, wind down, transition to bilateral ties.',
      words: [
        'v:end',
        'x:an end to',
        // "negotiating the end of the coalition mission": a noun, stated only by a verb that governs it.
        'n:end of (the|its|their) … (mission|presence)',
        'v:wind down',
        'v:wrap up',
        'v:phase out',
        'v:conclude',
        'v:transition',
        'n:transition',
        'v:hand over',
        'n:handover',
        'x:move to [an |a ][enduring |new ]bilateral',
        'x:(moving|moved|moves) to [an |a ][enduring |new ]bilateral',
        'x:(move|moves|moved|moving|shift|shifts|shifted|shifting) from … to [an |a ][enduring |new ]bilateral',
        'x:bilateral (relationship|ties|partnership|partnerships|relations|security)',
        'v:transfer+ (the mission|responsibility|security)',
        'n:drawdown',
        'x:come to an end',
        'x:(come|comes|came|coming) to a close',
        'x:(draw|draws|drew|drawing) to a close',
        'v:bring … to (an end|a close)',
        'x:(brought|bring|brings|bringing) to (an end|a close)',
        'v:wind up',
        'x:(job|mission|work|task|role) (is|was|has been|had been|will be) (over|done|complete|completed|finished|accomplished)',
        'v:close down',
        'v:shut down',
      ],
      not: ['x:end of', 'x:the end', 'x:at the end', 'x:by the end', 'x:end-of'],
      examples: [
        'The mission is being brought to a close.',
        'The coalition mission will end next year.',
        'Talks are about winding down the mission.',
        'The mission will transition to a bilateral relationship.',
        'They are moving from a military coalition to bilateral relations.',
        'The talks are about the end of the coalition’s mission.',
      ],
      lookalikes: ['By the end of the year, sales rose.', 'The weekend was calm.', 'The transit line opened.'],
    },
    {
      id: 'presence',
      label: 'a presence',
      reason: 'Forces or a body being somewhere: presence, deployment, boots on the ground.',
      words: [
        'n:presence',
        'n:deployment',
        'x:boots on the ground',
        'n:garrison',
        'n:military footprint',
        'x:(military|air|army|foreign|american|us|u.s.) (base|bases)',
        'x:(their|its) bases',
      ],
      examples: ['The presence of US forces is temporary.', 'a US deployment in Iraq', 'to keep their military bases on our land'],
      lookalikes: ['The present was wrapped.', 'The deploy button.'],
    },
    {
      id: 'needed',
      label: 'needed',
      reason: 'Someone or something being needed or necessary: "troops are still needed", "there is no need for a coalition".',
      // "no longer needs the coalition": the verb, as much as the adjective ("need to" is a demand's words).
      words: ['x:(needed|necessary|required|indispensable|essential)', 'x:need for', 'x:needs for', 'v:need'],
      not: ['x:if needed', 'x:as needed', 'x:when needed', 'x:where needed'],
      examples: [
        'US troops are no longer needed in Iraq.',
        'There is no need for a coalition.',
        'Their help is necessary.',
        'The country no longer needs the foreign troops.',
      ],
      lookalikes: ['The troops needle the enemy.', 'The neediest families.'],
    },
    {
      id: 'pretext',
      label: 'a pretext',
      reason: 'A stated reason that hides the real one: pretext, excuse, smokescreen, cover.',
      words: [
        'n:pretext',
        'n:excuse',
        'n:pretence',
        'n:guise',
        'n:smokescreen',
        'n:alibi',
        'n:justification',
        'n:rationale',
        'x:as (a |)cover for',
        'x:under the cover of',
        'x:(invoke|invokes|invoked|invoking|use|uses|used|using|cite|cites|cited|citing|exploit|exploits|exploited|exploiting) … to justify',
        'v:hide behind',
        'x:(lean|leans|leaned|leant|leaning|rely|relies|relied|relying) on … to justify',
        'x:(point|points|pointed|pointing) to … to (justify|explain why)',
        'x:to justify (keeping|staying|remaining|maintaining|extending|prolonging)',
      ],
      examples: [
        'Washington used ISIS as an excuse to stay.',
        'The threat is a pretext for keeping troops.',
        'under the guise of fighting terrorism',
        'Washington leaned on the spectre of Daesh to justify keeping its garrisons.',
      ],
      lookalikes: ['The context was explained.', 'The text was released.', 'The cover of the book.'],
    },
    {
      id: 'kill',
      label: 'killing',
      reason: 'People killed: killed, dead, deaths; the evidence of attacks and raids.',
      words: ['v:kill', 'a:dead', 'n:death', 'n:fatality', 'v:slay', 'x:lost (their|his|her) lives'],
      examples: ['The raid killed 14 fighters.', 'Fifteen militants were dead.', 'There were many deaths.'],
      lookalikes: ['The skill of the pilots.', 'The deadline passed.', 'Deathly quiet.'],
    },
    {
      id: 'wound',
      label: 'wounding',
      reason: 'People hurt: wounded, injured, casualties.',
      words: ['v:wound', 'v:injure', 'a:injured', 'n:injury', 'n:casualty', 'v:hurt'],
      examples: ['Seven US troops were wounded.', 'Soldiers were injured in the raid.', 'casualties among the troops'],
      lookalikes: ['The wind blew.', 'The jury was out.', 'Hurtling down the road.'],
    },
    {
      id: 'attack',
      label: 'attacks',
      reason: 'Violence against someone: attacks, ambushes, bombings, plots.',
      words: [
        'n:attack',
        'v:attack',
        'n:ambush',
        'v:ambush',
        'n:bombing',
        'n:car bomb',
        'n:assault',
        'n:plot',
        'n:terror attack',
        'v:wreak havoc',
        'n:insurgency',
        'x:(lethal|deadly|terrorist|terror|suicide|guerrilla|hit-and-run) (operation|operations)',
      ],
      examples: ['ISIS claimed 153 attacks.', 'The militants ambushed a convoy.', 'a string of bombings'],
      lookalikes: ['The attache arrived.', 'The bomber jacket sold out.', 'The plotter printed maps.'],
    },
    {
      id: 'raid',
      label: 'a raid',
      reason: 'An armed operation against someone: raid, operation, strike, offensive.',
      words: [
        'n:raid',
        'v:raid',
        'n:operation',
        'n:strike',
        'n:airstrike',
        'n:air strike',
        'n:offensive',
        'n:sweep',
        'n:crackdown',
        'n:counterterrorism operation',
        'v:storm',
        'n:assault',
      ],
      examples: ['A joint raid in Anbar.', 'The operation lasted hours.', 'US air strikes hit the camp.'],
      lookalikes: ['The radio played.', 'The opera opened.', 'The offense was minor.'],
    },
    {
      id: 'talks',
      label: 'talks',
      reason: 'Two sides talking to reach a decision: talks, negotiations, dialogue.',
      words: ['n:talk', 'n:negotiation', 'v:negotiate', 'n:dialogue', 'n:discussion', 'v:discuss', 'n:consultation', 'n:summit'],
      examples: ['The talks continue.', 'They negotiated a deal.', 'a strategic dialogue'],
      lookalikes: ['The tale was told.', 'The dial was broken.', 'A summary was given.'],
    },
    {
      id: 'support',
      label: 'support',
      reason: 'Taking someone’s side or plan: support, back, endorse, welcome, praise.',
      words: [
        'v:support',
        'n:support',
        'v:back',
        'n:backing',
        'v:endorse',
        'n:endorsement',
        'v:favour',
        'x:in favour of',
        'v:welcome',
        'v:praise',
        'v:champion',
        'v:advocate',
      ],
      not: ['x:back in', 'x:back to', 'x:back then', 'x:came back', 'x:come back', 'x:go back', 'x:went back', 'x:back home'],
      examples: ['The union supports the plan.', 'Voters backed the measure.', 'The minister welcomed the decision.'],
      lookalikes: ['Back in June, he spoke.', 'The supper was served.', 'He went back home.'],
    },
    {
      id: 'oppose',
      label: 'opposition',
      reason: 'Taking the other side of someone’s plan or statement: oppose, reject, criticise, condemn.',
      words: [
        'v:oppose',
        'n:opposition',
        'v:reject',
        'n:rejection',
        'v:object to',
        'n:objection',
        'v:criticise',
        'n:criticism',
        'v:condemn',
        'n:condemnation',
        'v:denounce',
        'v:resist',
        'v:slam',
        'v:blast',
        'v:protest against',
        'v:push back (on|against)',
      ],
      examples: ['The union opposes the plan.', 'Critics slammed the decision.', 'The ministry condemned the strikes.'],
      lookalikes: ['The opposite bank of the river.', 'The objective was met.', 'A slammer is a prison.'],
    },
    {
      id: 'accuse',
      label: 'an accusation',
      reason: 'Saying someone did wrong: accuse, blame, allege.',
      words: [
        'v:accuse',
        'n:accusation',
        'v:blame',
        'n:blame',
        'v:allege',
        'n:allegation',
        'v:hold (him|her|them|it) responsible',
        'v:charge that',
      ],
      examples: ['She accused the company of lying.', 'Officials blamed the militants.', 'the allegations against him'],
      lookalikes: ['The accusatory tone was noted.', 'The blameless child.', 'The alleyway was dark.'],
    },
    {
      id: 'deny',
      label: 'a denial',
      reason: 'Saying an accusation or report is untrue: deny, refute, dispute.',
      words: ['v:deny', 'n:denial', 'v:refute', 'v:dispute', 'v:rebut+', 'n:rebuttal'],
      examples: ['He denied the allegations.', 'The company disputes the figures.', 'The ministry refuted the report.'],
      lookalikes: ['The denim was blue.', 'The deputy arrived.', 'A refuge for birds.'],
    },
    {
      id: 'false',
      label: 'untrue',
      reason: 'Saying a statement is wrong: false, untrue, misleading, baseless, a lie.',
      words: [
        'a:false',
        'a:untrue',
        'a:inaccurate',
        'a:misleading',
        'a:baseless',
        'a:unfounded',
        'a:bogus',
        'n:lie',
        'n:falsehood',
        'x:fake news',
        'x:not true',
        'n:misinformation',
        'n:disinformation',
      ],
      examples: ['The report is false.', 'He called the claims baseless.', 'That is not true.'],
      lookalikes: ['The falsetto voice.', 'He lied down.', 'The base was closed.'],
    },
    {
      id: 'unfair',
      label: 'unfair',
      reason: 'Saying a process is illegitimate or biased: sham, hoax, witch hunt, rigged, unfair.',
      words: [
        'a:unfair',
        'n:sham',
        'n:hoax',
        'n:witch hunt',
        'x:witch-hunt',
        'a:illegitimate',
        'a:biased',
        'a:rigged',
        'a:partisan',
        'n:farce',
        'n:charade',
        'a:unjust',
        'n:travesty',
      ],
      examples: ['The hearings are a sham.', 'He called the inquiry a witch hunt.', 'The vote was rigged.'],
      lookalikes: ['The shampoo was cheap.', 'The fairy tale.', 'The witch hat.'],
    },
    {
      id: 'wrongdoing',
      label: 'wrongdoing',
      reason: 'Breaking a rule or law: wrongdoing, misconduct, abuse, corruption, illegal.',
      words: [
        'n:wrongdoing',
        'n:misconduct',
        'n:abuse',
        'v:abuse',
        'n:corruption',
        'a:corrupt',
        'n:crime',
        'a:criminal',
        'v:break the law',
        'a:illegal',
        'a:unlawful',
        'a:improper',
        'n:violation',
        'v:violate',
        'n:fraud',
        'a:fraudulent',
        'n:bribery',
        'n:quid pro quo',
      ],
      examples: ['He denied any wrongdoing.', 'The call was improper.', 'The deal violated the rules.'],
      lookalikes: ['The criminology course.', 'The wrongly addressed letter arrived.', 'The violin played.'],
    },
    {
      id: 'guilty',
      label: 'guilty',
      reason: 'Being found or admitting to be guilty: plead guilty, convicted.',
      words: ['a:guilty', 'v:plead guilty', 'v:convict', 'n:conviction', 'v:admit+ [to ](guilt|the charges|the crime)', 'v:confess'],
      examples: ['The man pleaded guilty.', 'She was convicted of fraud.', 'He confessed to the crime.'],
      lookalikes: ['The guild met.', 'A guilt trip.', 'The convent was old.'],
    },
    {
      id: 'legal',
      label: 'allowed',
      reason: 'Making something permitted: allow, permit, legalise, approve.',
      words: [
        'v:allow',
        'v:permit+',
        'v:legalise',
        'n:legalisation',
        'a:legal',
        'a:lawful',
        'v:authorise',
        'n:authorisation',
        'v:approve',
        'n:approval',
        'v:license',
      ],
      examples: ['States that legalised cannabis.', 'The court allowed the merger.', 'Regulators approved the deal.'],
      lookalikes: ['The legacy of the king.', 'The alloy was strong.', 'The legend grew.'],
    },
    {
      id: 'ban',
      label: 'a ban',
      reason: 'Forbidding or restricting something: ban, prohibit, bar, block, restrict.',
      words: [
        'v:ban',
        'n:ban',
        'v:prohibit',
        'n:prohibition',
        'v:bar',
        'v:outlaw',
        'v:block',
        'v:restrict',
        'n:restriction',
        'v:crack down on',
        'n:crackdown',
        'n:curb',
        'v:curb',
      ],
      not: ['x:bar association', 'x:the bar', 'x:a bar'],
      examples: ['The city banned the sale.', 'The law restricts access.', 'Officials blocked the deal.'],
      lookalikes: ['The banana was ripe.', 'The banner was hung.', 'The blockbuster film.'],
    },
    {
      id: 'increase',
      label: 'an increase',
      reason: 'Something growing: increase, rise, grow, surge, double.',
      words: [
        'v:increase',
        'n:increase',
        'v:rise',
        'n:rise',
        'v:grow',
        'n:growth',
        'v:surge',
        'n:surge',
        'v:soar',
        'v:climb',
        'v:double',
        'v:triple',
        'v:jump',
        'v:expand',
        'n:expansion',
        'v:spike',
        'n:spike',
        'v:escalate',
        'n:escalation',
        'v:intensify',
        'v:worsen',
        'v:hit a record',
        'x:record high',
        'x:all-time high',
      ],
      antonyms: ['decrease'],
      examples: ['Cannabis use rose in legal states.', 'Attacks have doubled.', 'The index hit a record high.'],
      lookalikes: ['The riser was loose.', 'The grower sold apples.', 'The doubloon was gold.'],
    },
    {
      id: 'decrease',
      label: 'a decrease',
      reason: 'Something shrinking or slowing: decrease, fall, decline, drop, slowdown, cut.',
      words: [
        'v:decrease',
        'n:decrease',
        'v:fall',
        'v:decline',
        'n:decline',
        'v:drop',
        'n:drop',
        'v:shrink',
        'v:plunge',
        'v:slump',
        'n:slump',
        'v:slow',
        'n:slowdown',
        'x:slowing down',
        'v:contract',
        'n:contraction',
        'v:reduce',
        'n:reduction',
        'v:halve',
        'n:downturn',
        'n:recession',
        'v:ease',
        'v:subside',
        'v:recede',
        'v:wane',
      ],
      not: ['x:fall short', 'x:drop out', 'x:drop by', 'x:contract with', 'x:a contract', 'x:the contract', 'x:fall in love'],
      examples: ['Sales fell sharply.', 'The economy is in a slowdown.', 'Violence has declined.'],
      lookalikes: ['The waterfall was high.', 'He signed a contract.', 'The dropdown menu.'],
    },
    {
      id: 'harm',
      label: 'harm',
      reason: 'Doing damage: harm, damage, hurt, undermine, jeopardise.',
      words: [
        'n:harm',
        'v:harm',
        'a:harmful',
        'v:damage',
        'n:damage',
        'a:damaging',
        'v:undermine',
        'v:jeopardise',
        'v:erode',
        'a:detrimental',
        'v:cripple',
      ],
      examples: ['The tariffs harm farmers.', 'The policy undermines trust.', 'a damaging report'],
      lookalikes: ['The harmony was perfect.', 'The dame sang.', 'The harmonica played.'],
    },
    {
      id: 'safe',
      label: 'safe',
      reason: 'Free from danger or harm: safe, secure, harmless, stable.',
      words: ['a:safe', 'n:safety', 'a:harmless', 'a:stable', 'n:stability', 'a:secure'],
      examples: ['The product is safe.', 'The region is stable.', 'a secure environment'],
      lookalikes: ['The safari was long.', 'The stables were old.', 'The saffron rice.'],
    },
    {
      id: 'success',
      label: 'a success',
      reason: 'Something that worked: success, progress, achievement, breakthrough.',
      words: [
        'n:success',
        'a:successful',
        'v:succeed',
        'n:achievement',
        'n:breakthrough',
        'n:milestone',
        'x:made progress',
        'x:make progress',
        'x:significant progress',
      ],
      examples: ['The launch was a success.', 'They achieved a breakthrough.', 'The talks made progress.'],
      lookalikes: ['The successor was named.', 'The succulent plant.', 'A mile of road.'],
    },
    {
      id: 'failure',
      label: 'a failure',
      reason: 'Something that did not work: failure, flop, setback, collapse, fiasco.',
      words: [
        'n:failure',
        'v:fail',
        'a:failed',
        'n:flop',
        'n:setback',
        'n:fiasco',
        'n:debacle',
        'n:disaster',
        'v:collapse',
        'n:collapse',
        'v:backfire',
      ],
      examples: ['The plan failed.', 'The launch was a flop.', 'a major setback for the company'],
      lookalikes: ['The fairy lights.', 'The floppy disk.', 'The flow of water.'],
    },
    {
      id: 'agreement',
      label: 'an agreement',
      reason: 'Two sides settling something: deal, agreement, accord, pact.',
      words: [
        'n:deal',
        'n:agreement',
        'v:agree',
        'n:accord',
        'n:pact',
        'n:treaty',
        'n:settlement',
        'v:settle',
        'x:reach a deal',
        'x:strike a deal',
        'n:memorandum of understanding',
      ],
      not: ['x:a great deal', 'x:a good deal', 'x:deal with', 'x:dealt with', 'x:dealing with', 'x:deals with'],
      examples: ['The two sides reached a deal.', 'They signed an agreement.', 'a peace accord'],
      lookalikes: ['He dealt the cards quickly.', 'A great deal of effort.', 'The dealer sold cars.'],
    },
    {
      id: 'investigate',
      label: 'an investigation',
      reason: 'Looking into suspected wrongdoing: investigation, inquiry, probe.',
      words: [
        'v:investigate',
        'n:investigation',
        'n:inquiry',
        'n:enquiry',
        'n:probe',
        'v:probe',
        'n:audit',
        'n:impeachment inquiry',
        'v:impeach',
        'n:impeachment',
        'n:hearing',
      ],
      examples: ['Prosecutors dropped the investigation.', 'The impeachment inquiry continues.', 'a probe into the deal'],
      lookalikes: ['The investor sold shares.', 'The problem was solved.', 'The audition went well.'],
    },
    {
      id: 'prosecute',
      label: 'a prosecution',
      reason: 'Legal action against someone: charge, prosecute, indict, sue, arrest.',
      words: [
        'v:charge',
        'v:prosecute',
        'n:prosecution',
        'v:indict',
        'n:indictment',
        'v:sue',
        'n:lawsuit',
        'v:arrest',
        'n:arrest',
        'v:extradite',
        'n:extradition',
      ],
      not: ['x:in charge', 'x:free of charge', 'x:charge (card|cards|station|stations|point)', 'x:charger'],
      examples: ['He was charged with threatening a lawmaker.', 'The state sued the firm.', 'Police arrested two men.'],
      lookalikes: ['She is in charge of the team.', 'The charger broke.', 'The suede jacket was new.'],
    },
    {
      id: 'punish',
      label: 'a punishment',
      reason: 'A penalty for wrongdoing: punish, suspend, fine, sanction, sentence.',
      words: [
        'v:punish',
        'n:punishment',
        'v:suspend',
        'n:suspension',
        'v:fine',
        'n:fine',
        'v:sanction',
        'n:sanction',
        'n:penalty',
        'v:penalise',
        'v:sentence',
        'x:prison term',
        'x:jail time',
      ],
      not: ['x:fine art', 'x:fine arts', 'x:just fine', 'x:is fine', 'x:fine print', 'x:suspension bridge'],
      examples: ['The league suspended the player.', 'He was fined $10,000.', 'new sanctions on the regime'],
      lookalikes: ['The puncher won.', 'The finest wine.', 'The sentinel stood guard.'],
    },
    {
      id: 'resign',
      label: 'resigning',
      reason: 'Giving up a post: resign, step down, quit.',
      words: ['v:resign', 'n:resignation', 'v:step down', 'v:quit', 'v:leave office', 'v:stand down'],
      examples: ['The minister resigned.', 'He will step down next month.', 'calls for her resignation'],
      lookalikes: ['The design was new.', 'The quilt was warm.', 'He stepped on the stage.'],
    },
    {
      id: 'layoffs',
      label: 'job cuts',
      reason: 'A company getting rid of staff: layoffs, job cuts, firing.',
      words: [
        'n:layoff',
        'v:lay off',
        'x:job cuts',
        'x:cut jobs',
        'x:cutting jobs',
        'x:shed jobs',
        'n:redundancy',
        'v:fire (staff|workers|employees)',
        'n:downsizing',
        'v:downsize',
      ],
      examples: ['ShareDesk announced layoffs.', 'The firm will cut jobs.', 'It plans to lay off 2,400 workers.'],
      lookalikes: ['The lay of the land.', 'The fireworks lit the sky.', 'The job fair opened.'],
    },
    {
      id: 'merger',
      label: 'a merger',
      reason: 'Two companies combining: merger, acquisition, takeover.',
      words: [
        'v:merge',
        'n:merger',
        'v:acquire',
        'n:acquisition',
        'n:takeover',
        'v:take over (the company|the firm|the business)',
        'n:buyout',
      ],
      examples: ['The two chains will merge.', 'The acquisition closed.', 'a hostile takeover'],
      lookalikes: ['The merchant sold silk.', 'The acquaintance waved.', 'The take-out food.'],
    },
    {
      id: 'launch',
      label: 'a launch',
      reason: 'Bringing something out: launch, release, unveil, roll out.',
      words: ['v:launch', 'n:launch', 'v:unveil', 'n:debut', 'v:debut', 'v:roll out', 'n:rollout', 'n:release', 'x:go on sale'],
      not: ['x:launch pad', 'x:release from (prison|jail|custody|hospital)', 'x:press release'],
      examples: ['Google launched Stadia.', 'The company unveiled a new phone.', 'the service will roll out next year'],
      lookalikes: ['The lunch was served.', 'The launderette opened.', 'He read the press release.'],
    },
    {
      id: 'protest',
      label: 'protests',
      reason: 'People publicly objecting: protest, demonstration, rally, unrest.',
      words: [
        'n:protest',
        'v:protest',
        'n:demonstration',
        'n:protester',
        'n:protestor',
        'n:demonstrator',
        'n:rally',
        'n:riot',
        'n:unrest',
        'n:siege',
      ],
      not: ['x:stock market rally', 'x:rallied', 'x:rallies'],
      examples: ['Protesters occupied the campus.', 'The siege of the university.', 'unrest in the city'],
      lookalikes: ['The Protestant church.', 'The demo tape.', 'The riotous colours.'],
    },
    {
      id: 'violence',
      label: 'violence',
      reason: 'Physical fighting: violence, clash, brawl, fight.',
      words: [
        'n:violence',
        'a:violent',
        'n:clash',
        'v:clash',
        'n:brawl',
        'n:fight',
        'n:scuffle',
        'v:hit (him|her|them|the player)',
        'v:swing (a|the) helmet',
      ],
      not: ['x:fight against', 'x:fight for', 'x:the fight against', 'x:firefight'],
      examples: ['The game ended in a brawl.', 'Violence broke out.', 'Police clashed with protesters.'],
      lookalikes: ['The violet flowers.', 'The clasp broke.', 'He fought for his rights.'],
    },
    {
      id: 'recovery',
      label: 'a recovery',
      reason: 'Getting better after a fall: recovery, rebound, turnaround.',
      words: ['n:recovery', 'v:recover', 'v:rebound', 'n:rebound', 'n:turnaround', 'n:upswing', 'v:bounce back', 'v:pick up'],
      examples: ['The economy will recover next year.', 'a rebound in earnings', 'Markets bounced back.'],
      lookalikes: ['The recorder played.', 'The round table met.', 'He picked a pocket.'],
    },
    {
      id: 'costly',
      label: 'costly',
      reason: 'Costing a lot: expensive, costly, a burden.',
      words: ['a:expensive', 'a:costly', 'n:burden', 'x:too much money', 'x:at great cost', 'x:price hike', 'x:price hikes'],
      examples: ['The war was costly.', 'The tariffs are a burden on farmers.', 'an expensive plan'],
      lookalikes: ['The coastline was long.', 'The burdock grew.', 'The expanse was wide.'],
    },
    {
      id: 'legal-challenge',
      label: 'a legal challenge',
      reason: 'Taking a decision to court: appeal, challenge in court.',
      words: [
        'v:appeal',
        'n:appeal',
        'x:challenge (it|the decision|the ruling|the order) in court',
        'x:legal challenge',
        'x:take (it|the case) to court',
      ],
      examples: ['The company will appeal the ruling.', 'They vowed to challenge the decision in court.', 'a legal challenge to the law'],
      lookalikes: ['The appellate court sat.', 'The apple was red.', 'The court was in session.'],
    },
  ],
  (entry, text) => findConcepts(text, [entry.id]).some((hit) => hit.concept === entry.id),
);

/** Concepts by id. */
export const CONCEPTS_BY_ID: ReadonlyMap<string, ConceptEntry> = new Map(CONCEPTS.entries.map((c) => [c.id, c]));

/** True for the id of a concept of the vocabulary. */
export function isConceptId(id: string): boolean {
  return CONCEPTS_BY_ID.has(id);
}

/** One form of one concept, as compiled into an alias index. */
export interface ConceptFormEntry extends AliasEntry {
  /** Tells concept forms from aliases and pack terms when they share one index. */
  readonly kind: 'concept';
  /** The concept id. */
  readonly concept: string;
  /** The word class of the pattern the form comes from, which decides whether it predicates. */
  readonly wordClass: WordClass;
  /** True for a form of a look-alike sense, which vetoes the concept's hits inside it. */
  readonly veto: boolean;
  /**
   * For a pattern with a gap ("end its … presence"), the forms one of which must follow within
   * `GAP_WORDS` words ("military", "American military"); the index finds the head only.
   */
  readonly tail?: readonly string[];
}

/** Most words a gap ("…") in a concept pattern may stand for. */
export const GAP_WORDS = 3;

/** True for index entries that are concept forms. */
export function isConceptForm(entry: AliasEntry): entry is ConceptFormEntry {
  return (entry as Partial<ConceptFormEntry>).kind === 'concept';
}

const formCache = new Map<string, readonly ConceptFormEntry[]>();

/** Every form of the given concepts (and of their antonyms), with the vetoes, for one index. */
export function conceptForms(ids: Iterable<string>): ConceptFormEntry[] {
  const out: ConceptFormEntry[] = [];
  const seen = new Set<string>();
  const add = (id: string): void => {
    if (seen.has(id)) return;
    seen.add(id);
    const concept = CONCEPTS_BY_ID.get(id);
    if (!concept) return;
    let forms = formCache.get(id);
    if (!forms) {
      const list: ConceptFormEntry[] = [];
      for (const pattern of concept.words) {
        const { wordClass } = parseWordPattern(pattern);
        const tails = new Map<string, Set<string>>();
        for (const text of formsOfPattern(pattern)) {
          const gap = text.indexOf(' … ');
          if (gap < 0) list.push({ kind: 'concept', text, concept: id, wordClass, veto: false });
          else {
            const head = text.slice(0, gap);
            const set = tails.get(head) ?? new Set<string>();
            set.add(text.slice(gap + 3));
            tails.set(head, set);
          }
        }
        for (const [head, tail] of tails) list.push({ kind: 'concept', text: head, concept: id, wordClass, veto: false, tail: [...tail] });
      }
      for (const pattern of concept.not ?? []) {
        const { wordClass } = parseWordPattern(pattern);
        for (const text of formsOfPattern(pattern)) list.push({ kind: 'concept', text, concept: id, wordClass, veto: true });
      }
      forms = list;
      formCache.set(id, forms);
    }
    out.push(...forms);
    for (const antonym of concept.antonyms ?? []) add(antonym);
  };
  for (const id of ids) add(id);
  return out;
}

/** A concept found in a text. */
export interface ConceptHit {
  /** The concept id. */
  readonly concept: string;
  /** Start offset in the text. */
  readonly start: number;
  /** End offset (exclusive). */
  readonly end: number;
  /** The word class of the form that matched. */
  readonly wordClass: WordClass;
}

/**
 * Keeps the concept hits of an index's hits: the longest form at each place, minus the hits that
 * a look-alike sense of the same concept covers. Hits come sorted by start, longest first. A head
 * of a pattern with a gap counts when its tail follows within `GAP_WORDS` words of `text`, and the
 * hit then spans both ("end its military presence").
 */
export function conceptHitsOf(hits: readonly { start: number; end: number; entries: readonly AliasEntry[] }[], text = ''): ConceptHit[] {
  const vetoes: { concept: string; start: number; end: number }[] = [];
  const found: ConceptHit[] = [];
  for (const hit of hits) {
    for (const entry of hit.entries) {
      if (!isConceptForm(entry)) continue;
      if (entry.veto) vetoes.push({ concept: entry.concept, start: hit.start, end: hit.end });
      else {
        // Only the longest form of a concept at one start counts ("pull out" over "pull"): hits
        // come by start, longest first, so an earlier one of the same start and concept is it.
        if (foundAt(found, entry.concept, hit.start)) continue;
        let end = hit.end;
        if (entry.tail) {
          const tailEnd = tailAfter(text, hit.end, entry.tail);
          if (tailEnd < 0) continue;
          end = tailEnd;
        }
        found.push({ concept: entry.concept, start: hit.start, end, wordClass: entry.wordClass });
      }
    }
  }
  return vetoes.length === 0
    ? found
    : found.filter((h) => !vetoes.some((v) => v.concept === h.concept && v.start <= h.start && v.end >= h.end));
}

/** Whether `found` (in order of start) already holds `concept` at `start`, among its last entries. */
function foundAt(found: readonly ConceptHit[], concept: string, start: number): boolean {
  for (let k = found.length - 1; k >= 0 && found[k]!.start === start; k--) if (found[k]!.concept === concept) return true;
  return false;
}

/** Where one of `tails` ends if it follows `at` within `GAP_WORDS` words (no punctuation between), else -1. */
function tailAfter(text: string, at: number, tails: readonly string[]): number {
  const m = /^((?:\s+[\p{L}\p{N}.'’-]+){0,3}?)\s+([\p{L}]+(?:\s+[\p{L}]+)?)/u.exec(text.slice(at, at + 80));
  if (!m) return -1;
  // Try every split of up to GAP_WORDS words before a tail.
  const words = [...text.slice(at, at + 80).matchAll(/\s+([\p{L}\p{N}.'’-]+)/gu)].slice(0, GAP_WORDS + 2);
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const start = at + w.index + w[0].length - w[1]!.length;
    for (const tail of tails) {
      const slice = text.slice(start, start + tail.length);
      if (slice.toLowerCase() === tail && !/[\p{L}\p{N}]/u.test(text[start + tail.length] ?? '')) return start + tail.length;
    }
    if (k >= GAP_WORDS) break;
  }
  return -1;
}

/** Finds the given concepts in a text (for the builder and tests; the matcher shares one index). */
export function findConcepts(text: string, ids: Iterable<string> = CONCEPTS_BY_ID.keys()): ConceptHit[] {
  const list = [...ids].sort();
  const key = list.join(',');
  let index = indexCache.get(key);
  if (!index) {
    index = createAliasIndex(conceptForms(list));
    indexCache.set(key, index);
  }
  return conceptHitsOf(index.find(foldText(text)), text);
}

const indexCache = new Map<string, AliasIndex<ConceptFormEntry>>();
