/**
 * One actor of the draft on the review page: its name, kind and role, whether it is highlighted,
 * each name form with its matching rule, a way to merge it into another actor, and a way to delete
 * it when it is no actor at all (a room, a product, an acronym).
 */
import { useState } from 'preact/hooks';
import { ActorKind, type Actor, type Pack } from '../core/pack';
import { ACTOR_KIND_LABELS } from '../ui/card-model';
import { addAlias, deleteActor, editActor, mergeActors, removeAlias, setAliasRule } from './draft-edits';

/** Props of `ActorEditor`. */
export interface ActorEditorProps {
  /** The whole draft, for the merge targets and for edits. */
  readonly pack: Pack;
  /** The actor this editor shows. */
  readonly actor: Actor;
  /** Replaces the draft with an edited one. */
  readonly onChange: (pack: Pack) => void;
}

/** The editor of one actor. */
export function ActorEditor({ pack, actor, onChange }: ActorEditorProps) {
  const [newAlias, setNewAlias] = useState('');
  const [mergeInto, setMergeInto] = useState('');
  const base = `ncl-actor-${actor.id}`;
  const others = pack.actors.filter((other) => other.id !== actor.id);
  const quotes = pack.quotes.filter((quote) => quote.speaker === actor.id).length;
  const add = (): void => {
    onChange(addAlias(pack, actor.id, newAlias));
    setNewAlias('');
  };
  return (
    <li class="ncl-review-item" data-actor-id={actor.id}>
      <h3 id={`${base}-heading`} class="ncl-review-item-title" dir="auto">
        {actor.name}
        <span class="ncl-muted ncl-small">
          {' '}
          · {ACTOR_KIND_LABELS[actor.kind].one} · {quotes} {quotes === 1 ? 'quote' : 'quotes'}
        </span>
      </h3>
      <div class="ncl-review-fields">
        <div class="ncl-review-field">
          <label for={`${base}-name`}>Name</label>
          <input
            id={`${base}-name`}
            class="ncl-input"
            value={actor.name}
            dir="auto"
            onInput={(event) => onChange(editActor(pack, actor.id, { name: event.currentTarget.value }))}
          />
        </div>
        <div class="ncl-review-field">
          <label for={`${base}-kind`}>Kind</label>
          <select
            id={`${base}-kind`}
            class="ncl-input"
            value={actor.kind}
            onChange={(event) => onChange(editActor(pack, actor.id, { kind: event.currentTarget.value as ActorKind }))}
          >
            {ActorKind.options.map((kind) => (
              <option key={kind} value={kind}>
                {ACTOR_KIND_LABELS[kind].one}
              </option>
            ))}
          </select>
        </div>
        <div class="ncl-review-field">
          <label for={`${base}-role`}>Role</label>
          <input
            id={`${base}-role`}
            class="ncl-input"
            value={actor.role}
            dir="auto"
            onInput={(event) => onChange(editActor(pack, actor.id, { role: event.currentTarget.value }))}
          />
        </div>
      </div>
      <label class="ncl-check">
        <input
          type="checkbox"
          checked={actor.highlight}
          onChange={(event) => onChange(editActor(pack, actor.id, { highlight: event.currentTarget.checked }))}
        />
        Highlight on pages
      </label>

      <table class="ncl-alias-table">
        <caption class="ncl-label">Name forms of {actor.name}</caption>
        <thead>
          <tr>
            <th scope="col">Form</th>
            <th scope="col">Exact case</th>
            <th scope="col">Needs context</th>
            <th scope="col">
              <span class="ncl-visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {actor.aliases.map((alias, index) => (
            <tr key={alias.text} data-alias={alias.text}>
              <th scope="row" dir="auto" class="ncl-alias-text">
                {alias.text}
              </th>
              <td>
                <input
                  type="checkbox"
                  aria-label={`“${alias.text}” matches only in this exact case`}
                  checked={alias.caseSensitive}
                  onChange={(event) => onChange(setAliasRule(pack, actor.id, index, { caseSensitive: event.currentTarget.checked }))}
                />
              </td>
              <td>
                <input
                  type="checkbox"
                  aria-label={`“${alias.text}” counts only when the page also names ${actor.name} in full`}
                  checked={!alias.standalone}
                  onChange={(event) => onChange(setAliasRule(pack, actor.id, index, { standalone: !event.currentTarget.checked }))}
                />
              </td>
              <td>
                <button
                  type="button"
                  class="ncl-link-button ncl-review-remove"
                  disabled={actor.aliases.length <= 1}
                  aria-label={`Remove name form “${alias.text}”`}
                  onClick={() => onChange(removeAlias(pack, actor.id, index))}
                >
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form
        class="ncl-review-row"
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <label for={`${base}-alias`} class="ncl-visually-hidden">
          New name form for {actor.name}
        </label>
        <input
          id={`${base}-alias`}
          class="ncl-input"
          placeholder="Another name form"
          value={newAlias}
          dir="auto"
          onInput={(event) => setNewAlias(event.currentTarget.value)}
        />
        <button type="submit" class="ncl-button ncl-button-quiet" disabled={!newAlias.trim()}>
          Add name form
        </button>
      </form>
      {others.length > 0 ? (
        <div class="ncl-review-row">
          <label for={`${base}-merge`}>Same as</label>
          <select id={`${base}-merge`} class="ncl-input" value={mergeInto} onChange={(event) => setMergeInto(event.currentTarget.value)}>
            <option value="">Choose an actor…</option>
            {others.map((other) => (
              <option key={other.id} value={other.id}>
                {other.name}
              </option>
            ))}
          </select>
          <button
            type="button"
            class="ncl-button ncl-button-quiet"
            disabled={!mergeInto}
            onClick={() => {
              onChange(mergeActors(pack, actor.id, mergeInto));
              setMergeInto('');
            }}
          >
            Merge into it
          </button>
        </div>
      ) : null}
      {pack.actors.length > 1 ? (
        <button type="button" class="ncl-button ncl-button-quiet ncl-review-delete" onClick={() => onChange(deleteActor(pack, actor.id))}>
          Delete {actor.name}
          <span class="ncl-visually-hidden">; {quotes > 0 ? 'its quotes are kept without a speaker' : 'it is no actor of this story'}</span>
        </button>
      ) : null}
    </li>
  );
}
