/**
 * User settings: a zod schema with a default for every field, so that settings saved by an older
 * version (or damaged ones) always parse to something usable.
 */
import * as z from 'zod';
import { ActorKind } from '../core/pack';

/** A host name such as `example.org`, as the per-site lists store it. */
const host = z.string().min(1).max(253);

/** Every user setting with its default. */
export const Settings = z.object({
  /** Highlighting off everywhere until resumed. */
  paused: z.boolean().catch(false).default(false),
  /** Sites where highlighting is off ("block") or explicitly on ("allow"). */
  sites: z
    .object({
      block: z.array(host).catch([]).default([]),
      allow: z.array(host).catch([]).default([]),
    })
    .catch({ block: [], allow: [] })
    .default({ block: [], allow: [] }),
  /** Whether highlighting runs on every site but the blocked ones, or only on the allowed ones. */
  siteMode: z.enum(['all-but-blocked', 'only-allowed']).catch('all-but-blocked').default('all-but-blocked'),
  /** Kinds of actor that are highlighted. */
  actorKinds: z
    .array(ActorKind)
    .catch([...ActorKind.options])
    .default([...ActorKind.options]),
  /** Whether claim sentences are highlighted as well as names. */
  highlightClaims: z.boolean().catch(true).default(true),
  /** Palette: the default one, or one safe for every common colour-vision deficiency. */
  palette: z.enum(['default', 'colour-blind']).catch('default').default('default'),
  /** How long the pointer rests on a highlight before its card opens. */
  hoverDelayMs: z.number().int().min(0).max(3_000).catch(300).default(300),
});
export type Settings = z.infer<typeof Settings>;

/** The settings a new install starts with. */
export const DEFAULT_SETTINGS: Settings = Settings.parse({});

// The per-site rules live in a module without zod, so that the content script can use them; they
// are re-exported here for the extension pages.
export { isSiteEnabled, sitesWith } from './sites';
