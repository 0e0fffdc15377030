// @vitest-environment happy-dom
/**
 * The popup's "Use this article" (`UseArticle`): one test per state a reader can see — ready,
 * reading, the review page opened, no article found, and a page that cannot be read — each
 * checked with axe-core.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UseArticle, type UseArticleState } from '../../../src/popup/UseArticle';
import { NO_ARTICLE } from '../../../src/popup/use-article';
import { axeViolations } from '../ui/axe';

// The module that drives the button talks to the browser; these tests only render the states.
vi.mock('../../../src/shared/browser', () => ({ browser: {} }));

afterEach(() => cleanup());

function show(status: UseArticleState, available = true) {
  const onUse = vi.fn();
  const { container } = render(
    <main>
      <UseArticle status={status} available={available} onUse={onUse} />
    </main>,
  );
  return {
    container,
    onUse,
    button: screen.getByRole('button', { name: 'Use this article' }) as HTMLButtonElement,
    status: screen.getByRole('status'),
  };
}

describe('UseArticle', () => {
  it('offers to make a pack of the page’s article', async () => {
    const { container, onUse, button, status } = show({ state: 'idle' });
    expect(status.textContent).toContain('you review it before anything is used');
    fireEvent.click(button);
    expect(onUse).toHaveBeenCalledOnce();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('is busy while it reads the article', async () => {
    const { container, button, status } = show({ state: 'reading' });
    expect(button.disabled).toBe(true);
    expect(status.textContent).toBe('Reading the article…');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says where the draft went', async () => {
    const { container, status } = show({ state: 'opened' });
    expect(status.textContent).toContain('The draft opened in a new tab');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says so when the page has no article', async () => {
    const { container, button, status } = show({ state: 'failed', message: NO_ARTICLE });
    expect(button.disabled).toBe(false);
    expect(status.textContent).toBe(NO_ARTICLE);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('is off where no extension may read the page', async () => {
    const { container, button } = show({ state: 'idle' }, false);
    expect(button.disabled).toBe(true);
    expect(await axeViolations(container)).toEqual([]);
  });
});
