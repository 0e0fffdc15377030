/**
 * The options as the reader sees them, from plain settings: where highlighting runs (site mode,
 * allow and block lists), what is highlighted (actor kinds, claim sentences), how it looks
 * (palette, with a colour-blind-safe one) and how the card behaves (hover delay). Every change is
 * handed to `onSave` at once; open tabs pick it up without a reload.
 */
import { ActorKind } from '../core/pack';
import type { Settings } from '../shared/settings';
import { ACTOR_KIND_LABELS } from '../ui/card-model';
import { SiteList } from './SiteList';

/** Props of `OptionsForm`. */
export interface OptionsFormProps {
  /** The current settings. */
  readonly settings: Settings;
  /** Saves a change (only the fields given). */
  readonly onSave: (patch: Partial<Settings>) => void;
  /** The outcome of the last save, announced to screen readers. */
  readonly status: string;
}

/** Sample colours of each palette, as the swatches show them on a light page. */
const SWATCHES: Record<Settings['palette'], { actor: string; claim: string; opposing: string }> = {
  default: { actor: 'rgba(255, 214, 102, 0.45)', claim: 'rgba(84, 174, 255, 0.16)', opposing: 'rgba(255, 129, 130, 0.16)' },
  'colour-blind': { actor: 'rgba(240, 228, 66, 0.45)', claim: 'rgba(86, 180, 233, 0.18)', opposing: 'rgba(230, 159, 0, 0.18)' },
};

/** The whole options form. */
export function OptionsForm({ settings, onSave, status }: OptionsFormProps) {
  const toggleKind = (kind: ActorKind, on: boolean): void => {
    const kinds = on ? [...new Set([...settings.actorKinds, kind])] : settings.actorKinds.filter((k) => k !== kind);
    onSave({ actorKinds: ActorKind.options.filter((k) => kinds.includes(k)) });
  };
  return (
    <main class="ncl-options">
      <h1>News Context Lens options</h1>

      <fieldset class="ncl-fieldset">
        <legend>Where to highlight</legend>
        <label class="ncl-check">
          <input
            type="checkbox"
            data-testid="paused"
            checked={settings.paused}
            onChange={(event) => onSave({ paused: event.currentTarget.checked })}
          />
          Pause highlighting everywhere
        </label>
        <label class="ncl-check">
          <input
            type="radio"
            name="site-mode"
            value="all-but-blocked"
            checked={settings.siteMode === 'all-but-blocked'}
            onChange={() => onSave({ siteMode: 'all-but-blocked' })}
          />
          On every site, except the blocked ones
        </label>
        <label class="ncl-check">
          <input
            type="radio"
            name="site-mode"
            value="only-allowed"
            checked={settings.siteMode === 'only-allowed'}
            onChange={() => onSave({ siteMode: 'only-allowed' })}
          />
          Only on the allowed sites
        </label>
        <div class="ncl-site-lists">
          <SiteList
            id="allow"
            title="Allowed sites"
            hint="Always highlighted, even under a blocked parent domain."
            sites={settings.sites.allow}
            onChange={(allow) => onSave({ sites: { ...settings.sites, allow } })}
          />
          <SiteList
            id="block"
            title="Blocked sites"
            hint="Never highlighted. A site covers its subdomains."
            sites={settings.sites.block}
            onChange={(block) => onSave({ sites: { ...settings.sites, block } })}
          />
        </div>
      </fieldset>

      <fieldset class="ncl-fieldset">
        <legend>What to highlight</legend>
        {ActorKind.options.map((kind) => (
          <label key={kind} class="ncl-check">
            <input
              type="checkbox"
              data-kind={kind}
              checked={settings.actorKinds.includes(kind)}
              onChange={(event) => toggleKind(kind, event.currentTarget.checked)}
            />
            {ACTOR_KIND_LABELS[kind].many}
          </label>
        ))}
        <label class="ncl-check">
          <input
            type="checkbox"
            data-testid="highlight-claims"
            checked={settings.highlightClaims}
            onChange={(event) => onSave({ highlightClaims: event.currentTarget.checked })}
          />
          Sentences that restate a claim or the claim that contests it
        </label>
      </fieldset>

      <fieldset class="ncl-fieldset">
        <legend>Colours</legend>
        {(['default', 'colour-blind'] as const).map((palette) => (
          <label key={palette} class="ncl-check">
            <input
              type="radio"
              name="palette"
              value={palette}
              checked={settings.palette === palette}
              onChange={() => onSave({ palette })}
            />
            {palette === 'default' ? 'Default' : 'Colour-blind safe (Okabe–Ito colours)'}
            <span class="ncl-swatches" aria-hidden="true">
              <span class="ncl-swatch" style={{ background: SWATCHES[palette].actor, textDecoration: 'underline solid 2px' }}>
                name
              </span>
              <span class="ncl-swatch" style={{ background: SWATCHES[palette].claim, textDecoration: 'underline dotted 2px' }}>
                claim
              </span>
              <span class="ncl-swatch" style={{ background: SWATCHES[palette].opposing, textDecoration: 'underline wavy 1.5px' }}>
                opposing
              </span>
            </span>
          </label>
        ))}
        <p class="ncl-hint">Names, claims and opposing claims also differ by underline (solid, dotted, wavy), in both palettes.</p>
      </fieldset>

      <fieldset class="ncl-fieldset">
        <legend>Cards</legend>
        <label class="ncl-check" for="ncl-delay">
          Hover delay before a card opens: <strong>{settings.hoverDelayMs} ms</strong>
        </label>
        <input
          id="ncl-delay"
          type="range"
          min={0}
          max={1500}
          step={50}
          value={settings.hoverDelayMs}
          aria-valuetext={`${settings.hoverDelayMs} milliseconds`}
          onChange={(event) => onSave({ hoverDelayMs: Number(event.currentTarget.value) })}
        />
        <p class="ncl-hint">
          Keyboard: Alt+Shift+N and Alt+Shift+P move between highlights, Alt+Shift+H hides them on a page. Change the keys in the browser’s
          extension shortcut settings.
        </p>
      </fieldset>

      <p class="ncl-status" role="status" aria-live="polite">
        {status}
      </p>
    </main>
  );
}
