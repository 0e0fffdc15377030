/**
 * The review page's edits (`review/draft-edits`): each keeps the pack's references whole, so the
 * edited draft still validates with `parsePack`.
 */
import { describe, expect, it } from 'vitest';
import { parsePack, type Pack } from '../../../src/core/pack';
import {
  addAlias,
  deleteActor,
  deleteClaim,
  deleteQuote,
  editActor,
  editClaim,
  editQuote,
  isAcronym,
  linkOpposition,
  mergeActors,
  removeAlias,
  setAliasRule,
  setClaimFrame,
  unlinkOpposition,
} from '../../../src/review/draft-edits';
import { draftPack } from './draft-pack';

const valid = (pack: Pack): string[] => {
  const result = parsePack(pack);
  return result.ok ? [] : result.errors;
};

describe('draft edits', () => {
  it('renames an actor and changes its kind, role and highlight, keeping its id', () => {
    const pack = editActor(draftPack(), 'tomas-eklund', {
      name: 'Tomas Eklund (union)',
      kind: 'organization',
      role: 'Chairman',
      highlight: false,
    });
    expect(pack.actors[1]).toMatchObject({
      id: 'tomas-eklund',
      name: 'Tomas Eklund (union)',
      kind: 'organization',
      role: 'Chairman',
      highlight: false,
    });
    expect(valid(pack)).toEqual([]);
  });

  it('adds name forms (acronyms case-sensitive), skips repeats and blanks, and never removes the last form', () => {
    let pack = addAlias(draftPack(), 'ferry-union', '  NFWU ');
    pack = addAlias(pack, 'ferry-union', 'the union');
    pack = addAlias(pack, 'ferry-union', 'the union');
    pack = addAlias(pack, 'ferry-union', '   ');
    expect(pack.actors[2]?.aliases.map((a) => [a.text, a.caseSensitive])).toEqual([
      ['Northcape Ferry Workers Union', false],
      ['NFWU', true],
      ['the union', false],
    ]);
    pack = setAliasRule(pack, 'ferry-union', 2, { standalone: false });
    expect(pack.actors[2]?.aliases[2]?.standalone).toBe(false);
    pack = removeAlias(removeAlias(removeAlias(pack, 'ferry-union', 2), 'ferry-union', 1), 'ferry-union', 0);
    expect(pack.actors[2]?.aliases.map((a) => a.text)).toEqual(['Northcape Ferry Workers Union']);
    expect(valid(pack)).toEqual([]);
    expect(isAcronym('NATO')).toBe(true);
    expect(isAcronym('Nato')).toBe(false);
  });

  it('merges an actor into another: name forms, quotes, claims and claim frames follow', () => {
    const pack = mergeActors(draftPack(), 'tomas-eklund', 'ferry-union');
    expect(pack.actors.map((a) => a.id)).toEqual(['ingrid-halvorsen', 'ferry-union']);
    expect(pack.actors[1]?.aliases.map((a) => a.text)).toEqual(['Northcape Ferry Workers Union', 'Tomas Eklund', 'Eklund']);
    expect(pack.quotes.find((q) => q.id === 'q-selling')?.speaker).toBe('ferry-union');
    expect(pack.claims.find((c) => c.id === 'pier-safe')?.speakers).toEqual(['ferry-union']);
    expect(pack.claims.find((c) => c.id === 'about-waterfront')?.frame.subject.actors).toEqual(['ferry-union']);
    expect(valid(pack)).toEqual([]);
    expect(mergeActors(draftPack(), 'tomas-eklund', 'tomas-eklund')).toEqual(draftPack());
  });

  it('edits and deletes quotes; a deleted quote leaves no claim pointing at it', () => {
    let pack = editQuote(draftPack(), 'q-timber', { speaker: 'tomas-eklund' });
    expect(pack.quotes[1]?.speaker).toBe('tomas-eklund');
    pack = deleteQuote(pack, 'q-unsafe');
    expect(pack.quotes.map((q) => q.id)).toEqual(['q-timber', 'q-selling']);
    expect(pack.claims[0]?.quotes).toEqual([]);
    expect(valid(pack)).toEqual([]);
    // Words that are not the article's are refused when saved, not silently accepted.
    expect(valid(editQuote(pack, 'q-timber', { text: 'The deck is fine' })).join()).toMatch(/does not occur verbatim/);
  });

  it('edits and deletes claims; a deleted claim leaves no opposition behind', () => {
    let pack = editClaim(draftPack(), 'pier-safe', { statement: 'The pier is safe.' });
    expect(pack.claims[1]?.statement).toBe('The pier is safe.');
    pack = deleteClaim(pack, 'pier-unsafe');
    expect(pack.claims.map((c) => c.id)).toEqual(['pier-safe', 'about-waterfront']);
    expect(pack.claims[0]?.opposes).toEqual([]);
    expect(valid(pack)).toEqual([]);
  });

  it('links and unlinks oppositions on both sides, keeping the stance of a claim on another question', () => {
    let pack = linkOpposition(draftPack(), 'pier-unsafe', 'about-waterfront');
    expect(pack.claims[0]?.opposes).toEqual(['pier-safe', 'about-waterfront']);
    expect(pack.claims[2]?.opposes).toEqual(['pier-unsafe']);
    expect(pack.claims[2]?.frame.stance).toBe('asserted');
    expect(valid(pack)).toEqual([]);
    pack = unlinkOpposition(pack, 'about-waterfront', 'pier-unsafe');
    pack = unlinkOpposition(pack, 'pier-unsafe', 'pier-safe');
    expect(pack.claims.map((c) => c.opposes)).toEqual([[], [], []]);
    expect(valid(pack)).toEqual([]);
    expect(linkOpposition(pack, 'pier-safe', 'pier-safe')).toEqual(pack);
    // Two claims on one question that a reviewer links take opposite stances.
    const same = linkOpposition(
      { ...pack, claims: pack.claims.map((c) => (c.id === 'pier-safe' ? { ...c, frame: { ...c.frame, stance: 'ended' as const } } : c)) },
      'pier-unsafe',
      'pier-safe',
    );
    expect(same.claims[1]?.frame.stance).toBe('continuing');
  });
  it('drops the builder’s reason for a link with the link, and with a deleted claim', () => {
    expect(draftPack().claims[0]?.linkedBecause.map((r) => r.claim)).toEqual(['pier-safe']);
    expect(unlinkOpposition(draftPack(), 'pier-unsafe', 'pier-safe').claims[0]?.linkedBecause).toEqual([]);
    expect(deleteClaim(draftPack(), 'pier-safe').claims[0]?.linkedBecause).toEqual([]);
  });

  it('changes a claim’s idea and side; a new idea drops the pack’s own words for the old one', () => {
    const pack = setClaimFrame(draftPack(), 'about-waterfront', { concept: 'harm', label: 'harm', stance: 'negated' });
    expect(pack.claims[2]?.frame).toMatchObject({ predicate: { label: 'harm', concepts: ['harm'], terms: [] }, stance: 'negated' });
    expect(setClaimFrame(draftPack(), 'pier-safe', { stance: 'ended' }).claims[1]?.frame.predicate.concepts).toEqual(['safe']);
    expect(valid(pack)).toEqual([]);
  });

  it('deletes an actor: a claim about it keeps its name as words, and the draft still validates', () => {
    const pack = deleteActor(draftPack(), 'tomas-eklund');
    const about = pack.claims.find((c) => c.id === 'about-waterfront')!;
    expect(about.speakers).toEqual([]);
    expect(about.frame.subject).toMatchObject({ actors: [], terms: ['waterfront'] });
    expect(deleteActor(draftPack(), 'ingrid-halvorsen').claims[0]?.speakers).toEqual([]);
    expect(valid(pack)).toEqual([]);
  });
});
