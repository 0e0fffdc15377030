// @vitest-environment happy-dom
/**
 * The review page (`ReviewView`): one test per state a reader can see — drafting, no article, a
 * draft that failed, the draft ready to edit, saving, saved, and refused with readable errors —
 * each checked with axe-core; and the edits reach `onChange` from labelled controls.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildPack } from '../../../src/core/builder';
import { parsePack, type Pack } from '../../../src/core/pack';
import { ReviewView, type ReviewState, type SaveState } from '../../../src/review/ReviewView';
import { readableErrors } from '../../../src/review/save-errors';
import { axeViolations } from '../ui/axe';
import { draftPack } from './draft-pack';

afterEach(() => cleanup());

function ready(save: SaveState = { state: 'idle' }, extra: Partial<Extract<ReviewState, { state: 'ready' }>> = {}): ReviewState {
  return { state: 'ready', draft: draftPack(), warnings: ['The builder was unsure who said one quote.'], save, ...extra };
}

/** Renders the view with its own draft state, as `ReviewApp` would, and records every change. */
function Editable({ onChanged }: { onChanged: (pack: Pack) => void }) {
  const [draft, setDraft] = useState(draftPack());
  return (
    <ReviewView
      review={{ state: 'ready', draft, warnings: [], save: { state: 'idle' } }}
      onChange={(pack) => {
        setDraft(pack);
        onChanged(pack);
      }}
      onSave={() => undefined}
      onOpenOptions={() => undefined}
    />
  );
}

const show = (review: ReviewState) => {
  const props = { review, onChange: vi.fn(), onSave: vi.fn(), onOpenOptions: vi.fn() };
  return { ...render(<ReviewView {...props} />), props };
};

describe('ReviewView', () => {
  it('says it is drafting, on the device', async () => {
    const { container } = show({ state: 'drafting' });
    expect(screen.getByTestId('review-state').getAttribute('data-state')).toBe('drafting');
    expect(container.textContent).toContain('nothing is sent anywhere');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows which pass the builder is on, in words and as a bar, in a status read out politely', async () => {
    const { container } = show({ state: 'drafting', progress: { pass: 'quotes', done: 6, total: 10 } });
    const status = screen.getByRole('status');
    expect(status.getAttribute('aria-live') ?? 'polite').toBe('polite');
    expect(status.textContent).toContain('Drafting… reading quotes (7 of 10)');
    const bar = screen.getByRole('progressbar', { name: 'Drafting… reading quotes (7 of 10)' }) as HTMLProgressElement;
    expect([bar.value, bar.max]).toEqual([6, 10]);
    expect(container.querySelector('main')?.getAttribute('aria-busy')).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows a bar without a value until the builder reports its first pass', async () => {
    const { container } = show({ state: 'drafting' });
    const bar = screen.getByRole('progressbar', { name: 'Drafting…' });
    expect(bar.hasAttribute('value')).toBe(false);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('explains how to get a draft when there is no article to review', async () => {
    const { container } = show({ state: 'missing' });
    expect(screen.getByRole('alert').textContent).toContain('There is no article to review here.');
    expect(container.textContent).toContain('“Use this article”');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says why no pack could be drafted', async () => {
    const { container } = show({ state: 'failed', message: 'The article has no text.' });
    expect(screen.getByRole('alert').textContent).toContain('The article has no text.');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows the draft: actors with kind, role and name forms, quotes with speakers, claims with oppositions', async () => {
    const { container } = show(ready());
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('Harbour city council votes to close the old ferry pier');
    const actors = screen.getByTestId('review-actors');
    expect([...actors.querySelectorAll('[data-actor-id]')].map((el) => el.getAttribute('data-actor-id'))).toEqual([
      'ingrid-halvorsen',
      'tomas-eklund',
      'ferry-union',
    ]);
    const mayor = actors.querySelector('[data-actor-id="ingrid-halvorsen"]') as HTMLElement;
    expect((within(mayor).getByLabelText('Role') as HTMLInputElement).value).toBe('Mayor');
    expect((within(mayor).getByLabelText('Kind') as HTMLSelectElement).value).toBe('person');
    expect(
      (within(mayor).getByLabelText('“Halvorsen” counts only when the page also names Ingrid Halvorsen in full') as HTMLInputElement)
        .checked,
    ).toBe(true);
    const quote = screen.getByTestId('review-quotes').querySelector('[data-quote-id="q-timber"]') as HTMLElement;
    expect((within(quote).getByLabelText('Said by') as HTMLSelectElement).value).toBe('ingrid-halvorsen');
    expect(quote.textContent).toContain('In quotation marks');
    const claim = screen.getByTestId('review-claims').querySelector('[data-claim-id="pier-unsafe"]') as HTMLElement;
    expect(claim.querySelector('[data-opposes="pier-safe"]')?.textContent).toContain('The pier is still safe.');
    expect(container.textContent).toContain('1 thing to check');
    expect(screen.getByTestId('save-status').textContent).toContain('Nothing is used until you save.');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('turns each edit into a new draft: rename, alias rules, add and remove forms, merge, quotes, claims, oppositions', () => {
    const changes: Pack[] = [];
    render(<Editable onChanged={(pack) => changes.push(pack)} />);
    const last = (): Pack => changes[changes.length - 1] as Pack;
    const actor = (id: string): HTMLElement => document.querySelector(`[data-actor-id="${id}"]`) as HTMLElement;

    fireEvent.input(within(actor('tomas-eklund')).getByLabelText('Name'), { target: { value: 'Tomas Eklund Jr' } });
    expect(last().actors[1]?.name).toBe('Tomas Eklund Jr');
    fireEvent.click(within(actor('tomas-eklund')).getByLabelText('“Eklund” matches only in this exact case'));
    expect(last().actors[1]?.aliases[1]?.caseSensitive).toBe(true);
    fireEvent.input(within(actor('ferry-union')).getByLabelText('New name form for Northcape Ferry Workers Union'), {
      target: { value: 'the union' },
    });
    fireEvent.click(within(actor('ferry-union')).getByRole('button', { name: 'Add name form' }));
    expect(last().actors[2]?.aliases.map((a) => a.text)).toEqual(['Northcape Ferry Workers Union', 'the union']);
    fireEvent.click(within(actor('ferry-union')).getByRole('button', { name: 'Remove name form “the union”' }));
    expect(last().actors[2]?.aliases.map((a) => a.text)).toEqual(['Northcape Ferry Workers Union']);
    expect(
      (within(actor('ferry-union')).getByRole('button', { name: 'Remove name form “Northcape Ferry Workers Union”' }) as HTMLButtonElement)
        .disabled,
    ).toBe(true);

    fireEvent.change(within(actor('tomas-eklund')).getByLabelText('Same as'), { target: { value: 'ferry-union' } });
    fireEvent.click(within(actor('tomas-eklund')).getByRole('button', { name: 'Merge into it' }));
    expect(last().actors.map((a) => a.id)).toEqual(['ingrid-halvorsen', 'ferry-union']);
    expect(last().quotes.find((q) => q.id === 'q-selling')?.speaker).toBe('ferry-union');

    fireEvent.click(screen.getByRole('button', { name: 'Delete quote 2' }));
    expect(last().quotes.map((q) => q.id)).toEqual(['q-unsafe', 'q-selling']);
    fireEvent.input(screen.getByLabelText('Statement of claim 3'), { target: { value: 'The closure is about land.' } });
    expect(last().claims[2]?.statement).toBe('The closure is about land.');
    fireEvent.click(screen.getByRole('button', { name: 'Unlink this opposing claim from claim 1' }));
    expect(last().claims.map((c) => c.opposes)).toEqual([[], [], []]);
    const claim3 = document.querySelector('[data-claim-id="about-waterfront"]') as HTMLElement;
    fireEvent.change(within(claim3).getByLabelText('Add an opposing claim'), { target: { value: 'pier-safe' } });
    fireEvent.click(within(claim3).getByRole('button', { name: 'Link' }));
    expect(last().claims.find((c) => c.id === 'pier-safe')?.opposes).toEqual(['about-waterfront']);
    fireEvent.click(screen.getByRole('button', { name: 'Delete claim 1' }));
    expect(last().claims.map((c) => c.id)).toEqual(['pier-safe', 'about-waterfront']);
  });

  it('says what a claim says in a reader’s words, where the article states it, and why it was linked; edits show live', async () => {
    const changes: Pack[] = [];
    const { container } = render(<Editable onChanged={(pack) => changes.push(pack)} />);
    const claim = (): HTMLElement => document.querySelector('[data-claim-id="pier-unsafe"]') as HTMLElement;
    expect(within(claim()).getByTestId('frame-phrase').textContent).toBe('Claim 1 says the pier is no longer safe.');
    const matches = (): string => within(claim()).getByTestId('claim-matches').textContent ?? '';
    expect(matches()).toContain('found in 1 sentence of this article');
    expect(matches()).toContain('Mayor Ingrid Halvorsen said the pier was no longer safe for passengers.');
    expect(matches()).not.toContain('still safe');
    expect(within(claim()).getByTestId('linked-because').textContent).toContain(
      'one side says the opposite on the same question, as the article puts it: “the pier was no longer safe” against “the pier was still safe”',
    );
    expect(await axeViolations(container)).toEqual([]);

    // The side, in words: "is still safe" now finds the other speaker's sentence instead.
    const side = within(claim()).getByLabelText('Side it takes') as HTMLSelectElement;
    expect([...side.options].map((o) => o.textContent)).toContain('says the pier is still safe');
    fireEvent.change(side, { target: { value: 'continuing' } });
    expect(changes[changes.length - 1]?.claims[0]?.frame.stance).toBe('continuing');
    expect(within(claim()).getByTestId('frame-phrase').textContent).toBe('Claim 1 says the pier is still safe.');
    expect(matches()).toContain('Tomas Eklund said the pier was still safe.');
    expect(matches()).not.toContain('no longer safe for passengers');

    // Another idea of the vocabulary, chosen by its label: nothing in the article says the pier is still a threat.
    fireEvent.change(within(claim()).getByLabelText('Idea'), { target: { value: 'threat' } });
    expect(changes[changes.length - 1]?.claims[0]?.frame.predicate).toEqual({ label: 'a threat', concepts: ['threat'], terms: [] });
    expect(within(claim()).getByTestId('frame-phrase').textContent).toBe('Claim 1 says the pier is still a threat.');
    expect(matches()).toContain('found in no sentence of this article');
  });

  it('says, in the article’s words, why a drafted claim was linked by a fault found with the other side’s conduct', async () => {
    const built = parsePack(
      buildPack({
        text: [
          'Mayor Lena Ortiz said on Monday that the new stadium will pay for itself.',
          'Economist Tom Brady said that Ortiz’s “reckless spending” had emptied the city fund.',
        ].join('\n'),
      }).pack,
    );
    if (!built.ok) throw new Error(built.errors.join('\n'));
    const { container } = show({ state: 'ready', draft: built.value, warnings: [], save: { state: 'idle' } });
    const reasons = screen.getAllByTestId('linked-because').map((r) => r.textContent);
    expect(reasons).toContain(
      ' Why linked: one side finds fault with how the other side acts, as the article puts it: “Economist Tom Brady said that Ortiz’s “reckless spending” had emptied the city fund.”',
    );
    expect(await axeViolations(container)).toEqual([]);
  });

  it('deletes an actor that is none: its quotes keep their words, without a speaker', () => {
    const changes: Pack[] = [];
    render(<Editable onChanged={(pack) => changes.push(pack)} />);
    const eklund = document.querySelector('[data-actor-id="tomas-eklund"]') as HTMLElement;
    fireEvent.click(within(eklund).getByRole('button', { name: /^Delete Tomas Eklund/ }));
    const last = changes[changes.length - 1] as Pack;
    expect(last.actors.map((a) => a.id)).toEqual(['ingrid-halvorsen', 'ferry-union']);
    expect(last.quotes.find((q) => q.id === 'q-selling')).toMatchObject({
      text: 'This is about selling the waterfront,',
      source: 'Tomas Eklund',
    });
    expect(last.quotes.find((q) => q.id === 'q-selling')?.speaker).toBeUndefined();
    expect(last.claims.find((c) => c.id === 'pier-safe')?.speakers).toEqual([]);
    expect(document.querySelector('[data-actor-id="tomas-eklund"]')).toBeNull();
    expect(parsePack(last).ok).toBe(true);
  });

  it('saves from a button, and says when saving replaces an earlier pack', async () => {
    const { container, props } = show(ready({ state: 'idle' }, { replaces: 'An older title' }));
    expect(screen.getByTestId('replaces').textContent).toContain('An older title');
    fireEvent.click(screen.getByRole('button', { name: 'Save pack' }));
    expect(props.onSave).toHaveBeenCalledOnce();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows saving, then saved with a way to manage packs', async () => {
    show(ready({ state: 'saving' }));
    expect((screen.getByRole('button', { name: 'Saving…' }) as HTMLButtonElement).disabled).toBe(true);
    cleanup();
    const { container, props } = show(
      ready({ state: 'saved', title: 'Harbour city council votes to close the old ferry pier', replaced: false }),
    );
    expect(screen.getByTestId('save-status').textContent).toContain(
      'Saved “Harbour city council votes to close the old ferry pier”. Its actors are highlighted',
    );
    expect(screen.queryByTestId('replaces')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Manage packs' }));
    expect(props.onOpenOptions).toHaveBeenCalledOnce();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('lists a refusal in words that name the draft’s items', async () => {
    const pack = draftPack();
    const errors = readableErrors(
      pack,
      'This is not a pack this extension can use:\nquotes[1].text: does not occur verbatim in the article text\nactors[0].aliases[1].text: empty\nclaims[2].statement: empty',
    );
    expect(errors).toEqual([
      'This is not a pack this extension can use:',
      'Quote 2 (“The timber under the deck is…”), text: does not occur verbatim in the article text',
      'Actor “Ingrid Halvorsen”, name form 2: empty',
      'Claim “The closure is about selling the…”, statement: empty',
    ]);
    const { container } = show(ready({ state: 'refused', errors }));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('The pack was not saved.');
    expect(alert.textContent).toContain('Quote 2 (“The timber under the deck is…”)');
    expect(await axeViolations(container)).toEqual([]);
  });
});
