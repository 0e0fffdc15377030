import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createMatcher, type Mention } from '../../../src/core/matcher';
import { testPack } from './test-pack';
import { loadEmbeddedPack } from '../../../src/core/embedded-pack';

const matcher = createMatcher(testPack);

describe('createMatcher', () => {
  it("keeps each block's rejections its own, though the rules count them into one shared map", () => {
    const seed = createMatcher(loadEmbeddedPack());
    const shouted = seed.scanBlock('BREAKING: ISIS FIGHTERS SEIZE TOWN');
    const quiet = seed.scanBlock('Prime Minister Leahy met the press.');
    const conditional = seed.scanBlock('If ISIS no longer poses a threat, troops may leave.');
    expect([...shouted.rejected]).toEqual([['acronym-in-shouted-text', 1]]);
    expect(quiet.rejected.size).toBe(0);
    expect([...conditional.rejected]).toEqual([['claim-not-asserted:condition', 2]]);
  });

  it('returns one array per block, with offsets into that block', () => {
    const blocks = ['Sudani met Kevin C. Leahy.', '', 'Nothing here.', 'Daesh remains a threat.'];
    const result = matcher.resolve(blocks.map((b) => matcher.scanBlock(b)));
    expect(result).toHaveLength(4);
    result.forEach((mentions, b) => {
      for (const m of mentions) expect(blocks[b]!.slice(m.start, m.end)).toBe(m.text);
    });
    expect(result[0]!.map((m) => m.id)).toEqual(['al-sudani', 'kevin-leahy']);
    expect(result[3]!.map((m) => `${m.kind}:${m.id}`)).toEqual(['claim:isis-still-a-threat', 'actor:isis']);
  });

  it('takes a place a paragraph leaves unsaid from the page, when the page names it and the sentence names no other country', () => {
    const seed = createMatcher(loadEmbeddedPack());
    const claimsOn = (blocks: string[]): string[] =>
      seed
        .resolve(blocks.map((b) => seed.scanBlock(b)))
        .flat()
        .filter((m) => m.kind === 'claim')
        .map((m) => m.id);
    const sentence = 'Washington is in no hurry to bring its soldiers home.';
    expect(claimsOn(['Prime Minister Mohammed Shia al-Sudani spoke in Baghdad about Iraq on Monday.', sentence])).toEqual([
      'us-reluctant-to-leave',
    ]);
    expect(
      claimsOn([
        'Prime Minister Mohammed Shia al-Sudani spoke in Baghdad about Iraq on Monday.',
        'Washington is in no hurry to bring its soldiers home from Syria.',
      ]),
    ).toEqual([]);
    expect(claimsOn(['Prime Minister Mohammed Shia al-Sudani spoke on Monday.', sentence])).toEqual([]);
  });

  it('gives a bare nominal idea the doer the sentence before named, unless "of" or "by" names another', () => {
    const seed = createMatcher(loadEmbeddedPack());
    const claimsIn = (block: string): string[] =>
      seed
        .resolve([seed.scanBlock(block)])
        .flat()
        .filter((m) => m.kind === 'claim')
        .map((m) => m.id);
    expect(claimsIn('Some 2,000 US troops are still stationed in Iraq. Baghdad has called for a withdrawal by next summer.')).toEqual([
      'us-troops-should-leave',
    ]);
    expect(claimsIn('Some 2,000 US troops are still stationed in Iraq. Baghdad has called for a withdrawal of the militias.')).toEqual([]);
    expect(claimsIn('Some 2,000 US troops are still stationed in Iraq. Baghdad has called for a withdrawal by the militias.')).toEqual([]);
  });

  it('says a block holds nothing only when it resolves to nothing in any page context', () => {
    // The scanner keeps only the page keys of such blocks (src/content/scanner.ts), so this must hold.
    expect(matcher.holdsNothing(matcher.scanBlock('The council reviewed the budget.'))).toBe(true);
    expect(matcher.holdsNothing(matcher.scanBlock('Sudani met the council.'))).toBe(false);
    const pages = [matcher.pageContext(new Map()), matcher.pageContext(matcher.pageKeys(matcher.scanBlock('Daesh remains a threat.')))];
    const words = [
      'Sudani',
      'ISIS',
      'IS',
      'Daesh',
      'the coalition',
      'Leahy',
      'said',
      'is',
      'no longer',
      'a threat',
      'remains',
      'the',
      'council',
      'weather',
      '.',
      '(IS)',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 10 }), (parts) => {
        const scan = matcher.scanBlock(parts.join(' '));
        if (!matcher.holdsNothing(scan)) return;
        for (const page of pages) expect(matcher.resolveBlock(scan, page)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('never matches across blocks', () => {
    const result = matcher.resolve(['Islamic', 'State fighters'].map((b) => matcher.scanBlock(b)));
    expect(result.flat()).toEqual([]);
  });

  it('finds a name with zero-width characters or soft hyphens inside and highlights all of it', () => {
    const text = 'Su\u00addani and Da\u200besh';
    const [mentions] = matcher.resolve([matcher.scanBlock(text)]);
    expect(mentions!.map((m) => m.text)).toEqual(['Su\u00addani', 'Da\u200besh']);
  });

  it('is pure: scanning a block twice gives the same result', () => {
    const text = 'Prime Minister Mohammed Shia al-Sudani said ISIS is no longer a threat.';
    expect(matcher.scanBlock(text)).toEqual(matcher.scanBlock(text));
  });

  it('lets the caller choose which actors to highlight', () => {
    const only = createMatcher(testPack, { actorIds: ['isis'] });
    const [mentions] = only.resolve([only.scanBlock('Sudani said ISIS is no longer a threat.')]);
    expect(mentions!.map((m) => `${m.kind}:${m.id}`)).toEqual(['claim:isis-no-longer-a-threat', 'actor:isis']);
  });

  it('property: actor mentions never overlap and always map to the block text', () => {
    const piece = fc.constantFrom(
      'ISIS',
      'IS',
      'Islamic State group',
      'al-Sudani',
      'Prime Minister',
      'Haider',
      'Leahy',
      'Kevin C. Leahy',
      'the coalition',
      ' ',
      '. ',
      'remains a threat',
      'no longer',
      '’s',
      '-',
      'US troops',
      '\u00a0',
      'x',
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.array(piece, { maxLength: 12 }).map((p) => p.join('')),
          { maxLength: 4 },
        ),
        (blocks) => {
          const result = matcher.resolve(blocks.map((b) => matcher.scanBlock(b)));
          result.forEach((mentions: Mention[], b) => {
            let lastEnd = -1;
            for (const m of mentions) {
              expect(blocks[b]!.slice(m.start, m.end)).toBe(m.text);
              if (m.kind !== 'actor') continue;
              expect(m.start).toBeGreaterThanOrEqual(lastEnd);
              lastEnd = m.end;
            }
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
