/* eslint-disable @typescript-eslint/no-explicit-any -- the table breaks packs on purpose, into shapes no type allows. */
/**
 * Tests for src/core/pack.ts: a small pack of our own validates, and every kind of broken pack is
 * refused with a message that names the path of the problem, so a person can fix it by hand.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIssues, formatPath, PACK_LIMITS, PACK_SCHEMA_VERSION, parsePack, type PackInput } from '../../../src/core/pack';

const TEXT =
  'Mayor Ana Ruiz said on Monday that the old bridge is safe. “It will stand for another century,” Ruiz said. ' +
  'The engineers’ union says the bridge is unsafe and must close.';

/** A complete, valid pack about a made-up article; each case below breaks one thing in a fresh copy. */
function createPack(): PackInput & Record<string, unknown> {
  return {
    schemaVersion: 3,
    id: 'bridge-safety',
    article: {
      title: 'Mayor says the old bridge is safe',
      titleIsEditorial: true,
      summary: 'The mayor says the bridge is safe. The union disagrees.',
    },
    text: TEXT,
    actors: [
      {
        id: 'ana-ruiz',
        name: 'Ana Ruiz',
        kind: 'person',
        role: 'Mayor',
        description: 'The mayor, who says the bridge is safe.',
        aliases: [{ text: 'Ana Ruiz' }, { text: 'Ruiz', standalone: false }],
      },
      {
        id: 'engineers-union',
        name: 'Engineers’ union',
        kind: 'organization',
        role: 'Trade union',
        description: 'Says the bridge is unsafe.',
        highlight: false,
        aliases: [{ text: 'engineers’ union' }, { text: 'EU', caseSensitive: true, standalone: false }],
      },
    ],
    quotes: [
      {
        id: 'ruiz-century',
        speaker: 'ana-ruiz',
        text: 'It will stand for another century',
        direct: true,
        sentence: '“It will stand for another century,” Ruiz said.',
      },
    ],
    claims: [
      {
        id: 'bridge-safe',
        statement: 'The old bridge is safe.',
        speakers: ['ana-ruiz'],
        when: 'Monday',
        quotes: ['ruiz-century'],
        sentences: ['Mayor Ana Ruiz said on Monday that the old bridge is safe.'],
        opposes: ['bridge-unsafe'],
        frame: {
          subject: { label: 'the bridge', terms: ['bridge'] },
          predicate: { label: 'safe', concepts: ['safe'], terms: ['will stand'] },
          stance: 'asserted',
          evidence: [
            [
              { label: 'mayor', actors: ['ana-ruiz'] },
              { label: 'century', terms: ['century'] },
            ],
          ],
        },
      },
      {
        id: 'bridge-unsafe',
        statement: 'The old bridge is unsafe and must close.',
        speakers: ['engineers-union'],
        sentences: ['The engineers’ union says the bridge is unsafe and must close.'],
        opposes: ['bridge-safe'],
        frame: {
          subject: { label: 'the bridge', terms: ['bridge'] },
          predicate: { label: 'unsafe', terms: ['unsafe', 'must close'] },
          stance: 'asserted',
          object: { label: 'the union', actors: ['engineers-union'] },
        },
      },
    ],
  };
}

/** Parses a pack after `mutate` has broken it, and returns the error lines (none when it passes). */
function errorsAfter(mutate: (pack: any) => void): string[] {
  const pack = createPack();
  mutate(pack);
  const result = parsePack(pack);
  return result.ok ? [] : result.errors;
}

describe('parsePack on a valid pack', () => {
  it('accepts it and fills in the defaults', () => {
    const result = parsePack(createPack());
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (!result.ok) return;
    expect(result.value.schemaVersion).toBe(PACK_SCHEMA_VERSION);
    expect(result.value.article.language).toBe('en');
    expect(result.value.actors[0]?.highlight).toBe(true);
    expect(result.value.actors[0]?.aliases[0]).toEqual({ text: 'Ana Ruiz', caseSensitive: false, standalone: true, lang: 'en' });
    expect(result.value.claims[1]?.quotes).toEqual([]);
    expect(result.value.claims[1]?.frame.exclude).toEqual([]);
    expect(result.value.claims[1]?.frame.evidence).toEqual([]);
  });

  it('accepts optional metadata when it is well formed', () => {
    const pack = createPack();
    Object.assign(pack.article, { outlet: 'The Daily Example', published: '2024-02-29', url: 'https://example.org/bridge' });
    expect(parsePack(pack).ok).toBe(true);
  });
});

/** Each row: what is broken, how to break it, and a line the errors must contain (path and reason). */
const BROKEN: [string, (pack: any) => void, string][] = [
  // Missing fields.
  ['missing actor name', (p) => delete p.actors[0].name, 'actors[0].name: missing'],
  ['missing article', (p) => delete p.article, 'article: missing'],
  ['missing summary', (p) => delete p.article.summary, 'article.summary: missing'],
  ['missing text', (p) => delete p.text, 'text: missing'],
  ['missing actors', (p) => delete p.actors, 'actors: missing'],
  ['missing quote sentence', (p) => delete p.quotes[0].sentence, 'quotes[0].sentence: missing'],
  ['missing claim frame', (p) => delete p.claims[0].frame, 'claims[0].frame: missing'],
  ['missing stance', (p) => delete p.claims[1].frame.stance, 'claims[1].frame.stance: missing'],
  ['missing pack id', (p) => delete p.id, 'id: missing'],
  // Empty values.
  ['empty alias text', (p) => (p.actors[0].aliases[0].text = ''), 'actors[0].aliases[0].text: empty'],
  ['blank alias text', (p) => (p.actors[1].aliases[1].text = '   '), 'actors[1].aliases[1].text: empty'],
  ['empty alias list', (p) => (p.actors[0].aliases = []), 'actors[0].aliases: needs at least one alias'],
  ['no actors', (p) => (p.actors = []), 'actors: needs at least one actor'],
  ['empty text', (p) => (p.text = ''), 'text: empty'],
  ['empty title', (p) => (p.article.title = ''), 'article.title: empty'],
  ['empty slot term', (p) => (p.claims[0].frame.subject.terms = ['']), 'claims[0].frame.subject.terms[0]: empty'],
  [
    'predicate without concepts or terms',
    (p) => (p.claims[0].frame.predicate = { label: 'safe' }),
    'claims[0].frame.predicate: needs at least one concept or term',
  ],
  [
    'unknown concept',
    (p) => (p.claims[0].frame.predicate.concepts = ['teleportation']),
    'claims[0].frame.predicate.concepts[0]: unknown concept "teleportation"',
  ],
  [
    'slot without actors, terms or concepts',
    (p) => (p.claims[0].frame.subject = { label: 'bridge' }),
    'claims[0].frame.subject: needs at least one actor, term or concept',
  ],
  ['subject missing', (p) => delete p.claims[0].frame.subject, 'claims[0].frame.subject: missing'],
  ['empty evidence set', (p) => (p.claims[0].frame.evidence = [[]]), 'claims[0].frame.evidence[0]: needs at least one slot'],
  // Versions.
  ['wrong version', (p) => (p.schemaVersion = 0), 'schemaVersion: 0 is not supported'],
  ['future version', (p) => (p.schemaVersion = 4), 'schemaVersion: 4 is newer than this extension reads (3); update the extension'],
  ['the skipped version', (p) => (p.schemaVersion = 2), 'schemaVersion: 2 is not supported'],
  ['missing version', (p) => delete p.schemaVersion, 'schemaVersion: missing; this does not look like a pack'],
  ['version as text', (p) => (p.schemaVersion = '3'), 'schemaVersion: must be a number, not a string'],
  // Wrong types.
  ['direct as text', (p) => (p.quotes[0].direct = 'yes'), 'quotes[0].direct: must be true or false, not a string'],
  [
    'caseSensitive as number',
    (p) => (p.actors[1].aliases[1].caseSensitive = 1),
    'actors[1].aliases[1].caseSensitive: must be true or false, not a number',
  ],
  ['aliases as text', (p) => (p.actors[0].aliases = 'Ana Ruiz'), 'actors[0].aliases: must be a list, not a string'],
  ['alias as text', (p) => (p.actors[0].aliases[0] = 'Ana Ruiz'), 'actors[0].aliases[0]: must be an object, not a string'],
  ['name as number', (p) => (p.actors[0].name = 7), 'actors[0].name: must be text, not a number'],
  ['article as null', (p) => (p.article = null), 'article: must be an object, not null'],
  ['unknown actor kind', (p) => (p.actors[0].kind = 'alien'), 'actors[0].kind: must be one of "person", "organization"'],
  [
    'unknown stance',
    (p) => (p.claims[0].frame.stance = 'up'),
    'claims[0].frame.stance: must be one of "asserted", "negated", "continuing", "ended", "demanded", "reluctant"',
  ],
  ['unknown field', (p) => (p.actors[0].nickname = 'Ana'), 'actors[0]: unknown field "nickname"'],
  ['unknown top-level field', (p) => (p.extra = true), '(pack): unknown field "extra"'],
  ['id with capitals', (p) => (p.actors[0].id = 'Ana-Ruiz'), 'actors[0].id: must be lower-case words joined by hyphens'],
  [
    'bad language tag',
    (p) => (p.actors[0].aliases[0].lang = 'Arabic'),
    'actors[0].aliases[0].lang: must be a language tag such as "en" or "ar"',
  ],
  ['bad date format', (p) => (p.article.published = '10 Sept 2024'), 'article.published: must be a date such as 2024-09-10'],
  ['impossible date', (p) => (p.article.published = '2023-02-29'), 'article.published: is not a real calendar date'],
  // Oversized values.
  ['oversized name', (p) => (p.actors[0].name = 'x'.repeat(PACK_LIMITS.shortString + 1)), 'actors[0].name: longer than 400 characters'],
  [
    'oversized alias',
    (p) => (p.actors[0].aliases[0].text = 'x'.repeat(PACK_LIMITS.shortString + 1)),
    'actors[0].aliases[0].text: longer than 400 characters',
  ],
  [
    'oversized description',
    (p) => (p.actors[0].description = 'x'.repeat(PACK_LIMITS.longString + 1)),
    'actors[0].description: longer than 4000 characters',
  ],
  ['oversized text', (p) => (p.text = `${TEXT} ${'x'.repeat(PACK_LIMITS.text)}`), 'text: longer than 200000 characters'],
  ['oversized id', (p) => (p.id = 'a'.repeat(81)), 'id: longer than 80 characters'],
  [
    'too many aliases',
    (p) => (p.actors[0].aliases = Array.from({ length: 201 }, (_, i) => ({ text: `Ruiz ${i}` }))),
    'actors[0].aliases: more than 200 aliases',
  ],
  [
    'too many aliases in all',
    (p) => {
      p.actors = Array.from({ length: 26 }, (_, a) => ({
        ...p.actors[0],
        id: `actor-${a}`,
        aliases: Array.from({ length: 200 }, (_, i) => ({ text: `Name ${a} ${i}` })),
      }));
    },
    'actors: 5200 aliases in all, more than 5000',
  ],
  [
    'too many slot terms',
    (p) => (p.claims[0].frame.subject.terms = Array.from({ length: 201 }, (_, i) => `bridge ${i}`)),
    'claims[0].frame.subject.terms: more than 200 terms',
  ],
  // Links.
  ['javascript: url', (p) => (p.article.url = 'javascript:alert(1)'), 'article.url: must be an http or https URL'],
  ['data: url', (p) => (p.article.url = 'data:text/html,<b>hi</b>'), 'article.url: must be an http or https URL'],
  ['relative url', (p) => (p.article.url = '/bridge'), 'article.url: must be an http or https URL'],
  // Dangling and duplicate ids.
  ['unknown quote speaker', (p) => (p.quotes[0].speaker = 'nobody'), 'quotes[0].speaker: unknown actor "nobody"'],
  ['unknown claim speaker', (p) => (p.claims[1].speakers = ['nobody']), 'claims[1].speakers[0]: unknown actor "nobody"'],
  ['unknown quote in claim', (p) => p.claims[0].quotes.push('ghost-quote'), 'claims[0].quotes[1]: unknown quote "ghost-quote"'],
  ['unknown opposed claim', (p) => p.claims[0].opposes.push('ghost-claim'), 'claims[0].opposes[1]: unknown claim "ghost-claim"'],
  [
    'unknown actor in the subject',
    (p) => (p.claims[0].frame.subject.actors = ['ghost']),
    'claims[0].frame.subject.actors[0]: unknown actor "ghost"',
  ],
  [
    'unknown actor in the object',
    (p) => (p.claims[1].frame.object.actors = ['ghost']),
    'claims[1].frame.object.actors[0]: unknown actor "ghost"',
  ],
  [
    'unknown actor in evidence',
    (p) => (p.claims[0].frame.evidence[0][0].actors = ['ghost']),
    'claims[0].frame.evidence[0][0].actors[0]: unknown actor "ghost"',
  ],
  ['duplicate actor id', (p) => (p.actors[1].id = 'ana-ruiz'), 'actors[1].id: duplicate id "ana-ruiz"'],
  ['duplicate quote id', (p) => p.quotes.push({ ...p.quotes[0] }), 'quotes[1].id: duplicate id "ruiz-century"'],
  ['duplicate claim id', (p) => (p.claims[1].id = 'bridge-safe'), 'claims[1].id: duplicate id "bridge-safe"'],
  // Oppositions.
  [
    'asymmetric opposes',
    (p) => (p.claims[1].opposes = []),
    'claims[0].opposes[0]: "bridge-unsafe" does not oppose "bridge-safe" in return',
  ],
  ['claim opposing itself', (p) => p.claims[0].opposes.push('bridge-safe'), 'claims[0].opposes[1]: a claim cannot oppose itself'],
  // Text that is not in the article.
  ['quote not in text', (p) => (p.quotes[0].text = 'It will stand forever'), 'quotes[0].text: does not occur verbatim in the article text'],
  [
    'quote with straight quotes',
    (p) => (p.quotes[0].sentence = '"It will stand for another century," Ruiz said.'),
    'quotes[0].sentence: does not occur verbatim in the article text',
  ],
  [
    'sentence without its quote',
    (p) => (p.quotes[0].sentence = 'Mayor Ana Ruiz said on Monday that the old bridge is safe.'),
    'quotes[0].sentence: does not contain the quote',
  ],
  [
    'claim sentence not in text',
    (p) => (p.claims[1].sentences = ['The bridge will collapse.']),
    'claims[1].sentences[0]: does not occur verbatim in the article text',
  ],
];

describe('parsePack on a broken pack', () => {
  it.each(BROKEN)('refuses %s, naming the path', (_name, mutate, expected) => {
    const errors = errorsAfter(mutate);
    expect(errors.length).toBeGreaterThan(0);
    expect(
      errors.some((line) => line.startsWith(expected)),
      `errors were:\n${errors.join('\n')}`,
    ).toBe(true);
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'pack'],
    ['a number', 42],
    ['an empty list', []],
    ['a list holding a pack', [createPack()]],
  ])('refuses %s as not a JSON object', (_name, value) => {
    expect(parsePack(value)).toEqual({ ok: false, errors: ['(pack): must be a JSON object'] });
  });

  it('reports several problems at once', () => {
    const errors = errorsAfter((p) => {
      p.actors[0].aliases[0].text = '';
      p.actors[1].kind = 'alien';
      p.article.url = 'javascript:void 0';
    });
    expect(errors).toEqual(
      expect.arrayContaining([
        'actors[0].aliases[0].text: empty',
        expect.stringMatching(/^actors\[1\]\.kind: must be one of/),
        'article.url: must be an http or https URL',
      ]),
    );
  });

  it('reports several broken references at once', () => {
    const errors = errorsAfter((p) => {
      p.quotes[0].speaker = 'nobody';
      p.claims[1].opposes = [];
      p.claims[0].frame.subject.actors = ['ghost'];
    });
    expect(errors).toHaveLength(3);
  });

  it('never throws, whatever JSON it is given', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parsePack(value);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws when any one field of a valid pack is replaced by another JSON value', () => {
    const paths = leafPaths(createPack());
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, value) => {
        const pack = createPack();
        setAt(pack, path, value);
        const result = parsePack(pack);
        if (!result.ok) for (const line of result.errors) expect(line).toMatch(/^[^:]+: \S/);
      }),
      { numRuns: 300 },
    );
  });
});

describe('formatPath and formatIssues', () => {
  it('writes paths as a person would', () => {
    expect(formatPath(['actors', 3, 'aliases', 0, 'text'])).toBe('actors[3].aliases[0].text');
    expect(formatPath(['claims', 0, 'frame', 'evidence', 1, 2])).toBe('claims[0].frame.evidence[1][2]');
    expect(formatPath([])).toBe('(pack)');
  });

  it('caps the list and says how many more there are', () => {
    const issues = Array.from({ length: 25 }, (_, i) => ({ code: 'custom' as const, path: ['actors', i], message: 'bad', input: null }));
    const lines = formatIssues(issues, 20);
    expect(lines).toHaveLength(21);
    expect(lines[0]).toBe('actors[0]: bad');
    expect(lines[20]).toBe('… and 5 more problems');
  });
});

/** Every path to a leaf value of a JSON-like object, such as ['actors', 0, 'aliases', 1, 'text']. */
function leafPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => leafPaths(item, [...prefix, i]));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => leafPaths(item, [...prefix, key]));
  return [prefix];
}

/** Replaces the value at `path` inside `target`. */
function setAt(target: any, path: (string | number)[], value: unknown): void {
  const parent = path.slice(0, -1).reduce((node, key) => node[key], target);
  parent[path[path.length - 1] as string | number] = value;
}

/** The same pack in format 1, whose claims were cue lists, as the options page could export it before format 3. */
function createLegacyPack(): Record<string, any> {
  const pack: Record<string, any> = { ...createPack(), schemaVersion: 1 };
  pack.claims = [
    {
      id: 'bridge-safe',
      statement: 'The old bridge is safe.',
      speakers: ['ana-ruiz'],
      when: 'Monday',
      quotes: ['ruiz-century'],
      sentences: ['Mayor Ana Ruiz said on Monday that the old bridge is safe.'],
      opposes: ['bridge-unsafe'],
      cues: {
        topic: [{ label: 'bridge', terms: ['bridge'] }],
        polarity: 'positive',
        markers: { label: 'safe', terms: ['safe', 'will stand'] },
        evidence: [
          [
            { label: 'mayor', actors: ['ana-ruiz'] },
            { label: 'century', terms: ['century'] },
          ],
        ],
      },
    },
    {
      id: 'bridge-unsafe',
      statement: 'The old bridge is unsafe and must close.',
      speakers: ['engineers-union'],
      sentences: ['The engineers’ union says the bridge is unsafe and must close.'],
      opposes: ['bridge-safe'],
      cues: {
        topic: [{ label: 'bridge', terms: ['bridge'] }],
        polarity: 'negative',
        markers: { label: 'unsafe', terms: ['unsafe', 'must close'], actors: ['engineers-union'] },
      },
    },
  ];
  return pack;
}

describe('parsePack on a format-1 pack (cue lists)', () => {
  it('migrates every claim to a frame, with nothing of the cues lost', () => {
    const result = parsePack(createLegacyPack());
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (!result.ok) return;
    expect(result.value.schemaVersion).toBe(PACK_SCHEMA_VERSION);
    const [safe, unsafe] = result.value.claims;
    expect(safe?.frame.subject).toEqual({ label: 'bridge', actors: [], terms: ['bridge'], concepts: [] });
    // "safe" is a concept of the vocabulary; "will stand" is kept as the pack's own words.
    expect(safe?.frame.predicate.concepts).toEqual(['safe']);
    expect(safe?.frame.predicate.terms).toEqual(['will stand']);
    expect(safe?.frame.stance).toBe('asserted');
    expect(safe?.frame.evidence).toEqual([
      [
        { label: 'mayor', actors: ['ana-ruiz'], terms: [], concepts: [] },
        { label: 'century', actors: [], terms: ['century'], concepts: [] },
      ],
    ]);
    // The actor a marker named joins the subject, so that a mention still fills the frame.
    expect(unsafe?.frame.subject.actors).toEqual(['engineers-union']);
    expect(unsafe?.frame.predicate.terms).toEqual(expect.arrayContaining(['unsafe', 'must close']));
    expect(safe?.opposes).toEqual(['bridge-unsafe']);
  });

  it('names the place in the old cues when they are broken', () => {
    const pack = createLegacyPack();
    pack.claims[0].cues.topic = [];
    const result = parsePack(pack);
    expect(result.ok ? [] : result.errors).toContain('claims[0].cues.topic: needs at least one topic group');
  });
});
