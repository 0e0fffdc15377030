import { describe, expect, it } from 'vitest';
import { createActorModel, createPageContext } from '../../../src/core/context';
import { createMatcher } from '../../../src/core/matcher';
import { nothingOfTheStory } from '../../../src/core/story-verdict';
import { testPack } from './test-pack';

const matcher = createMatcher(testPack);

/** The actor mentions of a page given as blocks, as [text, id] pairs. */
function actorsOn(...blocks: string[]): [string, string][] {
  return matcher
    .resolve(blocks.map((b) => matcher.scanBlock(b)))
    .flat()
    .filter((m) => m.kind === 'actor')
    .map((m) => [m.text, m.id]);
}

describe('context rules', () => {
  it('give a page that holds nothing of the pack the verdict the content script gives without them', () => {
    const page = createPageContext(createActorModel(testPack), new Map());
    expect({ packId: testPack.id, onStory: page.onStory, reason: page.reason }).toEqual(nothingOfTheStory(testPack.id));
    expect(matcher.pageContext(matcher.pageKeys(matcher.scanBlock('The council reviewed the harbour budget.'))).reason).toBe(
      nothingOfTheStory(testPack.id).reason,
    );
  });

  it('keeps look-alikes unmarked', () => {
    expect(actorsOn('The temple of Isis stood by the Nile; pilgrims worshipped the goddess Isis and the river Isis at Oxford.')).toEqual(
      [],
    );
    expect(actorsOn('Senator Patrick Leahy of Vermont chaired the committee. Leahy retired in 2023.')).toEqual([]);
    expect(actorsOn('The German coalition government collapsed. The coalition had three parties.')).toEqual([]);
    expect(actorsOn('THIS IS NOT A DRILL.')).toEqual([]);
  });

  it('does not take a title followed by another name for our actor', () => {
    expect(actorsOn('Former Prime Minister Haider al-Abadi spoke.')).toEqual([]);
    expect(actorsOn('Prime Minister Haider al-Abadi spoke.')).toEqual([]);
    expect(actorsOn('Prime MinisterHaider al-Abadi spoke.')).toEqual([]);
  });

  it('merges a title with the name that follows it into one mention', () => {
    expect(actorsOn('Iraqi Prime Minister Mohammed Shia al-Sudani spoke.')).toEqual([
      ['Iraqi Prime Minister Mohammed Shia al-Sudani', 'al-sudani'],
    ]);
    expect(actorsOn('Prime Minister Mohammed Shia al-Sudani spoke.')).toEqual([['Prime Minister Mohammed Shia al-Sudani', 'al-sudani']]);
  });

  it('counts an ambiguous alias when the page names the actor unambiguously elsewhere', () => {
    expect(actorsOn('Kevin C. Leahy commands the troops.', 'Later, Leahy met officials.')).toEqual([
      ['Kevin C. Leahy', 'kevin-leahy'],
      ['Leahy', 'kevin-leahy'],
    ]);
    expect(actorsOn('The Islamic State lost ground.', 'IS fighters fled.')).toEqual([
      ['Islamic State', 'isis'],
      ['IS', 'isis'],
    ]);
    expect(actorsOn('IS fighters fled.')).toEqual([]);
    expect(actorsOn('Sudani spoke.', 'The Prime Minister left early.')).toEqual([
      ['Sudani', 'al-sudani'],
      ['Prime Minister', 'al-sudani'],
    ]);
  });

  it('counts an ambiguous group alias tied to the story in the same block', () => {
    expect(actorsOn('The coalition struck ISIS positions.')).toEqual([
      ['The coalition', 'global-coalition'],
      ['ISIS', 'isis'],
    ]);
  });

  it('does not take a surname after someone else’s first name', () => {
    expect(actorsOn('Kevin Leahy met Senator Patrick Leahy.', 'They discussed the Islamic State.')).toEqual([
      ['Kevin Leahy', 'kevin-leahy'],
      ['Islamic State', 'isis'],
    ]);
    expect(actorsOn('Kevin C. Leahy spoke. Gen. Leahy left.')).toEqual([
      ['Kevin C. Leahy', 'kevin-leahy'],
      ['Leahy', 'kevin-leahy'],
    ]);
    expect(actorsOn('Iraq’s Sudani and Jafar al-Sudani')).toEqual([['Sudani', 'al-sudani']]);
  });

  it('takes a first name and surname alone only on a page that something else ties to the story', () => {
    expect(actorsOn('Kevin Leahy scored twice as the county side won on Saturday.')).toEqual([]);
    expect(actorsOn('Kevin Leahy scored twice.', 'ISIS fighters attacked a checkpoint.')).toEqual([
      ['Kevin Leahy', 'kevin-leahy'],
      ['ISIS', 'isis'],
    ]);
    expect(actorsOn('Maj. Gen. Kevin Leahy spoke on Saturday.')).toEqual([['Kevin Leahy', 'kevin-leahy']]);
  });

  it('reports context actors only through claims, never as mentions', () => {
    expect(actorsOn('The United States and Iraq met in Baghdad.')).toEqual([]);
    const only = createMatcher(testPack, { actorIds: ['iraq'] });
    const mentions = only.resolve([only.scanBlock('ISIS attacked Iraq.')]).flat();
    expect(mentions.map((m) => [m.text, m.id])).toEqual([['Iraq', 'iraq']]);
  });

  it('explains every actor mention in one sentence', () => {
    const [m] = matcher.resolve([matcher.scanBlock('Daesh attacked.')]).flat();
    expect(m?.explanation).toMatch(/^“Daesh” is a name of Islamic State \(Jihadist group\)\.$/);
  });
});

describe('ambiguous group names tied by the same paragraph', () => {
  it('takes "the coalition" for ours when the paragraph names the other side of the conflict', () => {
    expect(actorsOn('Coalition forces struck ISIS positions near Mosul.').map(([, id]) => id)).toEqual(['global-coalition', 'isis']);
  });

  it('does not take "the coalition" for ours when the paragraph names only an ally', () => {
    expect(actorsOn('The U.S. military said the coalition struck targets in Yemen.').map(([, id]) => id)).not.toContain('global-coalition');
  });
});

describe('acronyms defined as something else', () => {
  it('vetoes an acronym on a page that defines it as another name', () => {
    expect(
      actorsOn('The Institute for Science and International Security (ISIS) published a report.', 'ISIS analysts said the site had grown.'),
    ).toEqual([]);
  });

  it('vetoes an acronym followed by another name it spells, in apposition or parentheses', () => {
    expect(actorsOn('ISIS, the Institute for Science and International Security, reported on the site.', 'ISIS analysts agreed.')).toEqual(
      [],
    );
    expect(actorsOn('ISIS (Institute for Science and International Security) reported.')).toEqual([]);
  });

  it('keeps an acronym followed by words that do not spell it', () => {
    expect(actorsOn('ISIS, the terror group, attacked.')).toEqual([['ISIS', 'isis']]);
  });

  it('keeps an acronym the page defines as our actor', () => {
    expect(actorsOn('The Islamic State (ISIS) attacked.', 'ISIS fighters fled.')).toEqual([
      ['Islamic State', 'isis'],
      ['ISIS', 'isis'],
      ['ISIS', 'isis'],
    ]);
  });

  it('keeps an acronym in parentheses after words that do not spell it', () => {
    expect(actorsOn('The militant group (ISIS) attacked.')).toEqual([['ISIS', 'isis']]);
  });
});

describe('titles that name the office or someone else', () => {
  it('skips a title used for the office or in apposition to another name', () => {
    expect(actorsOn('Sudani spoke.', 'Haider al-Abadi served as Prime Minister until 2018.')).toEqual([['Sudani', 'al-sudani']]);
    expect(actorsOn('Sudani spoke.', 'Haider al-Abadi, the Prime Minister, declared victory.')).toEqual([['Sudani', 'al-sudani']]);
  });

  it('keeps a title in apposition to our actor’s own name', () => {
    expect(actorsOn('Sudani, the Prime Minister, spoke.')).toEqual([
      ['Sudani', 'al-sudani'],
      ['Prime Minister', 'al-sudani'],
    ]);
  });
});

describe('names in Arabic script', () => {
  it('finds a name after the one-letter words Arabic joins to it (و ب ل ف ك), and after ل with the article elided', () => {
    const arabic = createMatcher(testPack);
    const found = (text: string): string[] =>
      arabic
        .resolve([arabic.scanBlock(text)])
        .flat()
        .filter((m) => m.kind === 'actor')
        .map((m) => m.text);
    // "and Mohammed Shia al-Sudani", "with ISIS".
    expect(found('التقى رئيس الوزراء ومحمد شياع السوداني بالوفد')).toEqual(['محمد شياع السوداني']);
    expect(found('قاتلت القوات بداعش')).toEqual(['داعش']);
    // A word that merely contains the name is not the name.
    expect(found('كلمة مداعشة')).toEqual([]);
  });
});
