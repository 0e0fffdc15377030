/**
 * The verdict on a page that holds nothing of a pack at all: no alias, no term, no claim. The page
 * rules (context.ts) give it for such a page, and the content script gives it without them for
 * the packs its page gate left out, since their rules are not loaded into a frame that needs none
 * (src/content/rules.ts). tests/unit/core/context.test.ts checks that the two agree.
 */

/** Why a page is not about a pack's story, before anything the page names is added. */
export const OFF_STORY_REASON =
  'The page does not seem to be about the story: it names none of its people or bodies and states none of its claims';

/** The verdict for a page that holds nothing of the pack: off the story, and why. */
export function nothingOfTheStory(packId: string): { packId: string; onStory: false; reason: string } {
  return { packId, onStory: false, reason: `${OFF_STORY_REASON}.` };
}
