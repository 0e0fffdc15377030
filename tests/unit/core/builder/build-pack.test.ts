import { describe, expect, it } from 'vitest';
import { buildPack, type BuildProgress } from '../../../../src/core/builder';
import { PASSES } from '../../../../src/core/builder/build-pack';
import { parsePack, type Pack } from '../../../../src/core/pack';

/** A short article written for these tests: two sides of one dispute, with figures. */
const ARTICLE = [
  'Drought dispute splits Kenya and aid agency',
  'Kenya’s Water Minister Amina Wanjiru said on Monday that the drought is no longer a danger to the north, and that foreign aid workers should leave the region by June.',
  '“The rains have returned and our wells are full again,” Wanjiru told reporters in Nairobi.',
  'The East Africa Relief Network (EARN), however, said that the drought is still a danger despite Wanjiru’s words.',
  'The network said its teams counted at least 40 people dead and 300 families displaced in the last month.',
  '“Children are still arriving at our clinics every day,” said its director, Tomas Lindqvist.',
  'The network seems reluctant to meet Wanjiru’s demand, at least not before the harvest.',
].join('\n');

function build(text = ARTICLE): Pack {
  const { pack } = buildPack({ text, url: 'https://news.example/drought', outlet: 'Example News', published: '2025-03-04' });
  const parsed = parsePack(pack);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.value;
}

describe('buildPack', () => {
  it('drafts a pack that parsePack accepts, with the metadata given', () => {
    const pack = build();
    expect(pack.article).toMatchObject({
      title: 'Drought dispute splits Kenya and aid agency',
      outlet: 'Example News',
      published: '2025-03-04',
      url: 'https://news.example/drought',
      language: 'en',
    });
    expect(pack.id).toBe('drought-dispute-splits-kenya-and-aid-agency');
  });

  it('finds the people and organisations, highlighted, and the country, not highlighted', () => {
    const pack = build();
    const byName = new Map(pack.actors.map((a) => [a.name, a]));
    expect(byName.get('Amina Wanjiru')).toMatchObject({ kind: 'person', highlight: true });
    expect(byName.get('Tomas Lindqvist')).toMatchObject({ kind: 'person', highlight: true });
    expect(byName.get('East Africa Relief Network')?.highlight).toBe(true);
    expect(byName.get('Kenya')).toMatchObject({ kind: 'country', highlight: false });
    expect(byName.get('East Africa Relief Network')?.aliases.find((a) => a.text === 'EARN')).toMatchObject({ caseSensitive: true });
  });

  it('attributes both direct quotations to the right people', () => {
    const pack = build();
    const speakerName = (id: string | undefined) => pack.actors.find((a) => a.id === id)?.name;
    const direct = pack.quotes.filter((q) => q.direct).map((q) => [speakerName(q.speaker), q.text.slice(0, 20)]);
    expect(direct).toEqual([
      ['Amina Wanjiru', 'The rains have retur'],
      ['Tomas Lindqvist', 'Children are still a'],
    ]);
  });

  it('pairs "no longer a danger" with "still a danger", symmetrically, on a shared topic', () => {
    const pack = build();
    const noLonger = pack.claims.find((c) => /no longer a danger/.test(c.statement))!;
    const still = pack.claims.find((c) => /still a danger/.test(c.statement))!;
    expect(noLonger.opposes).toContain(still.id);
    expect(still.opposes).toContain(noLonger.id);
    // One question, two stances: the frames share subject and predicate, so a page sentence is
    // told apart by its stance ("no longer" against "still").
    expect(noLonger.frame.stance).toBe('ended');
    expect(still.frame.stance).toBe('continuing');
    expect(noLonger.frame.subject).toEqual(still.frame.subject);
    expect(noLonger.frame.subject.terms).toContain('drought');
    expect(noLonger.frame.predicate.concepts).toEqual(['threat']);
    expect(still.frame.predicate.concepts).toEqual(['threat']);
  });

  it('pairs a demand with the reluctance to meet it', () => {
    const pack = build();
    const demand = pack.claims.find((c) => /should leave/.test(c.statement))!;
    const reluctant = pack.claims.find((c) => /reluctant/.test(c.statement))!;
    expect(demand.opposes).toEqual([reluctant.id]);
    expect(reluctant.opposes).toEqual([demand.id]);
  });

  it('links claims to their quotes and sentences, and keeps the figures as evidence', () => {
    const pack = build();
    const noLonger = pack.claims.find((c) => /no longer a danger/.test(c.statement))!;
    expect(noLonger.speakers).toEqual([pack.actors.find((a) => a.name === 'Amina Wanjiru')!.id]);
    expect(noLonger.when).toBe('Monday');
    expect(noLonger.quotes.length).toBeGreaterThan(0);
    for (const s of noLonger.sentences) expect(pack.text).toContain(s);
    const evidence = pack.claims.flatMap((c) => c.evidence).join(' | ');
    expect(evidence).toMatch(/40 people dead/);
  });

  it('still returns a valid pack for a text that names nobody', () => {
    const { pack, warnings } = buildPack({ text: 'it rained. then it stopped.' });
    expect(parsePack(pack).ok).toBe(true);
    expect(warnings.length).toBeGreaterThan(0);
  });

  it('tells the caller of each pass as it starts, in order, and drafts the same pack as without a listener', () => {
    const seen: BuildProgress[] = [];
    const followed = buildPack({ text: ARTICLE }, { onProgress: (progress) => seen.push(progress) });
    expect(seen.map((p) => p.pass)).toEqual(PASSES.map(([name]) => name));
    expect(seen.map((p) => p.done)).toEqual(PASSES.map((_, i) => i));
    expect(new Set(seen.map((p) => p.total))).toEqual(new Set([PASSES.length]));
    expect(followed).toEqual(buildPack({ text: ARTICLE }));
  });

  it('stops on a listener that throws, instead of skipping the pass as if the pass had failed', () => {
    expect(() =>
      buildPack(
        { text: ARTICLE },
        {
          onProgress: ({ pass }) => {
            if (pass === 'quotes') throw new Error('listener failed');
          },
        },
      ),
    ).toThrow('listener failed');
  });

  it('drafts a valid pack from a ten-kilobyte article (its speed is measured by npm run bench, not asserted here)', () => {
    const long = Array.from({ length: 9 }, () => ARTICLE).join('\n');
    expect(parsePack(buildPack({ text: long }).pack).ok).toBe(true);
  });
});

describe('buildPack cues with the matching engine', () => {
  it('lets the matcher find each side of the dispute on another page', async () => {
    const { createMatcher } = await import('../../../../src/core/matcher');
    const matcher = createMatcher(build());
    const claimsIn = (text: string): string[] =>
      matcher
        .resolve([matcher.scanBlock(text)])
        .flat()
        .filter((m) => m.kind === 'claim')
        .map((m) => m.id);
    const pack = build();
    const noLonger = pack.claims.find((c) => /no longer a danger/.test(c.statement))!.id;
    const still = pack.claims.find((c) => /still a danger/.test(c.statement))!.id;
    expect(claimsIn('Officials in Nairobi argue the drought is no longer a danger to anyone.')).toEqual([noLonger]);
    expect(claimsIn('Aid groups warn that the drought is still a danger in the north.')).toEqual([still]);
    expect(claimsIn('The drought began two years ago.')).toEqual([]);
  });

  it('writes claims as frames of the shared vocabulary, so that other words for the same idea match', async () => {
    const { createMatcher } = await import('../../../../src/core/matcher');
    const pack = build();
    const matcher = createMatcher(pack);
    const claimsIn = (text: string): string[] =>
      matcher
        .resolve([matcher.scanBlock(text)])
        .flat()
        .filter((m) => m.kind === 'claim')
        .map((m) => m.id);
    const byStatement = (re: RegExp): string => pack.claims.find((c) => re.test(c.statement))!.id;
    const noLonger = byStatement(/no longer a danger/);
    const still = byStatement(/still a danger/);
    const leave = byStatement(/should leave/);
    const reluctant = byStatement(/reluctant/);
    // None of these words is in the article: "menace", "threatening", "pull out", "in no hurry".
    expect(claimsIn('The drought has stopped threatening the north, the ministry says.')).toEqual([noLonger]);
    expect(claimsIn('The drought remains a menace to farmers, relief workers warn.')).toEqual([still]);
    expect(claimsIn('The minister wants the foreign aid workers to pull out by June.')).toEqual([leave]);
    // The network's answer to the demand takes the demand's frame, with the opposite stance.
    expect(claimsIn('The aid workers are in no hurry to leave.')).toEqual([reluctant]);
    // Questions, conditions and other subjects state nothing.
    expect(claimsIn('Is the drought still a danger?')).toEqual([]);
    expect(claimsIn('If the drought remains a danger, the harvest will fail.')).toEqual([]);
    expect(claimsIn('The flood remains a danger to the town.')).toEqual([]);
  });
});

describe('buildPack on awkward text', () => {
  it('keeps a pack valid when the text has no full stops at all', () => {
    const runOn = Array.from({ length: 120 }, (_, i) => `“we are ready,” Ana Lima said, the port ${i} is open, the ministry said`).join(
      ', ',
    );
    const { pack } = buildPack({ text: runOn });
    expect(parsePack(pack).ok).toBe(true);
  });
});
