/**
 * What the card, popup and options need to know about a pack, in words a reader sees: look-ups by
 * id, who speaks, who contests a claim, and dates or missing fields spelled out. Pure functions,
 * no DOM, so components stay thin and the wording is tested once.
 */
import { assignClaimSides, type ClaimSide } from '../core/claim-sides';
import type { CueMatch } from '../core/matcher';
import type { Actor, ActorKind, Claim, Pack, Quote } from '../core/pack';

/** One highlight the card describes: an actor's name or a sentence that states a claim. */
export interface CardMention {
  /** Whether the highlight names an actor or states a claim. */
  readonly kind: 'actor' | 'claim';
  /** The actor or claim id in the pack. */
  readonly id: string;
  /** The highlighted words as the page has them. */
  readonly text: string;
  /** Why it was highlighted, one sentence from the matcher. */
  readonly explanation: string;
  /** For claims: which side of the article's oppositions the sentence is on. */
  readonly side?: ClaimSide;
  /** For claims: the words of the page that matched, with the part of the claim each filled. */
  readonly cues?: readonly CueMatch[];
  /** For claims: who the page attributes the sentence to, in its words. */
  readonly attribution?: { readonly text: string; readonly cue: string };
}

/** Readable names for the kinds of actor, singular and plural (the options page lists the plural). */
export const ACTOR_KIND_LABELS: Record<ActorKind, { one: string; many: string }> = {
  person: { one: 'Person', many: 'People' },
  organization: { one: 'Organisation', many: 'Organisations' },
  'armed-group': { one: 'Armed group', many: 'Armed groups' },
  country: { one: 'Country', many: 'Countries' },
  government: { one: 'Government', many: 'Governments' },
  military: { one: 'Military', many: 'Military forces' },
};

/** The actor with `id`, if the pack has one. */
export function actorById(pack: Pack, id: string): Actor | undefined {
  return pack.actors.find((actor) => actor.id === id);
}

/** The claim with `id`, if the pack has one. */
export function claimById(pack: Pack, id: string): Claim | undefined {
  return pack.claims.find((claim) => claim.id === id);
}

/** The quotes spoken by an actor, in article order. */
export function quotesBy(pack: Pack, actorId: string): Quote[] {
  return pack.quotes.filter((quote) => quote.speaker === actorId);
}

/** The claims an actor makes, in pack order. */
export function claimsBy(pack: Pack, actorId: string): Claim[] {
  return pack.claims.filter((claim) => claim.speakers.includes(actorId));
}

/** The quotes a claim cites, in the claim's order, skipping ids the pack lacks. */
export function quotesOf(pack: Pack, claim: Claim): Quote[] {
  return claim.quotes.map((id) => pack.quotes.find((quote) => quote.id === id)).filter((quote): quote is Quote => quote !== undefined);
}

/** The claims that contest `claim`. */
export function opposingClaims(pack: Pack, claim: Claim): Claim[] {
  return claim.opposes.map((id) => claimById(pack, id)).filter((other): other is Claim => other !== undefined);
}

/** Joins names as people write them: "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Who makes a claim, in words: the speakers' names, or the article itself when none is named. */
export function speakersOf(pack: Pack, claim: Claim): string {
  const names = claim.speakers.map((id) => actorById(pack, id)?.name ?? id);
  return names.length === 0 ? 'the article itself' : joinNames(names);
}

/**
 * The short form a sentence can use for an actor: a person's surname with its particle
 * ("al-Sudani"), anything else by its full name before any bracket ("ISIS").
 */
export function shortName(actor: Actor): string {
  const name = actor.name.replace(/\s*\(.*\)\s*$/, '');
  if (actor.kind !== 'person') return name;
  const words = name.split(/\s+/);
  return words[words.length - 1] ?? name;
}

/** The lead line of a claim card: what the highlighted sentence does, in neutral words. */
export function claimLead(pack: Pack, claim: Claim, side: ClaimSide | undefined): string {
  if (side === 'opposing') return 'This sides with the opposing claim:';
  const speakers = claim.speakers.map((id) => actorById(pack, id)).filter((actor): actor is Actor => actor !== undefined);
  if (speakers.length === 0) return 'This restates the article’s own claim:';
  if (speakers.length === 1) {
    const name = shortName(speakers[0] as Actor);
    return `This restates ${name}${/s$/.test(name) ? '’' : '’s'} claim:`;
  }
  return `This restates a claim by ${joinNames(speakers.map(shortName))}:`;
}

/** A pack date (YYYY-MM-DD) as "10 September 2024"; undefined stays undefined. */
export function formatDate(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** The article's outlet and date as one line, with "not stated" for what the pack lacks. */
export function sourceLine(pack: Pack): string {
  const outlet = pack.article.outlet ?? 'Outlet not stated';
  const date = formatDate(pack.article.published) ?? 'date not stated';
  return `${outlet} · ${date}`;
}

/** The words that made a claim sentence match, once each, as the page has them. */
export function matchedWords(mention: CardMention): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const cue of mention.cues ?? []) {
    const key = cue.text.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(cue.text);
  }
  return out;
}

/**
 * Why a sentence was taken for a claim, in one sentence built from the page's own words: what it
 * is about, the idea it states, and the words that set its side ("It names ISIS (“Daesh”), speaks
 * of a threat (“threat”) and says it goes on (“remains”)."). Empty when the match has no roles
 * (an older report).
 */
export function claimReason(mention: CardMention): string {
  const cues = mention.cues ?? [];
  if (!cues.some((c) => c.role)) return '';
  const q = (c: CueMatch): string => `“${c.text}”`;
  const parts: string[] = [];
  const subject = cues.find((c) => c.role === 'subject');
  const predicate = cues.find((c) => c.role === 'predicate');
  const object = cues.find((c) => c.role === 'object');
  if (subject) parts.push(`names ${subject.label} (${q(subject)})`);
  if (predicate) parts.push(`speaks of ${predicate.label} (${q(predicate)})${object ? ` with ${object.label} (${q(object)})` : ''}`);
  for (const c of cues.filter((x) => x.role === 'stance')) parts.push(`${c.label} (${q(c)})`);
  const evidence = cues.filter((c) => c.role === 'evidence');
  if (evidence.length > 0) parts.push(`gives the evidence the article cites: ${evidence.map((c) => `${c.label} (${q(c)})`).join(', ')}`);
  return `It ${joinNames(parts)}.`;
}

/** Who the page attributes a claim sentence to, as a line for the card, or empty. */
export function attributionLine(mention: CardMention): string {
  const a = mention.attribution;
  return a ? `The page attributes it to ${a.text} (“${a.cue}”).` : '';
}

/** A claim and one claim that contests it, for side-by-side display. */
export interface ClaimPairing {
  /** The claim on the article's lead side. */
  readonly claim: Claim;
  /** The claim that contests it. */
  readonly opposing: Claim;
}

/**
 * The pack's claims as claim ↔ opposing-claim pairs (lead side on the left, by `assignClaimSides`),
 * and the claims nothing contests.
 */
export function claimPairs(pack: Pack): { pairs: ClaimPairing[]; unpaired: Claim[] } {
  const sides = assignClaimSides(pack);
  const pairs: ClaimPairing[] = [];
  const unpaired: Claim[] = [];
  for (const claim of pack.claims) {
    if (claim.opposes.length === 0) {
      unpaired.push(claim);
      continue;
    }
    if (sides.get(claim.id) !== 'claim') continue;
    for (const opposing of opposingClaims(pack, claim)) pairs.push({ claim, opposing });
  }
  return { pairs, unpaired };
}
