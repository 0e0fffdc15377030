import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createAliasIndex, isWordEnd, isWordStart, type AliasEntry } from '../../../src/core/alias-index';
import { countWords, foldString, foldText } from '../../../src/core/normalize';

interface Entry extends AliasEntry {
  id: string;
}

const index = createAliasIndex<Entry>([
  { id: 'isis', text: 'ISIS', caseSensitive: true },
  { id: 'is', text: 'IS', caseSensitive: true },
  { id: 'state', text: 'Islamic State' },
  { id: 'state-group', text: 'Islamic State group' },
  { id: 'sudani', text: 'al-Sudani' },
  { id: 'sudani-short', text: 'Sudani' },
  { id: 'pm', text: 'Iraqi Prime Minister Mohammed Shia al-Sudani' },
  { id: 'ar', text: 'السوداني' },
  { id: 'us', text: 'U.S.', caseSensitive: true },
]);

/** The longest non-overlapping hits, as the matcher picks them. */
function find(text: string): [string, string][] {
  const out: [string, string][] = [];
  let lastEnd = -1;
  for (const hit of index.find(foldText(text))) {
    if (hit.start < lastEnd) continue;
    out.push([text.slice(hit.start, hit.end), hit.entries[0]!.id]);
    lastEnd = hit.end;
  }
  return out;
}

describe('createAliasIndex', () => {
  it('lets the longest form win', () => {
    expect(find('Iraqi Prime Minister Mohammed Shia al-Sudani spoke.')).toEqual([['Iraqi Prime Minister Mohammed Shia al-Sudani', 'pm']]);
    expect(find('The Islamic State group struck.')).toEqual([['Islamic State group', 'state-group']]);
    expect(find('The Islamic State struck.')).toEqual([['Islamic State', 'state']]);
  });

  it('finds names whatever the hyphen, space or case', () => {
    for (const form of ['al-Sudani', 'al Sudani', 'Al Sudani', 'al\u2011Sudani', 'AL-SUDANI', 'al\u00a0Sudani']) {
      expect(find(`Then ${form} said.`)).toEqual([[form, 'sudani']]);
    }
  });

  it('checks word boundaries on the original text, for accented letters and Arabic too', () => {
    expect(find('Sudanis and ISISx and Isisí and crisis')).toEqual([]);
    // A hyphen is a boundary: "pro-Sudani" mentions Sudani, "xal-Sudani" is not "al-Sudani".
    expect(find('xal-Sudani')).toEqual([['Sudani', 'sudani-short']]);
    // Arabic joins "and", "with", "to" to the next word: "والسوداني" is "and al-Sudani".
    expect(find('والسوداني')).toEqual([['السوداني', 'ar']]);
    expect(find('بالسوداني')).toEqual([['السوداني', 'ar']]);
    // Three letters before it are a word of their own, not clitics.
    expect(find('كتبالسوداني')).toEqual([]);
    expect(find('قال السوداني إن')).toEqual([['السوداني', 'ar']]);
  });

  it('allows a possessive after a name but leaves it out of the mention', () => {
    expect(find("Sudani’s office and ISIS's fighters")).toEqual([
      ['Sudani', 'sudani-short'],
      ['ISIS', 'isis'],
    ]);
    expect(find('O’Sudani')).toEqual([]);
  });

  it('matches case-sensitive forms only with the same case', () => {
    expect(find('Isis the goddess; isis; ISIS fighters')).toEqual([['ISIS', 'isis']]);
    expect(find('this is it, IS fighters')).toEqual([['IS', 'is']]);
    expect(find('U.S. troops and u.s. lower')).toEqual([['U.S.', 'us']]);
  });

  it('falls back to a shorter form when the longer one fails its boundary', () => {
    const small = createAliasIndex<Entry>([
      { id: 'long', text: 'Islamic States' },
      { id: 'short', text: 'Islamic State' },
    ]);
    const hits = small.find(foldText('the Islamic Statesman and the Islamic State'));
    expect(hits.map((h) => h.entries[0]!.id)).toEqual(['short']);
  });

  it('property: every hit maps to original text that folds to the alias', () => {
    const forms = ['ISIS', 'Islamic State', 'al-Sudani', 'Sudani'];
    const piece = fc.oneof(
      fc.constantFrom(...forms, ' ', '-', '’s', 'x', 'É', '\u00a0', '\u200b', '.', 'islamic state', 'SUDANI'),
      fc.string({ maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        for (const hit of index.find(foldText(text))) {
          const slice = text.slice(hit.start, hit.end);
          expect(hit.entries.some((e) => foldString(e.text) === foldString(slice).trim())).toBe(true);
          expect(isWordStart(text, hit.start) && isWordEnd(text, hit.end)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('property: finds exactly the hits a naive scan of every form at every place finds', () => {
    const entries: Entry[] = [
      { id: 'isis', text: 'ISIS', caseSensitive: true },
      { id: 'state', text: 'Islamic State' },
      { id: 'state-group', text: 'Islamic State group' },
      { id: 'sudani', text: 'al-Sudani' },
      { id: 'sudani-short', text: 'Sudani' },
      { id: 'us', text: 'U.S.', caseSensitive: true },
      { id: 'us-led', text: 'U.S.-led coalition' },
      { id: 'obrien', text: 'O’Brien' },
      { id: 'ar', text: 'السوداني' },
      { id: 'dot', text: '.gov' },
    ];
    const small = createAliasIndex<Entry>(entries);
    /** The reference: every entry compared at every place, with the index's boundary rules. */
    const naive = (text: string): string[] => {
      const folded = foldText(text);
      const out: string[] = [];
      for (let fs = 0; fs < folded.text.length; fs++) {
        for (const e of entries) {
          const key = foldString(e.text).trim();
          if (!folded.text.startsWith(key, fs)) continue;
          const wordStart = /[\p{L}\p{N}]/u.test(key[0]!);
          if (wordStart && fs > 0 && /[a-z0-9]/.test(folded.text[fs - 1]!)) continue;
          const start = folded.startOf(fs);
          const end = folded.endOf(fs + key.length - 1);
          if (wordStart && !isWordStart(text, start)) continue;
          if (/[\p{L}\p{N}]/u.test(key[key.length - 1]!) && !isWordEnd(text, end)) continue;
          if (
            e.caseSensitive &&
            foldString(text.slice(start, end), { caseFold: false }).trim() !== foldString(e.text, { caseFold: false }).trim()
          )
            continue;
          out.push(`${start}-${end}:${e.id}`);
        }
      }
      return out.sort();
    };
    const piece = fc.oneof(
      fc.constantFrom(
        'ISIS',
        'Isis',
        'Islamic State',
        'group',
        'al-Sudani',
        'Sudani',
        'U.S.',
        '-led',
        ' coalition',
        'O’Brien',
        'السوداني',
        'و',
        '.gov',
      ),
      fc.constantFrom(' ', '-', '’s', "'s", 'x', 's', 'É', '\u00a0', '\u200b', '.', ',', 'مع'),
      fc.string({ maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (parts) => {
        const text = parts.join('');
        const got = small
          .find(foldText(text))
          .flatMap((h) => h.entries.map((e) => `${h.start}-${h.end}:${e.id}`))
          .sort();
        expect(got).toEqual(naive(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds a name in a megabyte of text in one pass, compiling no pattern per alias or per call', () => {
    const text = 'Some ordinary words about a city council meeting and the weather. '.repeat(15_000) + 'Sudani';
    const folded = foldText(text);
    index.find(foldText('warm up the index once'));
    // Counted, not timed (speed is the bench's to measure): a search builds no RegExp of its own.
    const Native = globalThis.RegExp;
    let built = 0;
    globalThis.RegExp = new Proxy(Native, {
      construct(target, args: [string | RegExp, string?]) {
        built++;
        return new target(...args);
      },
      apply(target, _this, args: [string | RegExp, string?]) {
        built++;
        return target(...args);
      },
    });
    try {
      const hits = index.find(folded);
      expect(hits.map((h) => h.entries[0]!.id)).toEqual(['sudani-short']);
    } finally {
      globalThis.RegExp = Native;
    }
    expect(built).toBe(0);
  });
});

describe('the word count of find', () => {
  /** Runs of letters, digits and marks in the folded text: what the page rules weigh a page against. */
  const runs = (text: string): number => foldText(text).text.match(/[\p{L}\p{N}\p{M}]+/gu)?.length ?? 0;
  const tallied = (ix: { find: typeof index.find }, text: string): number => {
    const tally = { words: -1 };
    ix.find(foldText(text), tally);
    return tally.words;
  };

  it('counts the words of a block as it looks for names, in any script', () => {
    expect(tallied(index, 'Iraqi Prime Minister Mohammed Shia al-Sudani said on Monday.')).toBe(10);
    expect(tallied(index, '  والسوداني قال إن داعش — ٢٠٢٤ ')).toBe(5);
    // A possessive is one word with its name, as folding drops the apostrophe.
    expect(tallied(index, 'Sudani’s office: U.S. troops')).toBe(5);
    expect(tallied(index, '')).toBe(0);
  });

  it('counts words with an index that holds no form', () => {
    expect(tallied(createAliasIndex<Entry>([]), 'No form here, only words.')).toBe(5);
  });

  it('property: the same count as the runs of word characters of the folded text, and as countWords where folding keeps every word', () => {
    const piece = fc.oneof(
      fc.constantFrom('ISIS', 'Islamic State', 'al-Sudani', ' ', '-', '.', ', ', 'É', 'داعش', '\u00a0', '2024', 'x'),
      fc.string({ maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        expect(tallied(index, text)).toBe(runs(text));
        if (/^[\x20-\x26\x28-\x5f\x61-\x7e]*$/.test(text)) expect(tallied(index, text)).toBe(countWords(text));
      }),
      { numRuns: 1000 },
    );
  });
});
