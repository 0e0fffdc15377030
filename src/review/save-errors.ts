/**
 * Turns the background's refusal of a pack (`packs.import`, the same check an imported file gets)
 * into lines a reviewer can act on: `quotes[3].text: …` becomes `Quote 4 (“The timber…”), text: …`,
 * naming the item on the review page instead of its place in the JSON.
 */
import type { Pack } from '../core/pack';

const ITEM = /^(actors|quotes|claims)\[(\d+)\]\.?(.*)$/;

function excerpt(text: string): string {
  const words = text.trim().split(/\s+/);
  return words.length > 6 ? `${words.slice(0, 6).join(' ')}…` : words.join(' ');
}

/** Names the actor, quote or claim at a JSON path of `pack`, or returns the path unchanged. */
function describeLine(pack: Pack, line: string): string {
  const colon = line.indexOf(': ');
  if (colon < 0) return line;
  const path = line.slice(0, colon);
  const message = line.slice(colon + 2);
  const match = ITEM.exec(path);
  if (!match) return line;
  const [, list, at, rest] = match;
  const index = Number(at);
  let name = path;
  if (list === 'actors') name = `Actor “${pack.actors[index]?.name ?? index + 1}”`;
  else if (list === 'quotes') name = `Quote ${index + 1} (“${excerpt(pack.quotes[index]?.text ?? '')}”)`;
  else if (list === 'claims') name = `Claim “${excerpt(pack.claims[index]?.statement ?? String(index + 1))}”`;
  const field = (rest ?? '')
    .replace(/^aliases\[(\d+)\](?:\.text)?/, (_, n: string) => `name form ${Number(n) + 1}`)
    .replace(/\[(\d+)\]/g, (_, n: string) => ` ${Number(n) + 1}`)
    .replace(/\./g, ' ');
  return `${name}${field ? `, ${field}` : ''}: ${message}`;
}

/** Splits a refusal into readable lines, naming the draft's items where the error points at one. */
export function readableErrors(pack: Pack, error: string): string[] {
  const lines = error
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  // The background's first line introduces the list ("This is not a pack …"); keep it as the summary.
  return lines.map((line) => describeLine(pack, line));
}
