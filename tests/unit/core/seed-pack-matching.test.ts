/**
 * The shipped seed pack on sentences of our own: paraphrases that must be found and look-alikes
 * that must stay unmarked. (The real pages used for measuring are never copied here.)
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../../src/core/embedded-pack';
import { createMatcher, type Mention } from '../../../src/core/matcher';

const matcher = createMatcher(loadEmbeddedPack());

/** Every mention of a page given as blocks, as "kind:id" strings. */
function idsOn(...blocks: string[]): string[] {
  return matcher
    .resolve(blocks.map((b) => matcher.scanBlock(b)))
    .flat()
    .map((m: Mention) => `${m.kind}:${m.id}`);
}

describe('seed pack: look-alikes stay unmarked', () => {
  it.each([
    ['Isis, the Egyptian goddess of magic, was worshipped across the Mediterranean. The cult of Isis spread to Rome.'],
    ['The River Isis flows through Oxford, where rowers train on the Isis every morning.'],
    ['Senator Patrick Leahy of Vermont served from 1975 to 2023. Leahy chaired the Appropriations Committee.'],
    ['The traffic light coalition of the SPD, the Greens and the FDP governed Germany. The coalition collapsed in 2024.'],
    ['Abdul Falah al-Sudani, a former trade minister, was convicted of corruption. Al-Sudani denied the charges.'],
    ['The 2003 invasion was led by a US-led coalition. Coalition forces reached the capital in April.'],
    ['IS THIS THE END OF THE SEASON?'],
    ['Sudanese refugees crossed into Chad, where aid groups warned that the danger remains.'],
    ['The prime minister said the threat no longer exists, and the coalition will end its mission in the region.'],
  ])('%s', (text) => {
    expect(idsOn(text)).toEqual([]);
  });

  it.each([
    ['ISIS won control of Mosul in 2014 and defeated the army there.'],
    ['The US embassy urged Americans to leave Iraq immediately.'],
    ['Is ISIS still a threat to Iraq?'],
    ['The threat from ISIS continued to decline in 2023.'],
    ['At the end of the year, coalition forces conducted operations against ISIS in Syria.'],
    // History, places elsewhere, denied reports and supposed plans state nothing of the story now.
    ['In 2014, Islamic State was the gravest threat Iraq had faced in a generation.'],
    ['Islamic State remains a serious threat in Syria’s Deir ez-Zor province, a war monitor said.'],
    ['The Islamic State’s Afghan branch is still a threat to Kabul, a UN panel said.'],
    ['A spokesman for al-Sudani denied reports that the premier had declared the danger from ISIS over.'],
    ['Any deal to end the coalition’s mission in Iraq will need parliament to approve it.'],
    ['Analysts warn that Islamic State could become a threat again in Iraq if the camps are not emptied.'],
    ['The SDF commander said the jihadists remained a real threat in the Syrian desert.'],
    // The target of an attack is not who attacks.
    ['US forces continue to launch attacks against ISIS in the desert.'],
    ['Iraqi troops are still carrying out attacks on ISIS hideouts.'],
    // Who would help is not who acts.
    ['Kurdish commanders said their fighters could defend Kirkuk without help from Iraqi forces.'],
    ['The Kurds can hold the line without the help of Iraqi troops.'],
    // Who beats an army is not the one beaten.
    ['ISIS defeated the Iraqi army near Mosul in 2014.'],
    ['Daesh beat the government’s troops in the first weeks of the war.'],
    ['The army beat back a Daesh attack near Kirkuk.'],
    // Holding back from saying it, or setting it in an unnamed future, asserts nothing.
    ['The minister stopped short of saying that Daesh was finished as a danger to Iraq.'],
    ['Iraqi forces may one day guard the border alone.'],
    ['Iraq has not been defeated by Daesh, the premier said.'],
    ['How to end the US military presence in Iraq'],
    // A country named as the speaker does not set the claim in the story's place.
    ['The Islamic State remains a threat in Afghanistan, US officials said.'],
    ['Few believe that Daesh has been defeated in Iraq.'],
    // A document that calls for it provides for it; nobody demands it.
    ['The deal calls for US troops to leave Iraq.'],
    ['Ways to end the coalition mission in Iraq'],
  ])('states no claim: %s', (text) => {
    expect(idsOn(text).filter((id) => id.startsWith('claim:'))).toEqual([]);
  });

  it('does not take a longer proper name for the group, unless it goes on in the group’s own words', () => {
    expect(idsOn('The Islamic State of Afghanistan was proclaimed in 1992.')).toEqual([]);
    expect(idsOn('The Islamic State of Iraq was its predecessor.')).toEqual(['actor:isis']);
  });

  it('does not take a longer acronym that starts with ours ("ISIS-K") for the group, but keeps "ISIS-linked"', () => {
    expect(idsOn('ISIS-K claimed the attack in Kabul.')).toEqual([]);
    expect(idsOn('ISIS-linked militants attacked a checkpoint.')).toEqual(['actor:isis']);
  });

  it('keeps a person whose name is followed by an affiliation ("of the …")', () => {
    expect(idsOn('Maj. Gen. Kevin C. Leahy of the Global Coalition against ISIS attended.')).toEqual(
      expect.arrayContaining(['actor:kevin-leahy', 'actor:global-coalition']),
    );
  });

  it('does not take Prime Minister Haider al-Abadi for al-Sudani', () => {
    expect(idsOn('Prime Minister Haider al-Abadi declared victory over ISIS in 2017.')).not.toContain('actor:al-sudani');
    expect(idsOn('Former Iraqi Prime Minister Nouri al-Maliki criticized the deal.')).toEqual([]);
  });
});

describe('seed pack: paraphrases are found', () => {
  it.each([
    [
      'Iraq’s prime minister, Mohammed Shia al-Sudani, says the Islamic State group no longer threatens the country.',
      'claim:isis-no-longer-a-threat',
    ],
    ['Daesh remains a serious threat, a US general warned.', 'claim:isis-still-a-threat'],
    ['Islamic State no longer endangers Iraq, officials in Baghdad said.', 'claim:isis-no-longer-a-threat'],
    ['ISIS poses no real threat to Iraq any more, the premier said.', 'claim:isis-no-longer-a-threat'],
    ['Baghdad wants US troops to leave Iraq, and Iraqi lawmakers demanded their withdrawal.', 'claim:us-troops-should-leave'],
    ['Washington used the fight against ISIS as a pretext to keep troops in Iraq, the militias said.', 'claim:isis-as-pretext'],
    ['Talks continue on ending the coalition’s mission in Iraq by 2025.', 'claim:coalition-mission-ending'],
    ['Iraqi lawmakers voted to expel foreign troops from the country.', 'claim:us-troops-should-leave'],
    ['The US has no plans to withdraw its troops from Iraq, the Pentagon said.', 'claim:us-reluctant-to-leave'],
    ['In 2017 the government declared victory over ISIS after three years of war.', 'claim:victory-over-isis'],
    ['ISIS remains a threat to Iraq and Syria, the general said.', 'claim:isis-still-a-threat'],
    ['Al-Sudani said the remnants of terrorism had lost any capacity to threaten the state.', 'claim:isis-no-longer-a-threat'],
    ['Iraqi Prime Minister Mohammed Shia al-Sudani called again on Tuesday for US forces to leave Iraq.', 'claim:us-troops-should-leave'],
    ['US troops have been asked to leave Iraq by the country’s prime minister.', 'claim:us-troops-should-leave'],
    ['Washington is dragging its feet on withdrawing US forces from Iraq, diplomats say.', 'claim:us-reluctant-to-leave'],
    ['Pentagon officials warned that ISIS could stage a comeback in Iraq if pressure eases.', 'claim:isis-still-a-threat'],
    [
      'Daesh has not disappeared in Iraq. Its cells move at night, and they remain a real danger to people here.',
      'claim:isis-still-a-threat',
    ],
    [
      'The Iraqi armed forces, including the army and the Counter-Terrorism Service, are fully capable of dealing with the remnants of terrorism by themselves.',
      'claim:iraqi-forces-can-do-it-alone',
    ],
    ['Al-Sudani said the presence of foreign combat forces in Iraq is no longer needed.', 'claim:us-troops-should-leave'],
    ['Sudani asked the Americans to begin pulling their troops out of Iraq.', 'claim:us-troops-should-leave'],
    ['Iraqi lawmakers want US troops to quit Iraq.', 'claim:us-troops-should-leave'],
    ['The Iraqi government seeks the departure of American forces from Iraq.', 'claim:us-troops-should-leave'],
    ['Iraqi troops beat the Islamic State after three years of war.', 'claim:victory-over-isis'],
    ['The premier spoke of the victory over Daesh at a rally in Basra.', 'claim:victory-over-isis'],
    ['Daesh has not been defeated in Iraq, a US general said.', 'claim:isis-still-a-threat'],
    ['The talks in Baghdad are about the end of the coalition’s mission in Iraq.', 'claim:coalition-mission-ending'],
    ['Iraqi officials spoke of the end of the Daesh threat.', 'claim:isis-no-longer-a-threat'],
    // A headline's bare "to" says what will happen.
    ['Anti-ISIS coalition to end its Iraq mission next year', 'claim:coalition-mission-ending'],
    ['US troops to stay in Iraq after talks stall', 'claim:us-reluctant-to-leave'],
    ['The US will keep troops in Iraq for years, a Pentagon official said.', 'claim:us-reluctant-to-leave'],
    ['Nobody believes the Islamic State is no longer a threat to Iraq.', 'claim:isis-still-a-threat'],
    ['ISIS remains a threat in Iraq and Syria, US officials said.', 'claim:isis-still-a-threat'],
    ['The agreement calls for the end of the coalition’s military mission in Iraq next year.', 'claim:coalition-mission-ending'],
    ['Iraq no longer needs the coalition, Sudani told reporters.', 'claim:us-troops-should-leave'],
    // The place named in the sentence before carries over.
    [
      'US Ambassador Alina Romanowski met Iraq’s prime minister on Tuesday. The premier told her that American forces ought to leave.',
      'claim:us-troops-should-leave',
    ],
  ])('%s', (text, id) => {
    expect(idsOn(text)).toContain(id);
  });

  it('reads a negation through the modal it governs: a group that can no longer attack is no longer a threat', () => {
    for (const text of [
      'ISIS no longer has the capacity to launch major attacks in Iraq.',
      'The Islamic State is no longer able to carry out large-scale attacks in Iraq.',
    ]) {
      const ids = idsOn(text);
      expect(ids).not.toContain('claim:isis-still-a-threat');
      expect(ids).toContain('claim:isis-no-longer-a-threat');
    }
  });

  it('reads a description in a paragraph that names no group as the group the page names', () => {
    const later = 'Days later, Prime Minister Mohammed Shia al-Sudani said the militants no longer posed a threat to Iraq.';
    expect(idsOn('Seven US troops were wounded in a raid on an ISIS hideout.', later)).toContain('claim:isis-no-longer-a-threat');
    // A page that never names the group leaves the description unresolved.
    expect(idsOn('Seven US troops were wounded in a raid.', later)).not.toContain('claim:isis-no-longer-a-threat');
  });

  it('finds the prime minister by surname once the page names him in full', () => {
    const ids = idsOn(
      'Mohammed Shia al-Sudani met the envoy.',
      'Later, al-Sudani said talks would go on.',
      'Sudani’s office confirmed it.',
    );
    expect(ids.filter((id) => id === 'actor:al-sudani')).toHaveLength(3);
  });
});
