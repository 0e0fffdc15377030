/**
 * How news prose attributes a statement to someone: verbs of saying ("said", "warned",
 * "insisted"), "according to", and the nouns a speaker's words are reported as. The stance reader
 * uses them to say who a sentence attributes an idea to; they are lemmas, inflected by
 * morphology.ts.
 */
import type { RuleEntry } from './table';

/** One way of attributing words to a speaker. */
export interface AttributionCue extends RuleEntry {
  /** Patterns of the cue's words. */
  readonly words: readonly string[];
  /** Where the speaker stands: before the verb ("Sudani said"), or after the cue ("according to Sudani"). */
  readonly speaker: 'before' | 'after';
}

/** The attribution cues. */
export const ATTRIBUTION_CUES: readonly AttributionCue[] = [
  {
    id: 'speech-verb',
    speaker: 'before',
    reason: 'A verb of saying or thinking after its speaker: "Sudani said", "American commanders warned", "critics argue".',
    words: [
      'v:say',
      'v:tell',
      'v:state',
      'v:warn',
      'v:insist',
      'v:argue',
      'v:claim',
      'v:assert',
      'v:declare',
      'v:announce',
      'v:note',
      'v:add',
      'v:stress',
      'v:emphasise',
      'v:explain',
      'v:write',
      'v:tweet',
      'v:maintain',
      'v:reiterate',
      'v:contend',
      'v:believe',
      'v:think',
      'v:fear',
      'v:caution',
      'v:acknowledge',
      'v:admit+',
      'v:concede',
      'v:suggest',
      'v:predict',
      'v:hail',
      'v:point out',
      'v:underline',
      'v:affirm',
      'v:allege',
      'v:report',
      'v:confirm',
      'v:testify',
      'v:reply',
      'v:respond',
      'v:counter',
      'v:deny',
      'v:reject',
      'v:dismiss',
      'v:dispute',
      'v:call for',
      'v:demand',
      'v:urge',
      'v:want',
      'v:assess',
      'v:estimate',
      'v:conclude',
      'v:agree',
    ],
    examples: [
      'Sudani said ISIS is no longer a threat.',
      'Navy commanders warned that the militia remains capable of attacks.',
      'ISIS remains a threat, the general said.',
    ],
    lookalikes: ['ISIS remains a threat.'],
  },
  {
    id: 'according-to',
    speaker: 'after',
    reason: '"According to" and "in the words of" put the speaker after the cue.',
    words: ['x:according to', 'x:in the words of', 'x:as quoted by', 'x:(a|the) statement (from|by)', 'x:in a statement from'],
    examples: ['ISIS remains a threat, according to the Pentagon.', 'According to CENTCOM, ISIS is regrouping.'],
    lookalikes: ['ISIS remains a threat in the region.'],
  },
];
