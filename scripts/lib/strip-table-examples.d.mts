/** Types of scripts/lib/strip-table-examples.mjs, for its test. */
import type { Plugin } from 'esbuild';
/** The source with every test-only property cut out, and how many were cut. */
export function stripTableExamples(source: string, fileName: string): { contents: string; removed: number };
/** The esbuild plugin, for the modules of `coreDir` (src/core). */
export function stripTableExamplesPlugin(coreDir: string): Plugin;
