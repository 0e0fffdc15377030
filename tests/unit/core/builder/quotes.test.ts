import { describe, expect, it } from 'vitest';
import { draft, said } from './helpers';

describe('quotes pass: direct quotations and who said them', () => {
  it('attributes a quotation to a speaker named after it, in either order', () => {
    const d = draft(
      [
        'Harbour Master Lena Okonkwo met Captain Piotr Nowak on Tuesday.',
        '“The channel is open to all ships,” Okonkwo said.',
        '“We have waited three weeks,” said Nowak.',
      ].join('\n'),
    );
    expect(said(d, true)).toEqual([
      ['Lena Okonkwo', 'The channel is open to all ships'],
      ['Piotr Nowak', 'We have waited three weeks'],
    ]);
  });

  it('gives a quotation in a report a body released to that body, and reads "critical reports" as no speech verb', () => {
    const d = draft(
      [
        'The ferry service was slow again on Monday.',
        'The pressure grew as the port’s Office of the Harbour Master issued two sharply critical reviews that described “rust, leaks and long delays”.',
      ].join('\n'),
    );
    expect(said(d, true)).toEqual([['Office of the Harbour Master', 'rust, leaks and long delays']]);
  });

  it('reads past a place and its region in an apposition to the speaker ("from Dover, Delaware,"), and keeps a name after a place', () => {
    const d = draft(
      [
        'The ferry was late again.',
        'Tom Hale, a 55-year-old fisherman from Dover, Delaware, says the port will reopen in May.',
        'The mayor of Dover, Piotr Nowak, said the docks had never been busier.',
      ].join('\n'),
    );
    expect(said(d, false)).toEqual([
      ['Tom Hale', 'the port will reopen in May'],
      ['Piotr Nowak', 'the docks had never been busier'],
    ]);
  });

  it('makes no speaker of a day, a clause word, a party adjective or a common word before the verb', () => {
    const d = draft(
      [
        'A court filing released Tuesday says that the charge against the mayor was dropped.',
        'Why, the mayor said, would anyone object?',
        'Republican said the bill was a mistake, according to a party memo.',
        'Poll shows the mayor ahead of her rival, and a second poll agrees.',
      ].join('\n'),
    );
    for (const name of ['Tuesday', 'Why', 'Republican', 'Poll']) expect(d.actors.some((a) => a.name === name)).toBe(false);
  });

  it('keeps a speaker whose name is also a month ("Dora June", "Ana May")', () => {
    const d = draft('“The clinic is full,” said Dora June, 61, a nurse. “We need more beds,” Ana May said.');
    expect(said(d, true).map(([who]) => who)).toEqual(['Dora June', 'Ana May']);
  });

  it('attributes a quotation to a speaker named before it', () => {
    expect(said(draft('Lena Okonkwo, the harbour master, told reporters: "No ship will be turned away."'), true)).toEqual([
      ['Lena Okonkwo', 'No ship will be turned away.'],
    ]);
  });

  it('keeps the quotation and its sentence verbatim, curly marks and all', () => {
    const text = 'Lena Okonkwo said the port had “never been busier” this year.';
    const quote = draft(text).quotes.find((q) => q.direct)!;
    expect(quote.text).toBe('never been busier');
    expect(text.includes(quote.sentence.text) && quote.sentence.text.includes(quote.text)).toBe(true);
  });

  it('gives a quotation inside reported speech to the reporting speaker', () => {
    expect(said(draft('Piotr Nowak said that the new rules were “a disaster for small boats” and should go.'), true)).toEqual([
      ['Piotr Nowak', 'a disaster for small boats'],
    ]);
  });

  it("reads two apostrophes as quotation marks (''…''), as some archives write them", () => {
    const d = draft("''If you close the border, you would be hurting your own farmers,'' Mr. Ortega Lozano told me.");
    expect(said(d, true)).toEqual([['Ortega Lozano', 'If you close the border, you would be hurting your own farmers']]);
  });

  it('gives the speaker, not the employer named in apposition', () => {
    const d = draft(
      '“Tensions are putting the brakes on growth,” Alan Pryce, the president of the Reserve Bank of Westmarch, said in a speech.',
    );
    expect(said(d, true)).toEqual([['Alan Pryce', 'Tensions are putting the brakes on growth']]);
  });

  it('attributes a question to the speaker who opens the long sentence after it', () => {
    const d = draft(
      'The bank cut jobs last year.\n“What were they thinking?” Piotr Nowak said of the bank in May, when it refused to pay its dock workers for the overtime.',
    );
    expect(said(d, true)).toEqual([['Piotr Nowak', 'What were they thinking?']]);
  });

  it('gives a quotation after "…, but told his supporters," to the subject, not to the listeners', () => {
    const d = draft(
      'Piotr Nowak did not name any of his rivals, but told his supporters, “We are going to win this port and then the next one.”',
    );
    expect(said(d)).toEqual([['Piotr Nowak', 'We are going to win this port and then the next one.']]);
  });

  it('reads a name after a dash as the speaker of a vox-pop quotation', () => {
    const d = draft('"I would rather live anywhere else than here." ― Lucia Ferrand');
    expect(said(d, true)).toEqual([['Lucia Ferrand', 'I would rather live anywhere else than here.']]);
  });

  it('does not take titles of programmes and books for quotations', () => {
    const d = draft('On Sunday\'s edition of "Sunday Roundtable," Senator Ana Lima said the plan was "dead on arrival."');
    expect(said(d, true)).toEqual([['Ana Lima', 'dead on arrival.']]);
    expect(d.titleSpans.map((t) => t.text)).toEqual(['Sunday Roundtable,']);
  });

  it('keeps a quotation with no speaker found, unattributed, with a warning', () => {
    const d = draft('The sign on the door read nothing. “Nobody comes in here any more.”');
    expect(said(d, true)).toEqual([['?', 'Nobody comes in here any more.']]);
    expect(d.warnings.some((w) => /no speaker/.test(w))).toBe(true);
  });

  it('keeps a generic source ("Police say") as the quotation\'s source, not as an actor', () => {
    const d = draft('Police say the driver fled the scene before officers arrived.');
    expect(said(d, false)).toEqual([['~Police', 'the driver fled the scene before officers arrived']]);
    expect(d.actors).toEqual([]);
  });

  it('reads straight single quotation marks but not apostrophes', () => {
    const d = draft(
      "Maria Costa spoke to the drivers' committee. 'We did not want this strike,' she told reporters. Costa's deputy agreed.",
    );
    expect(said(d, true)).toEqual([['Maria Costa', 'We did not want this strike']]);
  });
});

describe('quotes pass: reported speech', () => {
  it('takes the clause after "said that" as one quote, and asserts each part split at ", and that"', () => {
    const d = draft('Lena Okonkwo said on Monday that the channel was safe, and that dredging would end in May.');
    expect(said(d)).toEqual([['Lena Okonkwo', 'the channel was safe, and that dredging would end in May']]);
    expect(d.assertions.map((a) => a.text)).toEqual(['the channel was safe', 'dredging would end in May']);
  });

  it('goes on past ", but that", which the same verb reports', () => {
    const d = draft('Tom Hale said the ferry would run, but that the fares would rise in May.');
    expect(said(d)).toEqual([['Tom Hale', 'the ferry would run, but that the fares would rise in May']]);
    expect(d.assertions.map((a) => a.text)).toEqual(['the ferry would run', 'the fares would rise in May']);
  });

  it('keeps the clause of a participle (", adding that") as a quote of its own', () => {
    const d = draft('Lena Okonkwo said the channel was safe, adding that dredging would end in May.');
    expect(said(d)).toEqual([
      ['Lena Okonkwo', 'the channel was safe'],
      ['Lena Okonkwo', 'dredging would end in May'],
    ]);
  });

  it('reads a clause without "that" whose verb is tensed, conditional or has a gerund for subject', () => {
    const d = draft(
      [
        'Lena Okonkwo runs the port.',
        'Okonkwo says she respects the union and its leaders.',
        'Okonkwo said if elected mayor she would open the port at night.',
        'She said dredging it could bring larger ships to the town.',
      ].join('\n'),
    );
    expect(said(d, false)).toEqual([
      ['Lena Okonkwo', 'she respects the union and its leaders'],
      ['Lena Okonkwo', 'if elected mayor she would open the port at night'],
      ['Lena Okonkwo', 'dredging it could bring larger ships to the town'],
    ]);
  });

  it('reads "according to X" and "as X stressed,"', () => {
    const d = draft(
      [
        'Traffic through the strait fell by a third in March, according to the Coastal Shipping Council.',
        'But as Lena Okonkwo stressed, the channel would still be dredged next year.',
      ].join('\n'),
    );
    expect(said(d)).toEqual([
      ['Coastal Shipping Council', 'Traffic through the strait fell by a third in March'],
      ['Lena Okonkwo', 'the channel would still be dredged next year'],
    ]);
  });

  it('reads the clause before a trailing "…, the union said on Sunday."', () => {
    expect(said(draft('Ferry crews will strike for two days next week, the Ferry Workers Union said on Sunday.'))).toEqual([
      ['Ferry Workers Union', 'Ferry crews will strike for two days next week'],
    ]);
  });

  it('reads an attribution set off inside its clause by a group named with a bare plural ("…, officials said, …")', () => {
    const d = draft(
      [
        'Tom Hale spoke to the council on Monday.',
        'The new toll, officials said, will pay for the repairs within two years.',
        'In the long run, many economists say, the ferry trade will shrink as the bridge opens.',
        'The pier, his aides argued, was never meant to carry lorries.',
      ].join('\n'),
    );
    expect(d.quotes.map((q) => [q.source, q.text])).toEqual([
      ['officials', 'will pay for the repairs within two years'],
      ['many economists', 'the ferry trade will shrink as the bridge opens'],
    ]);
  });

  it('does not read "Name, apposition, said CLAUSE." as the apposition said by the clause’s subject', () => {
    const d = draft(
      ['Ana Lima and Tom Hale met the board.', 'Tom Hale, a former harbour pilot, said Ana Lima had run the port well.'].join('\n'),
    );
    expect(said(d, false)).toEqual([['Tom Hale', 'Ana Lima had run the port well']]);
  });

  it('keeps the clause before "…, says Name, apposition." when the apposition is the longer part', () => {
    const d = draft(
      [
        'Ana Lima met the board.',
        'The toll is too high for most families, says Ana Lima, a port director who has run the docks of Westmarch since 2010.',
      ].join('\n'),
    );
    expect(said(d, false)).toEqual([['Ana Lima', 'The toll is too high for most families']]);
  });

  it('reads "Name, apposition, said CLAUSE, more" as Name saying the clause, not the clause saying the apposition', () => {
    const d = draft(
      [
        'The ferry was late again.',
        'Ana Lima, who has sailed since the age of 12, says she votes as an independent, although she is a member of the union.',
        'Tom Hale, the deputy mayor, said the flag was removed for good, not just for the fair.',
      ].join('\n'),
    );
    expect(said(d, false)).toEqual([
      ['Ana Lima', 'she votes as an independent'],
      ['Tom Hale', 'the flag was removed for good, not just for the fair'],
    ]);
  });

  it('reads "maintain" as a verb of saying with "that", not with a bare object ("maintains a wide lead")', () => {
    const d = draft(
      [
        'Ana Lima maintains a wide lead over Tom Hale among dock workers, and her campaign is strong.',
        'Tom Hale has long maintained that he paid the harbour fees.',
      ].join('\n'),
    );
    expect(said(d, false)).toEqual([['Tom Hale', 'he paid the harbour fees']]);
  });

  it('does not take an occasion after the verb ("said in a statement Wednesday that, …") for an inverted speaker', () => {
    const d = draft(
      'Ana Lima, the head of the Westmarch Ferry Union, said in a statement Wednesday that, if the fares rise, the crews will strike.',
    );
    expect(said(d, false)).toEqual([['Ana Lima', 'Wednesday that, if the fares rise, the crews will strike']]);
  });

  it('does not put a denied claim in the denier’s mouth', () => {
    const d = draft('Union leader Maria Costa rejected claims that the strike was political.');
    expect(d.quotes).toEqual([]);
    expect(d.assertions.map((a) => [d.actors.find((x) => x.id === a.speaker)?.name, a.text])).toEqual([
      ['Maria Costa', 'rejected claims that the strike was political'],
    ]);
  });

  it('gives ", adding that …" to the speaker of the sentence', () => {
    expect(said(draft('“It is a fair offer,” said Lena Okonkwo, adding that the port was losing money every day.'))).toEqual([
      ['Lena Okonkwo', 'It is a fair offer'],
      ['Lena Okonkwo', 'the port was losing money every day'],
    ]);
  });

  it('does not look past the sentence for the source after "according to"', () => {
    expect(
      draft('That was the final offer, according to two people in the room.\nLena Okonkwo later spoke to reporters.').quotes.filter(
        (q) => q.speaker,
      ),
    ).toEqual([]);
  });

  it('gives a second verb the subject of the first, and reads what the first is said of ("X accused … and warned that …")', () => {
    const d = draft('Ambassador Zhou Minghai accused the UK of meddling in its affairs and warned that China would act.');
    expect(said(d, false)).toEqual([
      ['Zhou Minghai', 'the UK of meddling in its affairs'],
      ['Zhou Minghai', 'China would act'],
    ]);
  });
});

describe('quotes pass: demands with a phrasal verb', () => {
  it('reads the object of "called for" and "is calling on" as what was demanded, and a day after "called on" as a date', () => {
    const d = draft(
      [
        'Harbour Master Lena Okonkwo called for a full inquiry into the ferry fire.',
        'Captain Piotr Nowak is calling on the port board to resign before the summer.',
        'Okonkwo called on Tuesday for calm.',
        'The harbour vote was called for Nowak late on Sunday night.',
        'Nowak is thanking the crews at a rally in the harbour.',
      ].join('\n'),
    );
    expect(said(d, false)).toEqual([
      ['Lena Okonkwo', 'a full inquiry into the ferry fire'],
      ['Piotr Nowak', 'the port board to resign before the summer'],
    ]);
  });
  it('ends the object of a verb of judging or demanding before the occasion and the day of the verb', () => {
    const d = draft(
      [
        'Harbour Master Lena Okonkwo criticised the new ferry timetable as a burden in a statement on Tuesday.',
        'Captain Piotr Nowak called for a full review of the fares during a rally in the harbour.',
      ].join('\n'),
    );
    expect(said(d, false)).toEqual([
      ['Lena Okonkwo', 'the new ferry timetable as a burden'],
      ['Piotr Nowak', 'a full review of the fares'],
    ]);
  });
});

describe('quotes pass: attributions set off by commas', () => {
  it('reads the words before "…, he said, wiping …", and no speaker in the object of "praised" after an apposition', () => {
    const d = draft(
      [
        'Lena Okonkwo runs the ferry.',
        'Trade at the pier was slow, she said, wiping the rain off her coat.',
        'Piotr Nowak, a ferry captain, praised Okonkwo for her work, calling it a fine season.',
      ].join('\n'),
    );
    expect(said(d, false).map(([, words]) => words)).not.toContain('wiping the rain off her coat');
    expect(said(d, false).map(([, words]) => words)).toContain('Trade at the pier was slow');
    expect(said(d, false).map(([, words]) => words)).not.toContain('Piotr Nowak, a ferry captain');
  });
  it('reads an attribution to a named actor set off by commas inside the clause ("…, Mr. Hale said, …")', () => {
    const d = draft(
      [
        'Harbour Master Tom Hale runs the port.',
        'The old ferry timetable, Mr. Hale said, was written for a smaller town.',
        'In Salem, Monday said, the rain had stopped.',
        'They walked to the long pier by the old harbour wall, which, Hale said, is the busiest in the state.',
      ].join('\n'),
    );
    expect(said(d, false)).toEqual([
      ['Tom Hale', 'was written for a smaller town'],
      ['Tom Hale', 'is the busiest in the state'],
    ]);
  });
  it('reads a reported clause on past an aside between two dashes, and stops at a single dash', () => {
    const d = draft(
      [
        'Tom Hale said the ferry fee — and the harbour tax with it — would rise in May.',
        'Ana Lima said the old pier would close for good — a blow to the town.',
        'Piotr Nowak said the ferry was late again, circling the bay — where the storm hit — for an hour.',
      ].join('\n'),
    );
    expect(said(d, false)).toEqual([
      ['Tom Hale', 'the ferry fee — and the harbour tax with it — would rise in May'],
      ['Ana Lima', 'the old pier would close for good'],
      ['Piotr Nowak', 'the ferry was late again, circling the bay'],
    ]);
  });
});

describe('quotes pass: reported questions', () => {
  it('reads what was asked from its "whether" or question word, past a listener, up to the answer', () => {
    const d = draft(
      [
        'Captain Piotr Nowak asked the harbour board whether the pier would reopen in May.',
        'Asked if the ferry fares would rise, Lena Okonkwo said no.',
        'Nowak asked for a map of the docks.',
      ].join('\n'),
    );
    expect(said(d, false).map(([, words]) => words)).toEqual(['whether the pier would reopen in May', 'if the ferry fares would rise']);
    expect(said(d, false)[0]![0]).toBe('Piotr Nowak');
  });
});

describe('quotes pass: findings', () => {
  it('reads what a poll or a record shows or finds, without "that", and not what a person finds', () => {
    const d = draft(
      [
        'The latest Harbour Gazette survey shows Lena Okonkwo ahead by six points.',
        'Court records show Piotr Nowak paid the port levy twice.',
        'Okonkwo found a seat near the front.',
        'While an early poll showed Nowak far behind, the race tightened in May.',
        'While the fares rose in May, the ferries ran full all summer, the Harbour Board said.',
      ].join('\n'),
    );
    expect(said(d, false).map(([, words]) => words)).toEqual([
      'Lena Okonkwo ahead by six points',
      'Piotr Nowak paid the port levy twice',
      'Nowak far behind',
      'While the fares rose in May, the ferries ran full all summer',
    ]);
  });
});

describe('quotes pass: participles that carry speech on', () => {
  it('reads any verb of speech with "that", and after a comma an object of urging, but not an object of judging', () => {
    const d = draft(
      [
        'Lena Okonkwo spoke at the dock, falsely suggesting that the ferry had been sold.',
        'Piotr Nowak wrote to the board, urging its members to delay the vote.',
        'Okonkwo left the meeting, thanking the crew at the dock for their work.',
        'While arguing that the fares were too high, Nowak voted for the budget.',
        'The new thinking that shaped the plan came from the board.',
      ].join('\n'),
    );
    expect(said(d, false)).toEqual([
      ['Lena Okonkwo', 'the ferry had been sold'],
      ['Piotr Nowak', 'its members to delay the vote'],
      ['Piotr Nowak', 'the fares were too high'],
    ]);
  });

  it('reads a clause without "that" past the day or the occasion of its verb, and not "adding to" as speech', () => {
    const d = draft(
      [
        'Lena Okonkwo said on Friday she had met the ferry owners.',
        'Piotr Nowak said in a statement the docks would stay open.',
        'Okonkwo won the vote in the north, adding to her lead on the council.',
      ].join('\n'),
    );
    expect(said(d, false)).toEqual([
      ['Lena Okonkwo', 'she had met the ferry owners'],
      ['Piotr Nowak', 'the docks would stay open'],
    ]);
  });

  it('goes on past ", but" with no new subject and past a relative clause set off by commas, and stops at a new subject', () => {
    const d = draft(
      [
        'Lena Okonkwo said the harbour master, who resigned in May, had misled the board.',
        'Piotr Nowak said he had backed the ferry plan, but is now its fiercest critic.',
        'Okonkwo said the pier was closed, but the fishermen kept working.',
      ].join('\n'),
    );
    expect(said(d, false)).toEqual([
      ['Lena Okonkwo', 'the harbour master, who resigned in May, had misled the board'],
      ['Piotr Nowak', 'he had backed the ferry plan, but is now its fiercest critic'],
      ['Lena Okonkwo', 'the pier was closed'],
    ]);
  });

  it('reads what a speaker wants, plans or refuses to do, but not inside a relative clause, a passive or an attempt', () => {
    const d = draft(
      [
        'Lena Okonkwo wants to close the old ferry pier, and met the board on Monday.',
        'Piotr Nowak refused to sign the harbour deal.',
        'These are the ferries that Okonkwo plans to buy next year.',
        'The ferry is expected to arrive late again.',
        'Nowak sought to calm the angry fishermen.',
      ].join('\n'),
    );
    expect(said(d, false)).toEqual([
      ['Lena Okonkwo', 'to close the old ferry pier'],
      ['Piotr Nowak', 'to sign the harbour deal'],
    ]);
  });

  it('reads what follows "According to" and a long source of its own', () => {
    const d = draft(
      [
        'According to early results of the exit polls conducted for the Harbour Times and two radio stations by Coastline Research, most voters in the north want a new ferry pier.',
      ].join('\n'),
    );
    expect(said(d, false).map(([, words]) => words)).toEqual(['most voters in the north want a new ferry pier']);
  });

  it('reads "saying" right after a noun when a clause with its own verb follows, not an object or a clause inside the subject', () => {
    const d = draft(
      [
        'Piotr Nowak is sending letters to voters saying the harbour tax is hurting the town.',
        'The share of fishermen saying they want a new pier is high.',
        'Lena Okonkwo kept saying the word over and over.',
      ].join('\n'),
    );
    expect(said(d, false)).toEqual([['Piotr Nowak', 'the harbour tax is hurting the town']]);
  });

  it("reads a noun of saying after a named possessor as that speaker's words, and not a noun without one", () => {
    const d = draft(
      [
        'Piotr Nowak met the harbour board on Monday.',
        'Lena Okonkwo repeated Nowak’s claim that the pier was unsafe for ferries.',
        'Fishermen cheered Okonkwo’s pledge to reopen the ferry pier by May.',
        'The claim that the pier was haunted spread quickly.',
      ].join('\n'),
    );
    expect(said(d, false)).toEqual([
      ['Piotr Nowak', 'the pier was unsafe for ferries'],
      ['Lena Okonkwo', 'to reopen the ferry pier by May'],
    ]);
  });

  it('ends a reported clause before an appended "after" or "before" clause', () => {
    const d = draft(['Lena Okonkwo vowed to reopen the ferry pier, after the board voted to close it in May.'].join('\n'));
    expect(said(d, false)).toEqual([['Lena Okonkwo', 'to reopen the ferry pier']]);
  });
});

describe('quotes pass: headlines', () => {
  it('gives the statement of a headline that opens on a name and a colon to that name, and no other line', () => {
    const d = draft(
      [
        'Lena Okonkwo: Ferry fares will not rise this year',
        'The harbour master spoke to reporters on Monday.',
        'Update: the meeting has been moved to Friday.',
      ].join('\n'),
    );
    expect(said(d, false)).toEqual([['Lena Okonkwo', 'Ferry fares will not rise this year']]);
    for (const headline of ['The Latest: Lena Okonkwo wins the harbour vote', 'Lena Okonkwo: harbour master or next mayor?'])
      expect(said(draft(`${headline}\nLena Okonkwo spoke on Monday.`), false)).toEqual([]);
  });
});

describe('quotes pass: transcripts', () => {
  it('reads speaker labels as people and gives each turn to its speaker', () => {
    const d = draft(
      [
        'PRESS SECRETARY ELENA MARSH: Good morning.',
        'The talks are not about a withdrawal of our troops.',
        'Q: Will the troops stay?',
        'PRESS SECRETARY ELENA MARSH: They will still be there next year.',
      ].join('\n'),
    );
    const marsh = d.actors.find((a) => a.name === 'Elena Marsh');
    expect(marsh).toMatchObject({ kind: 'person', role: 'Press Secretary' });
    expect(said(d)).toEqual([
      ['Elena Marsh', 'The talks are not about a withdrawal of our troops'],
      ['Elena Marsh', 'They will still be there next year'],
    ]);
  });
});
