/**
 * Whether highlighting runs on a site, from the per-site lists of the settings. Kept apart from
 * the settings' zod schema (src/shared/settings.ts re-exports it) because the content script,
 * which is parsed and run in every frame of every page, carries no zod.
 */
import type { Settings } from './settings';

/** The part of the settings the per-site rules read. */
export type SiteSettings = Pick<Settings, 'sites' | 'siteMode'>;

/** The list entry that decides `hostname`: the longest entry equal to it or a parent domain of it. */
function longestMatch(entries: readonly string[], hostname: string): number {
  let best = -1;
  for (const entry of entries) {
    if ((hostname === entry || hostname.endsWith(`.${entry}`)) && entry.length > best) best = entry.length;
  }
  return best;
}

/**
 * Whether highlighting should run on `hostname` with these settings. An entry covers its
 * subdomains ("example.org" covers "news.example.org"); the more specific entry wins, and an allow
 * entry wins a tie, so a site switched on in the popup stays on under a blocked parent domain.
 */
export function isSiteEnabled(settings: SiteSettings, hostname: string): boolean {
  const allowed = longestMatch(settings.sites.allow, hostname);
  const blocked = longestMatch(settings.sites.block, hostname);
  if (allowed >= 0 && allowed >= blocked) return true;
  if (blocked >= 0) return false;
  return settings.siteMode === 'all-but-blocked';
}

/** The `sites` value that switches highlighting on or off for exactly `hostname`, as the popup's switch does. */
export function sitesWith(settings: SiteSettings, hostname: string, enabled: boolean): Settings['sites'] {
  const allow = settings.sites.allow.filter((entry) => entry !== hostname);
  const block = settings.sites.block.filter((entry) => entry !== hostname);
  const without: SiteSettings = { ...settings, sites: { allow, block } };
  if (isSiteEnabled(without, hostname) === enabled) return { allow, block };
  return enabled ? { allow: [...allow, hostname], block } : { allow, block: [...block, hostname] };
}
