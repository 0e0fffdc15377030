// @vitest-environment happy-dom
/**
 * Tests for src/content/hit-test.ts on a fake layout (one line per paragraph, fixed-width
 * characters) over mentions the real scanner painted: the mention under the point is found, names
 * before claims, and a point in the margin past the text, or over a paragraph that has gone, finds
 * nothing although the caret snaps to the nearest character.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mentionsAtPoint, shadowRootsOf } from '../../../src/content/hit-test';
import type { Scanner } from '../../../src/content/scanner';
import { installLayout, installStaticRange, pointAt, scanPage, useFakeClock } from './page-fakes';

installStaticRange();

let scanner: Scanner;
let undoLayout: () => void;

const LINE_0 = 'Marta Quiroga said the lighthouse was no longer safe.';
const LINE_1 = 'At noon Olaf T. Brenner waved.';

beforeEach(async () => {
  useFakeClock();
  document.body.innerHTML = `<p data-line="0">${LINE_0}</p><p data-line="1" id="second">${LINE_1}</p>`;
  undoLayout = installLayout(document);
  ({ scanner } = await scanPage());
});

afterEach(() => {
  scanner.stop();
  undoLayout();
  vi.useRealTimers();
});

const at = (line: number, index: number): string[] => {
  const { x, y } = pointAt(line, index);
  return mentionsAtPoint(document, scanner, x, y, document.body).map((m) => `${m.kind === 'actor' ? 'actor' : 'claim'}:${m.mention.text}`);
};

describe('mentionsAtPoint', () => {
  it('finds the name under the point first, then the claim sentence it opens', () => {
    expect(at(0, 2)).toEqual(['actor:Marta Quiroga', `claim:${LINE_0}`]);
  });

  it('finds the claim alone past the name, and the name on its last letter', () => {
    expect(at(0, 30)).toEqual([`claim:${LINE_0}`]);
    // The right half of the last letter puts the caret past the end of the name.
    expect(at(0, 'Marta Quiroga'.length - 1)).toEqual(['actor:Marta Quiroga', `claim:${LINE_0}`]);
  });

  it('finds the mention of the line pointed at, not of another line', () => {
    expect(at(1, LINE_1.indexOf('Brenner'))).toEqual(['actor:Olaf T. Brenner']);
    expect(at(1, 2)).toEqual([]);
  });

  it('finds nothing in the margin past the end of a line, where the caret snaps to its last character', () => {
    expect(at(1, LINE_1.length + 8)).toEqual([]);
  });

  it('finds nothing over a paragraph the page has removed', () => {
    const point = pointAt(1, LINE_1.indexOf('Brenner'));
    const second = document.getElementById('second') as HTMLElement;
    const stale = mentionsAtPoint(document, scanner, point.x, point.y, document.body);
    expect(stale).toHaveLength(1);
    second.remove();
    // Put a line without mentions where it was: the caret lands in text the scanner never painted.
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Nothing to see here at all, friends.' }));
    document.body.lastElementChild?.setAttribute('data-line', '1');
    expect(at(1, LINE_1.indexOf('Brenner'))).toEqual([]);
  });
});

describe('shadowRootsOf', () => {
  it('lists the open shadow roots around a target, innermost first', () => {
    const outer = document.createElement('div');
    document.body.append(outer);
    const outerRoot = outer.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    outerRoot.append(inner);
    const innerRoot = inner.attachShadow({ mode: 'open' });
    const text = document.createElement('b');
    innerRoot.append(text);
    expect(shadowRootsOf(text)).toEqual([innerRoot, outerRoot]);
    expect(shadowRootsOf(document.body)).toEqual([]);
    expect(shadowRootsOf(null)).toEqual([]);
  });
});
