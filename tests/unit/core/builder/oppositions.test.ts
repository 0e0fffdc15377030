/**
 * The opposition signals of builder/oppositions.ts, on short texts of our own: each signal links
 * the two speakers it names and keeps the article's words as the reason; look-alikes link nothing.
 */
import { describe, expect, it } from 'vitest';
import { buildPack } from '../../../../src/core/builder';
import { parsePack, type Pack } from '../../../../src/core/pack';

function build(text: string): Pack {
  const parsed = parsePack(buildPack({ text }).pack);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.value;
}

/** The pairs of speaker names whose claims the pack links, sorted, once each. */
function opposedSpeakers(pack: Pack): string[] {
  const name = (id: string): string => pack.actors.find((a) => a.id === id)?.name ?? id;
  const who = (ids: readonly string[]): string => ids.map(name).join('+') || 'article';
  const byId = new Map(pack.claims.map((c) => [c.id, c]));
  const pairs = new Set<string>();
  for (const c of pack.claims) for (const o of c.opposes) pairs.add([who(c.speakers), who(byId.get(o)!.speakers)].sort().join(' <> '));
  return [...pairs].sort();
}

describe('oppositions from general signals', () => {
  it('links an accuser to the accused, with the accusation as the reason', () => {
    const pack = build(
      [
        'Mayor Lena Ortiz said on Monday that the new bridge will open in May.',
        'Council member Tom Bradley accused Ortiz of hiding the cost overruns from voters.',
      ].join('\n'),
    );
    expect(opposedSpeakers(pack)).toEqual(['Lena Ortiz <> Tom Bradley']);
    const accuser = pack.claims.find((c) => c.speakers.some((id) => pack.actors.find((a) => a.id === id)?.name === 'Tom Bradley'))!;
    expect(accuser.linkedBecause[0]).toMatchObject({ rule: 'accuses', why: 'accuses the other side' });
    expect(accuser.linkedBecause[0]!.words).toContain('accused Ortiz of hiding');
  });

  it('sets a watchdog whose critical report names nobody against the body it belongs to by its name', () => {
    const agency = 'The Ferry Agency said on Monday that the new boats will sail in May.';
    const report = (words: string): string =>
      `On Monday the Ferry Agency’s Office of the Inspector General issued ${words} that described “rust, leaks and long delays”.`;
    expect(opposedSpeakers(build([agency, report('two sharply critical reviews')].join('\n')))).toEqual([
      'Ferry Agency <> Ferry Agency’s Office of the Inspector General',
    ]);
    expect(opposedSpeakers(build([agency, report('two short reports')].join('\n')))).toEqual([]);
  });

  it('sets a speaker who urges another speaker to act against them, and not one who urges the public', () => {
    const pack = build(
      [
        'Mayor Lena Ortiz said on Monday that the port will stay closed until spring.',
        'Fishing guild head Tom Bradley urged Ortiz to open the port before the winter season.',
        'Doctor Ana Gil urged the public to stay calm and said that the water is clean.',
      ].join('\n'),
    );
    expect(opposedSpeakers(pack)).toEqual(['Lena Ortiz <> Tom Bradley']);
  });

  it('sets the prosecution against the defence by the roles named with the speakers, not by roles named near others', () => {
    const pack = build(
      [
        'District Attorney Ruth Okafor said that the driver had been warned twice before the crash.',
        'Dan Moss, the driver’s lawyer, said that his client had never been warned.',
        'Witness Eve Lund, who had once hired a defence lawyer, said that the road was icy.',
      ].join('\n'),
    );
    expect(opposedSpeakers(pack)).toEqual(['Dan Moss <> Ruth Okafor']);
    expect(pack.claims.flatMap((c) => c.linkedBecause.map((r) => r.rule))).toContain('defence-role');
  });

  it('sets the accused who denies the charges against the prosecutor, and not one who pleaded guilty', () => {
    const pack = build(
      [
        'Director of Public Prosecutions Ruth Okafor said that the evidence against the driver was strong.',
        'Dan Moss, who denies the charges, said that he had never driven the van.',
        'Cook Ada Voss, who pleaded guilty to a charge of theft in 2019, said that the van was red.',
      ].join('\n'),
    );
    expect(opposedSpeakers(pack)).toEqual(['Dan Moss <> Ruth Okafor']);
    const accused = pack.claims.find((c) => c.linkedBecause.some((r) => r.rule === 'accused-denies'));
    expect(accused?.linkedBecause.map((r) => r.words).join(' ')).toContain('who denies the charges');
  });

  it('sets a speaker who finds fault with another speaker’s conduct against them, and not one who blames no speaker', () => {
    const pack = build(
      [
        'Mayor Lena Ortiz said on Monday that the new stadium will pay for itself.',
        'Economist Tom Bradley said that Ortiz’s “reckless spending” had emptied the city fund.',
        'Engineer Ana Gil said that the builders’ reckless spending had raised the price of steel.',
      ].join('\n'),
    );
    expect(opposedSpeakers(pack)).toEqual(['Lena Ortiz <> Tom Bradley']);
    const bradley = pack.claims.find((c) => c.linkedBecause.some((r) => r.rule === 'faults-conduct'));
    expect(bradley?.linkedBecause[0]).toMatchObject({ why: 'finds fault with how the other side acts' });
  });

  it('finds a fault with "the company’s leadership" with the one speaker who heads a body, and with nobody when two might', () => {
    const chairman = 'Chairman Tom Bradley said on Monday that the job cuts will make the firm leaner.';
    const union = 'The Staff Union said that it will not be silenced by the greed of the company’s leadership.';
    expect(opposedSpeakers(build([chairman, union].join('\n')))).toEqual(['Staff Union <> Tom Bradley']);
    const twoHeads = [chairman, 'Chief executive Ana Gil said that the job cuts were needed.', union].join('\n');
    expect(opposedSpeakers(build(twoHeads))).toEqual([]);
  });

  it('goes on with a "However" into the next report of another speaker, and not into one of the side it answers', () => {
    const pack = build(
      [
        'Health Minister Rui Costa said that the clinic will stay open all winter.',
        'However, the Nurses Guild said that half of its staff would leave in December.',
        'Doctor Luis Prado said that the clinic had no beds left for the night.',
      ].join('\n'),
    );
    expect(opposedSpeakers(pack)).toEqual(['Luis Prado <> Rui Costa', 'Nurses Guild <> Rui Costa']);
    const answered = build(
      [
        'Health Minister Rui Costa said that the clinic will stay open all winter.',
        'However, the Nurses Guild said that half of its staff would leave in December.',
        'Costa and his deputy Luis Prado said that new nurses would start in January.',
      ].join('\n'),
    );
    expect(opposedSpeakers(answered)).toEqual(['Nurses Guild <> Rui Costa']);
  });

  it('links a denial to the speaker just before it when it names nobody', () => {
    const pack = build(
      [
        'The Harbour Union said that the port owners had cut the night shift without warning.',
        'Port director Ada Voss denied the claim on Tuesday and said the shift had been moved, not cut.',
      ].join('\n'),
    );
    expect(opposedSpeakers(pack)).toEqual(['Ada Voss <> Harbour Union']);
  });

  it('sets a speaker against the one before when the article opens with "However"', () => {
    const pack = build(
      [
        'Health Minister Rui Costa said that the clinic will stay open all winter.',
        'However, the Nurses Guild said that half of its staff would leave in December.',
      ].join('\n'),
    );
    expect(opposedSpeakers(pack)).toEqual(['Nurses Guild <> Rui Costa']);
    expect(pack.claims.flatMap((c) => c.linkedBecause.map((r) => r.words))).toContain(
      'However, the Nurses Guild said that half of its staff would leave in December.',
    );
  });

  it('sets every co-subject of "However, X and Y said" against the one before', () => {
    const pack = build(
      [
        'Health Minister Rui Costa said that the clinic will stay open all winter.',
        'However, Nurse Ana Gil and Doctor Luis Prado said that the clinic would close in December.',
        '“We have no staff left for the night shift,” Prado said.',
        '“Half of the beds are empty already,” Gil said.',
      ].join('\n'),
    );
    expect(opposedSpeakers(pack)).toEqual(['Ana Gil <> Rui Costa', 'Luis Prado <> Rui Costa']);
  });

  it('does not set two speakers against each other by their stances when both answer the same side', () => {
    const pack = build(
      [
        'Mayor Lena Ortiz said that the old bridge is safe for cars.',
        'However, Engineer Ana Gil and Inspector Tom Reyes said that the bridge should close.',
        '“The bridge is no longer safe,” Gil said.',
        '“The bridge is still safe for walkers, not for cars,” Reyes said.',
      ].join('\n'),
    );
    const pairs = opposedSpeakers(pack);
    expect(pairs).toContain('Ana Gil <> Lena Ortiz');
    expect(pairs).not.toContain('Ana Gil <> Tom Reyes');
  });

  it('sets the two subjects of "While X …, Y …" against each other', () => {
    const pack = build(
      [
        'Coach Dana Pike said that the referee made the right call.',
        'Captain Leo Marsh said that the referee had ruined the match.',
        'While Pike wants the result to stand, Marsh asked the league to replay the game.',
      ].join('\n'),
    );
    expect(opposedSpeakers(pack)).toEqual(['Dana Pike <> Leo Marsh']);
  });

  it('sets the article’s “critics say” against the actor the critics answer', () => {
    const pack = build(
      [
        'Mayor Lena Ortiz said on Monday that the new tax will pay for three schools.',
        'Critics say the tax from Ortiz will not pay for a single school before 2030.',
      ].join('\n'),
    );
    expect(opposedSpeakers(pack)).toEqual(['Lena Ortiz <> article']);
    expect(pack.claims.flatMap((c) => c.linkedBecause.map((r) => r.rule))).toContain('critics-say');
  });

  it('does not link a speaker who only goes on with "but" in their own words, nor the article’s analysis', () => {
    const pack = build(
      [
        'Mayor Lena Ortiz said that the bridge will open in May.',
        '“It was hard, but we kept to the budget,” Ortiz said.',
        'But the bridge has cost more than any other in the region.',
      ].join('\n'),
    );
    expect(opposedSpeakers(pack)).toEqual([]);
  });
});
