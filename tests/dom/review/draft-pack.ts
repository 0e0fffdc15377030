/**
 * A small draft pack written for the review tests, from our own fixture article
 * (tests/fixtures/builder/article.html): three actors, three quotes, three claims, one opposition.
 */
import { parsePack, type Pack, type PackInput } from '../../../src/core/pack';

const TEXT = [
  'Harbour city council votes to close the old ferry pier',
  'Mayor Ingrid Halvorsen said the pier was no longer safe for passengers. "The timber under the deck is rotten," Halvorsen told reporters.',
  'Tomas Eklund said the pier was still safe. "This is about selling the waterfront," Eklund said.',
  'The Northcape Ferry Workers Union rejected that account.',
].join('\n');

const INPUT: PackInput = {
  schemaVersion: 3,
  id: 'harbour-ferry-pier',
  article: {
    title: 'Harbour city council votes to close the old ferry pier',
    summary: 'The council votes to close the pier; the union says it is still safe.',
    language: 'en',
  },
  text: TEXT,
  actors: [
    {
      id: 'ingrid-halvorsen',
      name: 'Ingrid Halvorsen',
      kind: 'person',
      role: 'Mayor',
      description: 'Named 2 times in the article.',
      aliases: [{ text: 'Ingrid Halvorsen' }, { text: 'Halvorsen', standalone: false }],
    },
    {
      id: 'tomas-eklund',
      name: 'Tomas Eklund',
      kind: 'person',
      role: 'Union chairman',
      description: 'Named 2 times in the article.',
      aliases: [{ text: 'Tomas Eklund' }, { text: 'Eklund', standalone: false }],
    },
    {
      id: 'ferry-union',
      name: 'Northcape Ferry Workers Union',
      kind: 'organization',
      role: 'Organisation',
      description: 'Named once.',
      aliases: [{ text: 'Northcape Ferry Workers Union' }],
    },
  ],
  quotes: [
    {
      id: 'q-unsafe',
      speaker: 'ingrid-halvorsen',
      text: 'the pier was no longer safe for passengers',
      direct: false,
      sentence: 'Mayor Ingrid Halvorsen said the pier was no longer safe for passengers.',
    },
    {
      id: 'q-timber',
      speaker: 'ingrid-halvorsen',
      text: 'The timber under the deck is rotten,',
      direct: true,
      sentence: '"The timber under the deck is rotten," Halvorsen told reporters.',
    },
    {
      id: 'q-selling',
      speaker: 'tomas-eklund',
      text: 'This is about selling the waterfront,',
      direct: true,
      sentence: '"This is about selling the waterfront," Eklund said.',
    },
  ],
  claims: [
    {
      id: 'pier-unsafe',
      statement: 'The pier is no longer safe for passengers.',
      speakers: ['ingrid-halvorsen'],
      quotes: ['q-unsafe'],
      opposes: ['pier-safe'],
      linkedBecause: [
        {
          claim: 'pier-safe',
          rule: 'opposite-stance',
          why: 'says the opposite on the same question',
          words: '“the pier was no longer safe” against “the pier was still safe”',
        },
      ],
      frame: { subject: { label: 'the pier', terms: ['pier'] }, predicate: { label: 'safe', concepts: ['safe'] }, stance: 'ended' },
    },
    {
      id: 'pier-safe',
      statement: 'The pier is still safe.',
      speakers: ['tomas-eklund'],
      opposes: ['pier-unsafe'],
      frame: { subject: { label: 'the pier', terms: ['pier'] }, predicate: { label: 'safe', concepts: ['safe'] }, stance: 'continuing' },
    },
    {
      id: 'about-waterfront',
      statement: 'The closure is about selling the waterfront.',
      speakers: ['tomas-eklund'],
      quotes: ['q-selling'],
      frame: {
        subject: { label: 'the waterfront', terms: ['waterfront'], actors: ['tomas-eklund'] },
        predicate: { label: 'selling', terms: ['selling'] },
        stance: 'asserted',
      },
    },
  ],
};

/** The draft, parsed (defaults applied) as the review page holds it. */
export function draftPack(): Pack {
  const parsed = parsePack(INPUT);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.value;
}
