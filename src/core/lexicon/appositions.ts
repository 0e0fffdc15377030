/**
 * What news prose sets between commas after a name to qualify it: a party and a state ("Sen. Ana
 * Lima, R-Ore.,"), a party and a place ("Republican of Oregon"), a region after a town ("of
 * Salem, Ore.,"), a description ("a lawyer for the union", "the union's lawyer"). Words of these
 * shapes, read as a speaker's source, stand for the name they qualify, not for someone of their
 * own; the speakers pass (builder/speakers.ts) then looks for that name.
 */
import { type RuleEntry, ruleTable } from './table';

/** One shape of apposition, matched against a source's words. */
export interface AppositionEntry extends RuleEntry {
  /** The shape, tested on the source's trimmed words. */
  readonly pattern: RegExp;
}

/** The shapes of apposition that qualify a name. */
export const APPOSITION_TABLE = ruleTable<AppositionEntry>(
  'appositions',
  [
    {
      id: 'party-and-state',
      reason: 'US prose writes a legislator\'s party and state after the name, between commas or brackets ("R-Ore.", "(D-Maine)").',
      pattern: /^\(?[RDI]-\p{Lu}[\p{L}.]{0,8}\)?(?:\s|,|$)/u,
      examples: ['R-Ore.', '(D-Maine) on Monday', 'I-Vt.'],
      lookalikes: ['I-95', 'Rhode Island', 'Ruiz'],
    },
    {
      id: 'party-of-place',
      reason: 'The New York Times style gives a party and a state after a legislator\'s name ("Republican of Oregon").',
      pattern: /^(?:Republican|Democrat|Independent)\s+(?:of|from)\s+\p{Lu}/u,
      examples: ['Republican of Oregon', 'Democrat from Maine'],
      lookalikes: ['Republicans of every stripe', 'Republican leaders'],
    },
    {
      id: 'region-abbreviation',
      reason: 'A town is followed by its state, abbreviated, after a comma ("of Salem, Ore.,"); the abbreviation names nobody.',
      pattern: /^(?:\p{Lu}\p{Ll}{0,4}\.){1,2}$|^(?:\p{Lu}\.){2,3}$/u,
      examples: ['Ore.', 'N.H.', 'Calif.'],
      lookalikes: ['Oregon', 'NATO', 'Hale'],
    },
    {
      id: 'description',
      reason:
        'A description in lower case ("a lawyer for the union", "at the Harbour Board", "herself a nurse") or owned by a name ("the mayor\'s sister", "Lima\'s lawyer") qualifies the name it follows.',
      pattern: /^(?:\p{Ll}|(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}-]*['’]s\s+\p{Ll})/u,
      examples: ['a lawyer for the union', 'at the Harbour Board', "Ana Lima's brother"],
      lookalikes: ['Tom Hale', 'The Harbour Board', "Lima's"],
    },
  ],
  (entry, text) => entry.pattern.test(text.trim()),
);

/** The apposition shape a source's words have, if any. */
export function appositionOf(words: string): AppositionEntry | undefined {
  return APPOSITION_TABLE.entries.find((e) => e.pattern.test(words.trim()));
}
