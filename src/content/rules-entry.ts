/**
 * content-rules.js: the matcher and the page rules, bundled on their own and injected by the
 * background into a frame only when its content script needs them (see rules.ts). Running it
 * defines `RULES_GLOBAL` on the content-script world's global and does nothing else: the tables
 * are built when a matcher is first compiled.
 */
// First: the precomputed pattern forms, before any table expands its lists.
import '../core/lexicon/precomputed-forms';
import { createActorModel, createPageContext, installVariantTables } from '../core/context';
import { createMatcher } from '../core/matcher';
import { RULES_GLOBAL, type ContentRules } from './rules-global';

const rules: ContentRules = { createMatcher, createActorModel, createPageContext, installVariantTables };
(globalThis as unknown as Record<string, ContentRules>)[RULES_GLOBAL] = rules;
