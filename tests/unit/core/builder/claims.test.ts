import { describe, expect, it } from 'vitest';
import { buildPack } from '../../../../src/core/builder';
import { parsePack, type Pack } from '../../../../src/core/pack';

function build(text: string): Pack {
  const parsed = parsePack(buildPack({ text }).pack);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.value;
}

function claim(pack: Pack, pattern: RegExp) {
  const found = pack.claims.find((c) => pattern.test(c.statement));
  if (!found) throw new Error(`no claim matches ${pattern}: ${pack.claims.map((c) => c.statement).join(' | ')}`);
  return found;
}

describe('buildClaims: oppositions', () => {
  it('opposes a rising trend to a falling one, counting "not" before a trend word', () => {
    const pack = build(
      [
        'The Lake Trust said that pollution in the lake rose by a fifth last year.',
        '“Pollution in the lake is falling, not rising,” Water Minister Ana Ruiz said.',
      ].join('\n'),
    );
    const rose = claim(pack, /rose by a fifth/);
    const falling = claim(pack, /falling, not rising/);
    expect(rose.opposes).toEqual([falling.id]);
    expect(falling.opposes).toEqual([rose.id]);
    // Each side as a frame of the vocabulary: pollution rising, against pollution falling (or
    // not rising, which says the same).
    expect(rose.frame.predicate.concepts).toEqual(['increase']);
    expect(rose.frame.stance).toBe('asserted');
    const { concepts } = falling.frame.predicate;
    const fallingSaysDown =
      (concepts.includes('decrease') && falling.frame.stance === 'asserted') ||
      (concepts.includes('increase') && falling.frame.stance === 'negated');
    expect(fallingSaysDown, JSON.stringify(falling.frame)).toBe(true);
  });

  it('sets "X, however, said …" against the other side just before it', () => {
    const pack = build(
      [
        'Mayor Tom Hale said on Friday that the bridge is not safe for lorries.',
        'The Road Safety Board, however, said that lorries could still cross at low speed.',
      ].join('\n'),
    );
    const notSafe = claim(pack, /not safe/);
    const canCross = claim(pack, /still cross/);
    expect(notSafe.opposes).toEqual([canCross.id]);
  });

  it('does not oppose two claims of the same speaker, nor claims on different topics', () => {
    const pack = build(
      [
        'Mayor Tom Hale said that the bridge is no longer safe.',
        'Hale also said that the market is still open on Sundays.',
        'The Road Safety Board said that the school bus is still running.',
      ].join('\n'),
    );
    for (const c of pack.claims) expect(c.opposes).toEqual([]);
  });

  it('keeps figures as evidence of the claim they support, in words and as frame slots', () => {
    const pack = build(
      [
        'The Border Monitors said that the ceasefire is no longer holding.',
        'The monitors said their teams had counted at least 14 fighters killed and three soldiers wounded since Monday.',
      ].join('\n'),
    );
    const c = claim(pack, /no longer holding/);
    expect(c.evidence).toEqual(['At least 14 fighters killed', 'Three soldiers wounded']);
    expect(c.frame.evidence.map((set) => set.map((g) => g.terms.join('/')))).toEqual([
      ['killed', 'fighters'],
      ['wounded', 'soldiers'],
    ]);
    expect(pack.claims).toHaveLength(1);
  });
});

describe('buildClaims: sides', () => {
  it("answers a body's claim when its spokesman made it, and gives a stance sentence to its subject", () => {
    const pack = build(
      [
        'Chilean troops have retaken the port of Arica from the R7 militia, the army said Monday, but the militia denied it.',
        '"The port is calm and fully under our control," army spokesman Col. Pablo Rojas told reporters.',
        "R7 spokesman Dario Vega rejected the army's account. R7 fighters were seen in the harbour on Tuesday.",
      ].join('\n'),
    );
    const byName = new Map(pack.actors.map((a) => [a.name, a]));
    expect(byName.get('Pablo Rojas')?.role).toBe('army spokesman');
    expect(byName.get('R7')?.kind).toBe('armed-group');
    const armyClaim = claim(pack, /retaken the port/);
    const army = pack.actors.find((a) => a.aliases.some((al) => al.text === 'Chilean troops'))!;
    expect(army.kind).toBe('military');
    expect(armyClaim.speakers).toEqual([army.id]);
    const rejection = claim(pack, /rejected the army/);
    expect(rejection.speakers).toEqual([byName.get('Dario Vega')!.id]);
    expect(rejection.opposes).toEqual(expect.arrayContaining([armyClaim.id, claim(pack, /under our control/).id]));
  });

  it('does not take a sentence that merely names a group for an answer to it', () => {
    const pack = build(
      [
        'R7 spokesman Dario Vega said that the militia still controls the port.',
        'Peru, which analysts say arms the R7, has denied supporting the group.',
      ].join('\n'),
    );
    for (const c of pack.claims) expect(c.opposes).toEqual([]);
  });
});

describe('buildClaims: statements and ids', () => {
  it('writes a short statement from the reported clause and an id from its words', () => {
    const pack = build('BERLIN — Chancellor Eva Lang said on Tuesday that the new rail line will open in May.');
    const c = claim(pack, /rail line/);
    expect(c.statement).toBe('The new rail line will open in May.');
    expect(c.id).toBe('new-rail-line-open-may');
    expect(c.when).toBe('Tuesday');
    expect(pack.actors.map((a) => a.name)).not.toContain('BERLIN');
  });
});

describe('buildClaims: statements name the speaker for "he" and "she"', () => {
  it('replaces a leading pronoun by the speaker, but not an "it" that may be something else', () => {
    const pack = build(
      [
        'Mayor Tom Hale said on Friday that he would resign in May.',
        'The Road Safety Board said that it had closed the bridge.',
        'A statement from the Road Safety Board noted that it focused on lorries.',
      ].join('\n'),
    );
    expect(pack.claims.map((c) => c.statement)).toEqual([
      'Tom Hale would resign in May.',
      'Road Safety Board had closed the bridge.',
      'It focused on lorries.',
    ]);
  });
});

describe('buildClaims: answers by reference', () => {
  it('reads "rejected that account" as an answer to what the other side just said, and "its chairman" as the body\'s side', () => {
    const pack = build(
      [
        'Mayor Ana Ruiz said the bridge was no longer safe for lorries.',
        'The Haulage Drivers Union rejected that account. Its chairman, Piet Smit, said the bridge was still safe and that a survey had found little damage.',
      ].join('\n'),
    );
    const mayor = claim(pack, /no longer safe/);
    const union = claim(pack, /rejected that account/);
    const still = claim(pack, /still safe/);
    expect(union.opposes).toContain(mayor.id);
    expect(still.opposes).toContain(mayor.id);
    // The chairman and his union are one side: they never oppose each other.
    expect(union.opposes).not.toContain(still.id);
  });
});
