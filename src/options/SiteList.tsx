/**
 * One editable list of sites (allowed or blocked): the entries with a remove button each, and a
 * field to add one. A pasted address is reduced to its host name.
 */
import { useState } from 'preact/hooks';

/** Reduces what the user typed (a host, or a whole address) to a host name, or null if it is none. */
export function toHostname(input: string): string | null {
  const text = input.trim().toLowerCase();
  if (!text) return null;
  try {
    const host = new URL(text.includes('://') ? text : `https://${text}`).hostname.replace(/^www\./, '');
    return (/^[a-z0-9.-]+$/.test(host) && host.includes('.')) || host === 'localhost' ? host : null;
  } catch {
    return null;
  }
}

/** Props of `SiteList`. */
export interface SiteListProps {
  /** The list's id, for labels ("allow" or "block"). */
  readonly id: string;
  /** Its heading. */
  readonly title: string;
  /** A line under the heading saying what the list does. */
  readonly hint: string;
  /** The host names in the list. */
  readonly sites: readonly string[];
  /** Saves the new list. */
  readonly onChange: (sites: string[]) => void;
}

/** An editable list of host names. */
export function SiteList({ id, title, hint, sites, onChange }: SiteListProps) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const add = (event: Event): void => {
    event.preventDefault();
    const host = toHostname(draft);
    if (!host) {
      setError('Enter a site such as example.org.');
      return;
    }
    setError('');
    setDraft('');
    if (!sites.includes(host)) onChange([...sites, host]);
  };
  return (
    <div class="ncl-site-list" data-testid={`sites-${id}`}>
      <h2 id={`ncl-${id}-title`}>{title}</h2>
      <p class="ncl-hint">{hint}</p>
      {sites.length === 0 ? <p class="ncl-hint">No sites yet.</p> : null}
      <ul aria-labelledby={`ncl-${id}-title`}>
        {sites.map((site) => (
          <li key={site}>
            <span>{site}</span>
            <button
              type="button"
              class="ncl-button ncl-button-quiet"
              aria-label={`Remove ${site}`}
              onClick={() => onChange(sites.filter((s) => s !== site))}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <form class="ncl-site-add" onSubmit={add}>
        <label class="ncl-visually-hidden" for={`ncl-${id}-input`}>
          Add a site to “{title}”
        </label>
        <input
          id={`ncl-${id}-input`}
          class="ncl-input"
          type="text"
          inputMode="url"
          placeholder="example.org"
          value={draft}
          onInput={(event) => setDraft(event.currentTarget.value)}
        />
        <button type="submit" class="ncl-button">
          Add
        </button>
      </form>
      {error ? (
        <p class="ncl-hint" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
