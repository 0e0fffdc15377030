import { afterEach, describe, expect, it } from 'vitest';
import { aliasVariants, createActorModel, installVariantTables, variantFingerprint, variantTable } from '../../../src/core/context';
import { loadEmbeddedPack } from '../../../src/core/embedded-pack';
import type { Actor } from '../../../src/core/pack';

const withAlias = (actors: readonly Actor[], at: number, text: string): Actor[] =>
  actors.map((actor, i) => (i === at ? { ...actor, aliases: [...actor.aliases, { ...actor.aliases[0]!, text }] } : actor));

describe('variant tables (src/core/context.ts)', () => {
  afterEach(() => installVariantTables([]));

  it('give the seed pack the same actor model as working the variants out', () => {
    const pack = loadEmbeddedPack();
    installVariantTables([]);
    const worked = createActorModel(pack).entries;
    installVariantTables([variantTable(pack.actors)]);
    expect(createActorModel(pack).entries).toEqual(worked);
  });

  it('are read for the list they were made from, not worked out again', () => {
    const pack = loadEmbeddedPack();
    const table = variantTable(pack.actors);
    // A row no rule would write: only a model read from the table holds it.
    installVariantTables([{ ...table, rows: [...table.rows, [0, 0, 'a made-up variant', 0]] }]);
    expect(createActorModel(pack).entries.map((e) => e.text)).toContain('a made-up variant');
  });

  it('are not used for a list that differs in any alias field', () => {
    const pack = loadEmbeddedPack();
    installVariantTables([variantTable(pack.actors)]);
    const edited = withAlias(pack.actors, 0, 'Marsh Harbour Council');
    const model = createActorModel({ actors: edited });
    installVariantTables([]);
    expect(model.entries).toEqual(createActorModel({ actors: edited }).entries);
    const first = pack.actors[0]!;
    const flipped = [{ ...first, aliases: first.aliases.map((x, i) => (i === 0 ? { ...x, standalone: !x.standalone } : x)) }];
    expect(variantFingerprint(flipped)).not.toBe(variantFingerprint([first]));
  });

  it('hold every variant once, with the alias it was made from and its case', () => {
    const pack = loadEmbeddedPack();
    const { rows } = variantTable(pack.actors);
    const variants = aliasVariants(pack.actors);
    expect(rows.length).toBe([...variants.values()].reduce((n, list) => n + list.length, 0));
    for (const [a, i, text, exact] of rows) {
      const base = pack.actors[a]!.aliases[i]!;
      const variant = variants.get(pack.actors[a]!.id)!.find((v) => v.text === text)!;
      expect(variant).toEqual(exact === 1 ? { ...base, caseSensitive: true, text } : { ...base, text });
    }
  });
});
