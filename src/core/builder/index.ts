/**
 * The on-device pack builder: drafts a pack (actors, quotes, claims and oppositions) from an
 * article's plain text. Pure TypeScript with no DOM, so the popup and the command line share it.
 */
export { buildPack, type BuildInput, type BuildOptions, type BuildProgress, type BuildResult } from './build-pack';
