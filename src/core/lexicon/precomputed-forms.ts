/**
 * Installs the precomputed forms of the lexicon's patterns (see `installPrecomputedForms` in
 * templates.ts). A bundle that matches pages imports this module before anything else, since the
 * stance reader and the concept tables expand their lists when they are evaluated.
 */
import table from './forms.generated.json';
import { installPrecomputedForms } from './templates';

installPrecomputedForms(table);
