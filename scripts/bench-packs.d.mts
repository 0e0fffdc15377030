/** Types of scripts/bench-packs.mjs, for the tests that check the generated packs. */
/** The generated pack number `n` (1-based), before validation. */
export function generatedPack(n: number): Record<string, unknown>;
/** `count` generated packs, validated and parsed with `parsePack`. */
export function generatedPacks(count: number): Promise<Record<string, unknown>[]>;
