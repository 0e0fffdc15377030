/**
 * What content-rules.js leaves on the content-script world's global, shared by the bundle that
 * defines it (rules-entry.ts) and the loader that reads it (rules.ts). It imports nothing that
 * runs, so that neither bundle carries the other's code.
 */
import type { createActorModel, createPageContext, installVariantTables } from '../core/context';
import type { createMatcher } from '../core/matcher';

/** What content-rules.js defines. */
export interface ContentRules {
  /** Compiles one pack's matcher (src/core/matcher.ts). */
  readonly createMatcher: typeof createMatcher;
  /** Compiles one pack's actor model for the page rules (src/core/context.ts). */
  readonly createActorModel: typeof createActorModel;
  /** Decides whether a page is on one pack's story (src/core/context.ts). */
  readonly createPageContext: typeof createPageContext;
  /** Installs variant tables known for the packs, so that compiling them need not work the variants out (src/core/context.ts). */
  readonly installVariantTables: typeof installVariantTables;
}

/**
 * The name content-rules.js gives the rules on the content-script world's global. The world is
 * ours alone (Chrome's isolated world, Firefox's content-script sandbox), so the page cannot
 * define or read it.
 */
export const RULES_GLOBAL = 'nclContentRules';
