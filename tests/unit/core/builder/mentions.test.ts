import { describe, expect, it } from 'vitest';
import { byAlias, draft } from './helpers';

describe('mentions pass', () => {
  it('prefers the longest form, so the army is not the country', () => {
    const text = 'US troops left. The US said so.';
    const d = draft(text);
    const [first, second] = d.mentions;
    expect(text.slice(first!.start, first!.end)).toBe('US troops');
    expect(d.actors.find((a) => a.id === first!.actor)?.kind).toBe('military');
    expect(d.actors.find((a) => a.id === second!.actor)?.kind).toBe('country');
  });

  it('reads the role just before a name, without the verb before it', () => {
    const d = draft('Port director Lena Okonkwo met union leader Piotr Nowak on Monday.');
    expect(byAlias(d.actors, 'Piotr Nowak')?.role).toBe('union leader');
  });

  it('takes the body in an apposition as whom the person works for, not as the person', () => {
    const d = draft('Wes Harlan, the president of the Prairie Growers Bureau, said farmers were hurting.');
    const duvall = byAlias(d.actors, 'Wes Harlan')!;
    expect(duvall.affiliation).toBe(byAlias(d.actors, 'Prairie Growers Bureau')!.id);
  });

  it('skips page furniture: a byline names nobody in the story', () => {
    const d = draft('By Jane Doe and Tom Hale\nThe port reopened on Monday.');
    expect(d.mentions).toEqual([]);
  });
});
