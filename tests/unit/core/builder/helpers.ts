/** Shared helpers for the builder's pass tests: a draft of a short text, and actors by their forms. */
import type { DraftActor } from '../../../../src/core/builder/actors';
import { draftOf } from '../../../../src/core/builder/build-pack';
import type { Draft } from '../../../../src/core/builder/draft';

/** Every pass run on `text`. */
export function draft(text: string): Draft {
  return draftOf(text);
}

/** The actor that has `alias` among its forms. */
export function byAlias(actors: readonly DraftActor[], alias: string): DraftActor | undefined {
  return actors.find((a) => a.aliases.some((x) => x.text === alias));
}

/** An actor's alias record for a form. */
export function alias(actor: DraftActor | undefined, text: string) {
  return actor?.aliases.find((a) => a.text === text);
}

/** The direct and reported quotes of a draft as [speaker name or source or "?", text], in order. */
export function said(d: Draft, direct?: boolean): Array<[string, string]> {
  return d.quotes
    .filter((q) => direct === undefined || q.direct === direct)
    .map((q) => [q.speaker ? (d.actors.find((a) => a.id === q.speaker)?.name ?? q.speaker) : q.source ? `~${q.source}` : '?', q.text]);
}
