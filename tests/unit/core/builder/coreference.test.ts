import { describe, expect, it } from 'vitest';
import { draft, said } from './helpers';

describe('coreference pass: pronouns', () => {
  it('resolves "he" and "she" to the person, and "it" to the body, of the right kind', () => {
    const d = draft(
      [
        'Lena Okonkwo spoke first and Piotr Nowak answered.',
        '“The fees are too high,” he said.',
        'The Coastal Shipping Council published figures on Friday.',
        '“Traffic fell by a third,” it said.',
      ].join('\n'),
    );
    expect(said(d, true).map(([who]) => who)).toEqual(['Piotr Nowak', 'Coastal Shipping Council']);
  });

  it('resolves "she" past a man named more recently', () => {
    const d = draft(['Mayor Anna Berg met Captain Tomas Ruiz at the harbour.', '“The port will reopen on Friday,” she said.'].join('\n'));
    expect(said(d, true).map(([who]) => who)).toEqual(['Anna Berg']);
  });

  it('reads a surname two people share as the one the article is about, so that "she" finds her', () => {
    const d = draft(
      [
        'Anna Berg leads the port board. Anna Berg met Tomas Ruiz on Monday.',
        'The board was founded under Mayor Piet Berg, her father.',
        'After meeting Ruiz, Berg proposed new fees that she said were fair.',
        '“We cannot wait another year,” she said.',
      ].join('\n'),
    );
    expect(said(d, true).map(([who]) => who)).toEqual(['Anna Berg']);
  });

  it('prefers the last speaker to a person named in passing since', () => {
    const d = draft(
      'Ravi Castell, a trade professor, said the governor’s moods had slowed the talks. “His moods make any deal less likely,” he said.',
    );
    expect(said(d, true).map(([who]) => who)).toEqual(['Ravi Castell']);
  });

  it('keeps a report too short to quote ("Hale said that it was") as who spoke last, for the pronoun after it', () => {
    const d = draft(
      'Omar Berg said the port was open on Monday. Tom Hale met him at the docks. Hale said that it was. "It is shut," he said.',
    );
    const short = d.attributions.find((a) => a.content.text === 'it was');
    expect(short?.tracksOnly).toBe(true);
    expect(said(d)).toEqual([
      ['Omar Berg', 'the port was open on Monday'],
      ['Tom Hale', 'It is shut'],
    ]);
  });

  it('resolves a description ("the company", "the statement") to the body named before', () => {
    const d = draft(
      [
        'Lumora Technologies cut 300 jobs on Monday.',
        'The company said the cuts were needed to survive the winter.',
        'Lumora Technologies issued a statement. “We regret the cuts,” the statement said.',
      ].join('\n'),
    );
    expect(said(d).map(([who]) => who)).toEqual(['Lumora Technologies', 'Lumora Technologies']);
  });
});

describe('coreference pass: quotations that go on', () => {
  it('gives a quotation with no cue to the speaker of the paragraph so far', () => {
    const d = draft('“We lost that game,” Dan Kowal said. “We did not play well on defence.”');
    expect(said(d, true)).toEqual([
      ['Dan Kowal', 'We lost that game'],
      ['Dan Kowal', 'We did not play well on defence.'],
    ]);
  });

  it('gives a quotation paragraph without attribution to the speaker of the paragraph before', () => {
    const d = draft(
      [
        'Zhou Minghai said troops were ready, warning: “They are already in the garrison.',
        '“We have the strength to end the standoff.”',
      ].join('\n'),
    );
    expect(said(d, true).map(([who]) => who)).toEqual(['Zhou Minghai', 'Zhou Minghai']);
  });

  it('does not carry a speaker past someone else named in between', () => {
    const d = draft(
      ['“We lost that game,” Dan Kowal said.', 'Coach Ray Dunmore was not there.', '“It hurts more than any loss this year.”'].join('\n'),
    );
    expect(said(d, true).map(([who]) => who)).toEqual(['Dan Kowal', '?']);
  });
});

describe('coreference pass: descriptions', () => {
  it('gives "the spokesman" to the person it stands for, but keeps "the members" as a group that is no one actor', () => {
    const one = draft('Omar Berg met the harbour board on Monday.\n\nThe spokesman said the port would stay shut.');
    expect(said(one, false)).toEqual([['Omar Berg', 'the port would stay shut']]);
    const group = draft('Omar Berg said the port was open.\n\nThe members said the port was shut, but Tom Hale was not having it.');
    expect(said(group, false)).toEqual([
      ['Omar Berg', 'the port was open'],
      ['~the members', 'the port was shut'],
    ]);
  });
});
