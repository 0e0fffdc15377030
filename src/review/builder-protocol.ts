/**
 * The messages between the review page and its builder worker (builder-worker.ts), as zod schemas:
 * one for each direction. The page sends one `build` request per worker; the worker answers with a
 * `passStarted` for each of the builder's named passes, then one `drafted` or `failed`. Both ends
 * parse what they receive: the worker runs the builder on an article read from a web page, and the
 * page treats a reply it cannot read as a failed draft, never as a draft.
 *
 * This module imports neither the builder nor compromise, so that the page's bundle stays without
 * them (the build checks it).
 */
import * as z from 'zod';
import { ExtractedArticle } from '../shared/messages';

/** What the page asks of the worker: draft a pack from this article. */
export const BuilderRequest = z.object({
  /** The command. */
  type: z.literal('build'),
  /** The article, as the popup extracted it. */
  article: ExtractedArticle,
});
export type BuilderRequest = z.infer<typeof BuilderRequest>;

/** The longest pass name we accept: pass names are short words ("coreference"). */
const PASS_NAME_MAX = 40;

/** What the worker tells the page. */
export const BuilderReply = z.discriminatedUnion('type', [
  /** A pass of the builder is starting; `done` passes of `total` have finished. */
  z
    .object({
      type: z.literal('passStarted'),
      /** The pass's name in the builder's list ("quotes"). */
      pass: z.string().min(1).max(PASS_NAME_MAX),
      /** How many passes have finished. */
      done: z.number().int().min(0),
      /** How many passes there are. */
      total: z.number().int().min(1),
    })
    .refine((reply) => reply.done < reply.total, 'done must be below total'),
  /** The draft, not yet validated: the page parses it with `parsePack` like any imported pack. */
  z.object({
    type: z.literal('drafted'),
    /** The draft pack. */
    pack: z.unknown(),
    /** The builder's notes for the reviewer. */
    warnings: z.array(z.string()),
  }),
  /** The builder could not draft a pack; `error` says why, in words a reader can follow. */
  z.object({
    type: z.literal('failed'),
    /** Why. */
    error: z.string(),
  }),
]);
export type BuilderReply = z.infer<typeof BuilderReply>;

/** Progress as the page shows it. */
export type BuilderProgress = Omit<Extract<BuilderReply, { type: 'passStarted' }>, 'type'>;
