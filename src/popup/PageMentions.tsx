/**
 * "On this page": what the tab's page report found, grouped by actor and by claim with counts.
 * Each group is a button; pressing it scrolls the page to the group's next mention and opens its
 * card there, so repeated presses walk through every mention of that actor or claim.
 */
import { useState } from 'preact/hooks';
import type { Pack } from '../core/pack';
import type { MentionReport } from '../shared/messages';
import { actorById, claimById } from '../ui/card-model';

/** One actor or claim and where it occurs in the report. */
export interface MentionGroup {
  /** `actor:ID` or `claim:ID`. */
  readonly key: string;
  /** Whether the group is an actor, a claim, or a claim on the opposing side. */
  readonly kind: 'actor' | 'claim' | 'opposing';
  /** What the reader sees: the actor's name or the claim's statement. */
  readonly label: string;
  /** Indices of its mentions in the page report. */
  readonly indices: number[];
  /** The title of the pack it comes from, when mentions are labelled by pack (several packs on). */
  readonly packTitle?: string;
}

/**
 * Groups a report's mentions by actor and by claim. With `packs` (several packs switched on) the
 * groups are per pack too, and each carries its pack's title.
 */
export function groupMentions(pack: Pack | undefined, mentions: readonly MentionReport[], packs?: readonly Pack[]): MentionGroup[] {
  const groups = new Map<string, MentionGroup>();
  mentions.forEach((mention, index) => {
    const key = packs ? `${mention.kind}:${mention.id}@${mention.packId}` : `${mention.kind}:${mention.id}`;
    let group = groups.get(key);
    if (!group) {
      const source = packs?.find((candidate) => candidate.id === mention.packId) ?? pack;
      const label =
        mention.kind === 'actor'
          ? ((source && actorById(source, mention.id)?.name) ?? mention.text)
          : ((source && claimById(source, mention.id)?.statement) ?? mention.text);
      const kind = mention.kind === 'actor' ? 'actor' : mention.side === 'opposing' ? 'opposing' : 'claim';
      group = { key, kind, label, indices: [] };
      if (packs) group = { ...group, packTitle: source?.id === mention.packId ? source.article.title : mention.packId };
      groups.set(key, group);
    }
    group.indices.push(index);
  });
  // Actors first, then claims, each in order of first appearance on the page.
  return [...groups.values()].sort((a, b) => (a.kind === 'actor' ? 0 : 1) - (b.kind === 'actor' ? 0 : 1));
}

const KIND_LABEL: Record<MentionGroup['kind'], string> = { actor: 'Actor', claim: 'Claim', opposing: 'Opposing' };

/** Props of `PageMentions`. */
export interface PageMentionsProps {
  /** The pack the report's mentions come from. */
  readonly pack: Pack | undefined;
  /** Every pack switched on, when there are several: each entry then names its pack. */
  readonly packs?: readonly Pack[] | undefined;
  /** The report's mentions, in document order. */
  readonly mentions: readonly MentionReport[];
  /** Scrolls the page to the mention at this report index and opens its card. */
  readonly onReveal: (index: number) => void;
}

/** The grouped list of what was found on the page. */
export function PageMentions({ pack, packs, mentions, onReveal }: PageMentionsProps) {
  const [visited, setVisited] = useState<Record<string, number>>({});
  const [status, setStatus] = useState('');
  const groups = groupMentions(pack, mentions, packs);
  return (
    <>
      <ul class="ncl-groups" data-testid="page-groups">
        {groups.map((group) => {
          const count = group.indices.length;
          const press = (): void => {
            const next = ((visited[group.key] ?? -1) + 1) % count;
            setVisited({ ...visited, [group.key]: next });
            setStatus(`Showing ${group.label}, ${next + 1} of ${count}, on the page.`);
            onReveal(group.indices[next] as number);
          };
          return (
            <li key={group.key}>
              {/* No aria-label: the visible words are the name (WCAG "label in name"); the hidden
                  words only finish the sentence for screen readers. */}
              <button type="button" class="ncl-group" data-group={group.key} onClick={press}>
                <span class={`ncl-group-kind ncl-kind-${group.kind}`}>
                  {KIND_LABEL[group.kind]}
                  <span class="ncl-visually-hidden">:</span>
                </span>
                <span class="ncl-group-name" dir="auto">
                  {group.label}
                  {group.packTitle ? (
                    <span class="ncl-group-pack ncl-small ncl-muted" style={{ display: 'block' }} data-pack-label>
                      <span class="ncl-visually-hidden">, </span>from {group.packTitle}
                    </span>
                  ) : null}
                </span>
                <span class="ncl-group-count">
                  {count}
                  <span class="ncl-visually-hidden"> on this page</span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      <p class="ncl-status" role="status" aria-live="polite">
        {status}
      </p>
    </>
  );
}
