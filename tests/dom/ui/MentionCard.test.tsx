// @vitest-environment happy-dom
/**
 * The hover card (`MentionCard` with `ActorCard` and `ClaimCard`): one test per state a reader
 * can see, each checked with axe-core. Uses the embedded pack, as the extension does.
 */
import { fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup } from '@testing-library/preact';
import { loadEmbeddedPack } from '../../../src/core/embedded-pack';
import type { Pack } from '../../../src/core/pack';
import { MentionCard } from '../../../src/ui/MentionCard';
import type { CardMention } from '../../../src/ui/card-model';
import { axeViolations } from './axe';

const pack = loadEmbeddedPack();

const sudani: CardMention = {
  kind: 'actor',
  id: 'al-sudani',
  text: 'Sudani',
  explanation: '“Sudani” is a name of Mohammed Shia al-Sudani.',
};
const leahy: CardMention = {
  kind: 'actor',
  id: 'kevin-leahy',
  text: 'Kevin C. Leahy',
  explanation: '“Kevin C. Leahy” is a name of Maj. Gen. Kevin C. Leahy.',
};
const noLongerThreat: CardMention = {
  kind: 'claim',
  id: 'isis-no-longer-a-threat',
  text: 'Sudani said that ISIS no longer poses a threat to Iraq.',
  explanation: 'This sentence says: ISIS no longer poses a threat to Iraq. (matched ISIS “ISIS”, threat “threat”, no longer “no longer”).',
  side: 'claim',
  cues: [
    { label: 'ISIS', text: 'ISIS', role: 'subject' },
    { label: 'a threat', text: 'threat', role: 'predicate' },
    { label: 'says it has ended', text: 'no longer', role: 'stance' },
  ],
  attribution: { text: 'Sudani', cue: 'said' },
};
const stillThreat: CardMention = {
  kind: 'claim',
  id: 'isis-still-a-threat',
  text: 'Washington says ISIS is still a threat.',
  explanation: 'This sentence says: ISIS is still a threat in Iraq.',
  side: 'opposing',
  cues: [
    { label: 'ISIS', text: 'ISIS' },
    { label: 'still', text: 'still a threat' },
  ],
};

function show(mentions: CardMention[], options: { takeFocus?: boolean; onClose?: () => void; pack?: Pack } = {}) {
  return render(
    <MentionCard
      pack={options.pack ?? pack}
      mentions={mentions}
      takeFocus={options.takeFocus ?? false}
      onClose={options.onClose ?? (() => undefined)}
    />,
  );
}

afterEach(() => cleanup());

describe('MentionCard', () => {
  it('shows an actor with quotes: who they are, quotes marked direct or reported, claims and who contests them', async () => {
    const { container } = show([sudani]);
    // The card is announced as a dialog named after the actor, and holds what it says of them.
    expect(screen.getByRole('dialog', { name: 'Mohammed Shia al-Sudani' }).textContent).toContain('Prime Minister of Iraq');
    expect(container.textContent).toContain('Prime Minister of Iraq');
    expect(container.textContent).toContain('Reported speech');
    expect(container.textContent).toContain('ISIS is no longer a threat');
    expect(container.textContent).toContain('Contested by United States and US military');
    expect(container.textContent).toContain('ISIS is still a threat in Iraq.');
    expect(container.textContent).toContain('“Sudani” is a name of Mohammed Shia al-Sudani.');
    expect(container.textContent).not.toMatch(/\bfalse\b/i);
    // Two quotes first, the rest on request.
    expect(container.querySelectorAll('.ncl-quote')).toHaveLength(2);
    const more = screen.getByRole('button', { name: /Show all \d+ quotes/ });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(more);
    expect(container.querySelectorAll('.ncl-quote').length).toBe(pack.quotes.filter((q) => q.speaker === 'al-sudani').length);
    expect(container.textContent).toContain('“The remnants of terrorism');
    expect(container.textContent).toContain('Direct quote');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows an actor without quotes, saying so plainly', async () => {
    const { container } = show([leahy]);
    expect(screen.getByRole('dialog', { name: 'Maj. Gen. Kevin C. Leahy' }).textContent).toContain(
      'The article does not quote Maj. Gen. Kevin C. Leahy.',
    );
    expect(screen.getByTestId('no-quotes').textContent).toBe('The article does not quote Maj. Gen. Kevin C. Leahy.');
    expect(container.querySelector('.ncl-quote')).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows a claim sentence: which claim it restates, the quote, who says otherwise and the matched words', async () => {
    const { container } = show([noLongerThreat]);
    expect(screen.getByRole('dialog', { name: 'ISIS no longer poses a threat to Iraq.' }).textContent).toContain(
      'This restates al-Sudani’s claim:',
    );
    expect(container.textContent).toContain('This restates al-Sudani’s claim:');
    expect(container.textContent).toContain('Made by Mohammed Shia al-Sudani · Tuesday');
    expect(container.textContent).toContain('ISIS is no longer a threat');
    expect(container.textContent).toContain('Contested by United States and US military');
    expect(container.textContent).toContain('The US military said it carried out a raid');
    // Which side, and why, in the page's own words.
    expect(screen.getByTestId('claim-reason').textContent).toBe(
      'It names ISIS (“ISIS”), speaks of a threat (“threat”) and says it has ended (“no longer”).',
    );
    expect([...screen.getByTestId('matched-words').querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'ISIS ISIS',
      'a threat threat',
      'says it has ended no longer',
    ]);
    expect(screen.getByTestId('claim-attribution').textContent).toBe('The page attributes it to Sudani (“said”).');
    expect(container.textContent).not.toMatch(/\bfalse\b/i);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows an opposing-claim sentence: it sides with the opposing claim, contested by al-Sudani’s claims', async () => {
    const { container } = show([stillThreat]);
    expect(container.textContent).toContain('Opposing claim');
    expect(container.textContent).toContain('This sides with the opposing claim:');
    expect(container.textContent).toContain('Made by United States and US military');
    expect(container.textContent).toContain('“dramatic military raid”');
    expect(container.textContent).toContain('Contested by Mohammed Shia al-Sudani');
    expect(container.textContent).toContain('ISIS no longer poses a threat to Iraq.');
    // A report from an older version has no roles: the card gives the matcher's sentence instead.
    expect(screen.queryByTestId('claim-reason')).toBeNull();
    expect(container.textContent).toContain('This sentence says: ISIS is still a threat in Iraq.');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows the article’s own claim, with no speaker and no quote', async () => {
    const mention: CardMention = {
      kind: 'claim',
      id: 'isis-as-pretext',
      text: 'ISIS is a pretext.',
      explanation: 'This sentence says: …',
      side: 'opposing',
      cues: [],
    };
    const { container } = show([{ ...mention, side: 'claim' }]);
    expect(container.textContent).toContain('This restates the article’s own claim:');
    expect(container.textContent).toContain('Made by the article itself');
    expect(container.textContent).not.toContain('In their words');
    // Without cue words the card falls back to the matcher's own explanation.
    expect(container.textContent).toContain('This sentence says: …');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('offers every highlight under the pointer when a name sits inside a claim sentence', async () => {
    const { container } = show([sudani, noLongerThreat]);
    const tabs = screen.getAllByRole('button', { pressed: undefined }).filter((b) => b.classList.contains('ncl-tab'));
    expect(tabs.map((t) => t.textContent)).toEqual(['Mohammed Shia al-Sudani', 'The claim']);
    expect(tabs[0]?.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(tabs[1] as HTMLElement);
    expect(container.querySelector('[data-card-kind]')?.getAttribute('data-card-kind')).toBe('claim');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('sets right-to-left quotes in their own direction', async () => {
    const arabic = 'لم يعد تنظيم داعش يشكل تهديدا';
    const rtlPack: Pack = {
      ...pack,
      article: { ...pack.article, language: 'ar' },
      quotes: pack.quotes.map((q) => (q.id === 'sudani-isis-no-longer-a-threat' ? { ...q, text: arabic } : q)),
    };
    const { container } = show([sudani], { pack: rtlPack });
    const quote = [...container.querySelectorAll('blockquote')].find((b) => b.textContent === arabic);
    expect(quote?.getAttribute('dir')).toBe('auto');
    expect(quote?.getAttribute('lang')).toBe('ar');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('takes focus when opened from the keyboard, and closes from its button', () => {
    const onClose = vi.fn();
    show([sudani], { takeFocus: true, onClose });
    expect(document.activeElement?.id).toBe('ncl-card-title');
    fireEvent.click(screen.getByRole('button', { name: 'Close card' }));
    expect(onClose).toHaveBeenCalledOnce();
  });
});
