import { describe, expect, it } from 'vitest';
import { extractActors, findMentions } from '../../../../src/core/builder/actors';
import { extractQuotes } from '../../../../src/core/builder/quotes';
import { splitSentences } from '../../../../src/core/builder/text';

function quotesOf(text: string) {
  const sentences = splitSentences(text);
  const { actors } = extractActors(text, sentences);
  const mentions = findMentions(text, actors);
  const result = extractQuotes(text, sentences, actors, mentions);
  const idOf = (name: string): string | undefined => actors.find((a) => a.aliases.some((al) => al.text === name))?.id;
  return { ...result, idOf, actors };
}

describe('extractQuotes: direct quotations', () => {
  it('attributes a quotation to a speaker named after it, in either order', () => {
    const text = [
      'Harbour Master Lena Okonkwo met Captain Piotr Nowak on Tuesday.',
      '“The channel is open to all ships,” Okonkwo said.',
      '“We have waited three weeks,” said Nowak.',
    ].join('\n');
    const { quotes, idOf } = quotesOf(text);
    const direct = quotes.filter((q) => q.direct);
    expect(direct.map((q) => [q.text, q.speaker])).toEqual([
      ['The channel is open to all ships', idOf('Lena Okonkwo')],
      ['We have waited three weeks', idOf('Piotr Nowak')],
    ]);
  });

  it('attributes a quotation to a speaker named before it', () => {
    const { quotes, idOf } = quotesOf('Lena Okonkwo, the harbour master, told reporters: "No ship will be turned away."');
    expect(quotes.filter((q) => q.direct).map((q) => [q.text, q.speaker])).toEqual([['No ship will be turned away.', idOf('Lena Okonkwo')]]);
  });

  it('resolves "he" and "she" to the last person named, and "it" to the last organisation', () => {
    const text = [
      'Lena Okonkwo spoke first and Piotr Nowak answered.',
      '“The fees are too high,” he said.',
      'The Coastal Shipping Council published figures on Friday.',
      '“Traffic fell by a third,” it said.',
    ].join('\n');
    const { quotes, idOf } = quotesOf(text);
    expect(quotes.filter((q) => q.direct).map((q) => q.speaker)).toEqual([idOf('Piotr Nowak'), idOf('Coastal Shipping Council')]);
  });

  it('keeps the quotation and its sentence verbatim, curly marks and all', () => {
    const text = 'Lena Okonkwo said the port had “never been busier” this year.';
    const { quotes } = quotesOf(text);
    const quote = quotes.find((q) => q.direct)!;
    expect(quote.text).toBe('never been busier');
    expect(text.includes(quote.sentence.text) && quote.sentence.text.includes(quote.text)).toBe(true);
  });

  it('gives a quotation inside reported speech to the reporting speaker', () => {
    const { quotes, idOf } = quotesOf('Piotr Nowak said that the new rules were “a disaster for small boats” and should go.');
    const direct = quotes.find((q) => q.direct)!;
    expect(direct).toMatchObject({ text: 'a disaster for small boats', speaker: idOf('Piotr Nowak') });
  });

  it('leaves out, with a warning, a quotation nobody says', () => {
    const { quotes, warnings } = quotesOf('The report was titled “Ports of the North” and ran to 90 pages.');
    expect(quotes.filter((q) => q.direct)).toEqual([]);
    expect(warnings.some((w) => w.includes('Ports of the North'))).toBe(true);
  });
});

describe('extractQuotes: reported speech', () => {
  it('takes the clause after "said that", split at ", and that"', () => {
    const text = 'Lena Okonkwo said on Monday that the channel was safe, and that dredging would end in May.';
    const { quotes, assertions, idOf } = quotesOf(text);
    expect(quotes.map((q) => [q.text, q.direct, q.speaker])).toEqual([
      ['the channel was safe', false, idOf('Lena Okonkwo')],
      ['dredging would end in May', false, idOf('Lena Okonkwo')],
    ]);
    expect(assertions).toHaveLength(2);
  });

  it('reads "according to X" and "as X stressed,"', () => {
    const text = [
      'Traffic through the strait fell by a third in March, according to the Coastal Shipping Council.',
      'But as Lena Okonkwo stressed, the channel would still be dredged next year.',
    ].join('\n');
    const { quotes, idOf } = quotesOf(text);
    expect(quotes.map((q) => [q.speaker, q.text])).toEqual([
      [idOf('Coastal Shipping Council'), 'Traffic through the strait fell by a third in March'],
      [idOf('Lena Okonkwo'), 'the channel would still be dredged next year'],
    ]);
  });

  it('reads the clause before a trailing "…, the union said on Sunday."', () => {
    const text = 'Ferry crews will strike for two days next week, the Ferry Workers Union said on Sunday.';
    const { quotes, idOf } = quotesOf(text);
    expect(quotes.map((q) => [q.speaker, q.text])).toEqual([[idOf('Ferry Workers Union'), 'Ferry crews will strike for two days next week']]);
  });

  it('does not put a denied claim in the denier’s mouth', () => {
    const text = 'Union leader Maria Costa rejected claims that the strike was political.';
    const { quotes, assertions, idOf } = quotesOf(text);
    expect(quotes).toEqual([]);
    expect(assertions.map((a) => [a.speaker, a.text])).toEqual([[idOf('Maria Costa'), 'rejected claims that the strike was political']]);
  });
});

describe('extractQuotes: marks', () => {
  it('reads straight single quotation marks but not apostrophes', () => {
    const text = "Maria Costa spoke to the drivers' committee. 'We did not want this strike,' she told reporters. Costa's deputy agreed.";
    const { quotes, idOf } = quotesOf(text);
    expect(quotes.filter((q) => q.direct).map((q) => [q.speaker, q.text])).toEqual([[idOf('Maria Costa'), 'We did not want this strike']]);
  });
});


describe('extractQuotes: the rest of a sentence', () => {
  it('gives ", adding that …" to the speaker of the sentence', () => {
    const { quotes, idOf } = quotesOf('“It is a fair offer,” said Lena Okonkwo, adding that the port was losing money every day.');
    expect(quotes.map((q) => [q.speaker, q.direct, q.text])).toEqual([
      [idOf('Lena Okonkwo'), true, 'It is a fair offer'],
      [idOf('Lena Okonkwo'), false, 'the port was losing money every day'],
    ]);
  });

  it('does not look past the sentence for the source after "according to"', () => {
    const { quotes } = quotesOf('That was the final offer, according to two people in the room.\nLena Okonkwo later spoke to reporters.');
    expect(quotes).toEqual([]);
  });
});

describe('assignAffiliations', () => {
  it('reads the role just before a name, without the verb before it', async () => {
    const { assignAffiliations } = await import('../../../../src/core/builder/actors');
    const text = 'Port director Lena Okonkwo met union leader Piotr Nowak on Monday.';
    const { actors, tagsAt } = extractActors(text, splitSentences(text));
    assignAffiliations(text, actors, findMentions(text, actors), tagsAt);
    expect(actors.find((a) => a.name === 'Piotr Nowak')?.role).toBe('union leader');
  });
});

describe('extractQuotes: pronouns of the right kind', () => {
  it('resolves "she" past a man named more recently', () => {
    const text = ['Mayor Anna Berg met Captain Tomas Ruiz at the harbour.', '“The port will reopen on Friday,” she said.'].join('\n');
    const sentences = splitSentences(text);
    const { actors, tagsAt } = extractActors(text, sentences);
    const mentions = findMentions(text, actors);
    const { quotes } = extractQuotes(text, sentences, actors, mentions, tagsAt);
    expect(quotes.map((q) => actors.find((a) => a.id === q.speaker)?.name)).toEqual(['Anna Berg']);
  });
});

describe('extractQuotes: transcripts', () => {
  it('reads speaker labels as people and gives each turn to its speaker', () => {
    const text = [
      'PRESS SECRETARY ELENA MARSH: Good morning.',
      'The talks are not about a withdrawal of our troops.',
      'Q: Will the troops stay?',
      'PRESS SECRETARY ELENA MARSH: They will still be there next year.',
    ].join('\n');
    const sentences = splitSentences(text);
    const { actors, tagsAt } = extractActors(text, sentences);
    const marsh = actors.find((a) => a.name === 'Elena Marsh');
    expect(marsh).toMatchObject({ kind: 'person', role: 'Press Secretary' });
    const { quotes } = extractQuotes(text, sentences, actors, findMentions(text, actors), tagsAt);
    expect(quotes.map((q) => [q.speaker, q.direct, q.text])).toEqual([
      [marsh!.id, false, 'The talks are not about a withdrawal of our troops'],
      [marsh!.id, false, 'They will still be there next year'],
    ]);
  });
});
