/** Types of scripts/lib/dependency-patches.mjs, for its test. */
import type { Plugin } from 'esbuild';
export type Replacement = { from: string; to: string };
export type DependencyPatch = { file: string; why: string; replacements: Replacement[] };
/** Every build-time edit of a dependency's source, with its reason. */
export const DEPENDENCY_PATCHES: DependencyPatch[];
/** The source with the patch's replacements made; throws when one of them does not match exactly once. */
export function applyDependencyPatch(source: string, patch: DependencyPatch): string;
/** The esbuild plugin that applies `patches` to the files they name, under `root`. */
export function dependencyPatchesPlugin(root: string, patches?: DependencyPatch[]): Plugin;
