/**
 * A small pack written for the core tests: the seed story's actors and two pairs of opposing
 * claims, with sentences of our own (never copied from the evaluation pages).
 */
import { Pack, type PackInput } from '../../../src/core/pack';

const text =
  'Prime Minister Mohammed Shia al-Sudani said ISIS is no longer a threat. ' +
  'Maj. Gen. Kevin C. Leahy leads the Global Coalition against ISIS. ' +
  'A raid killed 14 ISIS fighters and wounded seven US troops.';

const person = (id: string, name: string, role: string, aliases: PackInput['actors'][number]['aliases']): PackInput['actors'][number] => ({
  id,
  name,
  kind: 'person',
  role,
  description: `${name}, ${role}.`,
  aliases,
});

/** The pack as written in JSON, so tests can vary it before parsing. */
export const testPackInput: PackInput = {
  schemaVersion: 3,
  id: 'test-pack',
  article: { title: 'Test article', summary: 'A test summary.' },
  text,
  actors: [
    person('al-sudani', 'Mohammed Shia al-Sudani', 'Prime Minister of Iraq', [
      { text: 'Mohammed Shia al-Sudani' },
      { text: 'Iraqi Prime Minister Mohammed Shia al-Sudani' },
      { text: 'al-Sudani' },
      { text: 'Sudani' },
      { text: 'Prime Minister', standalone: false },
      { text: 'Iraqi Prime Minister', standalone: false },
      { text: 'محمد شياع السوداني', lang: 'ar' },
    ]),
    person('kevin-leahy', 'Kevin C. Leahy', 'US Major General, commander of the Global Coalition', [
      { text: 'Kevin C. Leahy' },
      { text: 'Kevin C Leahy' },
      { text: 'Kevin Leahy' },
      { text: 'Leahy', standalone: false },
    ]),
    {
      id: 'isis',
      name: 'Islamic State',
      kind: 'armed-group',
      role: 'Jihadist group',
      description: 'The jihadist group.',
      aliases: [
        { text: 'ISIS', caseSensitive: true },
        { text: 'ISIL', caseSensitive: true },
        { text: 'IS', caseSensitive: true, standalone: false },
        { text: 'Islamic State' },
        { text: 'Islamic State group' },
        { text: 'Daesh' },
        { text: 'داعش', lang: 'ar' },
      ],
    },
    {
      id: 'global-coalition',
      name: 'Global Coalition against ISIS',
      kind: 'military',
      role: 'US-led military coalition',
      description: 'The coalition.',
      aliases: [
        { text: 'Global Coalition' },
        { text: 'Global Coalition against ISIS' },
        { text: 'US-led coalition' },
        { text: 'Operation Inherent Resolve' },
        { text: 'OIR', caseSensitive: true, standalone: false },
        { text: 'the coalition', standalone: false },
        { text: 'coalition', standalone: false },
      ],
    },
    {
      id: 'us-military',
      name: 'US military',
      kind: 'military',
      role: 'Armed forces of the United States',
      description: 'US troops in Iraq.',
      aliases: [
        { text: 'US troops' },
        { text: 'U.S. troops' },
        { text: 'US forces' },
        { text: 'U.S. forces' },
        { text: 'American troops' },
      ],
    },
    {
      id: 'united-states',
      name: 'United States',
      kind: 'country',
      role: 'Country',
      description: 'The United States.',
      highlight: false,
      aliases: [
        { text: 'United States' },
        { text: 'US', caseSensitive: true },
        { text: 'U.S.', caseSensitive: true },
        { text: 'Washington' },
      ],
    },
    {
      id: 'iraq',
      name: 'Iraq',
      kind: 'country',
      role: 'Country',
      description: 'Iraq.',
      highlight: false,
      aliases: [{ text: 'Iraq' }, { text: 'Baghdad' }],
    },
  ],
  claims: [
    {
      id: 'isis-no-longer-a-threat',
      statement: 'ISIS no longer poses a threat to Iraq.',
      speakers: ['al-sudani'],
      opposes: ['isis-still-a-threat'],
      frame: { subject: { label: 'ISIS', actors: ['isis'] }, predicate: { label: 'a threat', concepts: ['threat'] }, stance: 'ended' },
    },
    {
      id: 'isis-still-a-threat',
      statement: 'ISIS is still a threat.',
      opposes: ['isis-no-longer-a-threat'],
      frame: {
        subject: { label: 'ISIS', actors: ['isis'] },
        predicate: { label: 'a threat', concepts: ['threat'] },
        stance: 'continuing',
        evidence: [
          [
            { label: 'fighters killed', terms: ['14 ISIS fighters', '14 fighters', '14 militants', 'fourteen fighters'] },
            {
              label: 'US troops wounded',
              terms: ['seven US troops', 'seven U.S. troops', 'seven American troops', 'seven US service members'],
            },
          ],
        ],
      },
    },
  ],
};

/** The parsed test pack. */
export const testPack: Pack = Pack.parse(testPackInput);

/**
 * The same pack in format 1, whose claims were cue lists, as a version-2 storage layout or an
 * exported file of that time holds it: the migrations must bring it to format 3 with nothing lost.
 */
export const legacyPackInput: Record<string, unknown> = {
  ...structuredClone(testPackInput),
  schemaVersion: 1,
  id: 'legacy-pack',
  claims: [
    {
      id: 'isis-no-longer-a-threat',
      statement: 'ISIS no longer poses a threat to Iraq.',
      speakers: ['al-sudani'],
      opposes: ['isis-still-a-threat'],
      cues: {
        topic: [
          { label: 'ISIS', actors: ['isis'] },
          { label: 'threat', terms: ['threat', 'threatens', 'endanger', 'endangers', 'danger', 'menace'] },
        ],
        polarity: 'negative',
        markers: { label: 'no longer', terms: ['no longer', 'not anymore', 'has been defeated', 'no more'] },
      },
    },
    {
      id: 'isis-still-a-threat',
      statement: 'ISIS is still a threat.',
      opposes: ['isis-no-longer-a-threat'],
      cues: {
        topic: [
          { label: 'ISIS', actors: ['isis'] },
          { label: 'threat', terms: ['threat', 'threatens', 'endanger', 'endangers', 'danger', 'menace'] },
        ],
        polarity: 'positive',
        markers: { label: 'still', terms: ['still', 'remains', 'remain', 'continues to', 'resurgent', 'comeback'] },
        evidence: [
          [
            { label: 'fighters killed', terms: ['14 ISIS fighters', '14 fighters', '14 militants', 'fourteen fighters'] },
            {
              label: 'US troops wounded',
              terms: ['seven US troops', 'seven U.S. troops', 'seven American troops', 'seven US service members'],
            },
          ],
        ],
        exclude: ['if ISIS'],
      },
    },
  ],
};
