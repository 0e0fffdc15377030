/**
 * The pages `npm run bench` measures, generated here from a fixed seed so that every run measures
 * the same bytes. None is taken from an evaluation set; the story's names and claim sentences are
 * the seed pack's own, sprinkled into prose made of a small neutral vocabulary.
 *
 * - `densePage({ mentions })`: about 760,000 characters in 6,500 paragraphs of several text nodes
 *   each, a name in every ninth paragraph and a claim sentence in every 37th; with
 *   `mentions: false` the same page with neutral words of similar length in their place.
 * - `articlePage(frames)`: an ordinary article page, about 40 KB of text with about 30 mentions,
 *   navigation, a sidebar and a footer, and the ad-slot iframes that `frames` lists.
 * - `adFrame(kind)`: what an ad slot serves: a display ad, a tracking pixel, or nothing at all.
 * - `EMPTY_PAGE`: a document with an empty body, for the content script's start-up cost.
 * - `builderArticle()`: a news article of about 10 KB with made-up people, quotes and claims, for
 *   the pack builder.
 */

/**
 * A small deterministic PRNG (mulberry32), so every run measures the same page.
 * @param {number} seed
 * @returns {() => number} the next number in [0, 1) at each call
 */
export function random(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'the of and to in a is that for on with as was by at from it an be this which or are were has have had but not ' +
  'council market river village report season budget school harbour festival weather railway museum bridge garden ' +
  'farmers teachers engineers visitors residents officials students drivers writers doctors ' +
  'announced discussed reviewed opened expanded delayed approved described planned measured ' +
  'quiet busy early late local regional annual modest careful steady open recent northern southern'
).split(' ');

const NAMES = [
  '<b>Mohammed</b> Shia al-Sudani',
  'Prime Minister Mohammed Shia al-Sudani',
  'al-Sudani',
  'ISIS',
  'the Islamic State group',
  'Maj. Gen. Kevin C. Leahy',
  'Alina Romanowski',
  'the <i>Global Coalition</i> against ISIS',
  'U.S. forces',
  'Iraqi security forces',
  'Daesh',
];
const CLAIMS = [
  'Iraqi Prime Minister Mohammed Shia al-Sudani said ISIS no longer poses a threat to Iraq.',
  'US officials say the Islamic State group remains a threat despite recent gains.',
  'The raid killed at least 14 ISIS fighters and left seven US troops wounded.',
  'Al-Sudani has demanded the withdrawal of US troops from the country.',
];

/** Records long tasks in the page's own world, so the bench can read the ones during our pass. */
const LONG_TASK_SCRIPT = `<script>
  window.__longTasks = [];
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration }); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
</script>`;

/**
 * The item of `list` that `next` (a generator from `random`) points at.
 * @template T
 * @param {() => number} next
 * @param {readonly T[]} list A list that is not empty.
 * @returns {T}
 */
export function pickWith(next, list) {
  // next() is below 1, so the index is always in the list.
  return /** @type {T} */ (list[Math.floor(next() * list.length)]);
}

/**
 * The item of `list` at `i`, counting round the list again past its end.
 * @template T
 * @param {readonly T[]} list A list that is not empty.
 * @param {number} i
 * @returns {T}
 */
export function cycle(list, i) {
  return /** @type {T} */ (list[i % list.length]);
}

/**
 * Sentences and fillers of the neutral vocabulary, drawn from `next`.
 * @param {() => number} next
 */
function prose(next) {
  /**
   * @template T
   * @param {readonly T[]} list
   */
  const pick = (list) => pickWith(next, list);
  /** @param {number} n */
  const sentence = (n) => {
    const words = Array.from({ length: n }, () => pick(WORDS));
    const [first = ''] = words;
    words[0] = first.charAt(0).toUpperCase() + first.slice(1);
    return `${words.join(' ')}.`;
  };
  /**
   * Neutral words of about `length` characters, standing where a name or claim would be.
   * @param {number} length
   */
  const filler = (length) => {
    /** @type {string[]} */
    const words = [];
    let size = 0;
    while (size < length) {
      const word = pick(WORDS);
      words.push(word);
      size += word.length + 1;
    }
    return words.join(' ');
  };
  return { pick, sentence, filler };
}

/**
 * The dense page: ~6,500 paragraphs, each of several text nodes. With `mentions: false` every name
 * and claim sentence is replaced by neutral words of the same length, so the page keeps its size
 * and shape but never mentions the story.
 */
export function densePage({ mentions = true } = {}) {
  const next = random(42);
  const { pick, sentence, filler } = prose(next);
  /** @param {string} markup */
  const stripped = (markup) => markup.replace(/<[^>]+>/g, '');
  /** @type {string[]} */
  const paragraphs = [];
  for (let i = 0; i < 6_500; i++) {
    const parts = [sentence(6), `<em>${sentence(2)}</em>`, sentence(4), `<a href="#p${i}">${sentence(2)}</a>`, sentence(3)];
    if (i % 9 === 0) {
      const name = pick(NAMES);
      parts.splice(2, 0, ` ${mentions ? name : filler(stripped(name).length)} `);
    }
    if (i % 37 === 0) {
      const claim = pick(CLAIMS);
      parts.push(` ${mentions ? claim : `${filler(claim.length)}.`}`);
    }
    paragraphs.push(`<p id="p${i}">${parts.join(' ')}</p>`);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Benchmark page</title>
${LONG_TASK_SCRIPT}</head><body><main>${paragraphs.join('\n')}</main></body></html>`;
}

/** A document with nothing in it, as an empty ad slot or `about:blank` frame has. */
export const EMPTY_PAGE = '<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>';

/** A 1x1 transparent GIF, served for the ads' images and pixels. */
export const PIXEL_GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/**
 * What an ad slot's frame serves: `display` a 300x250 creative with a label, an image and a link;
 * `pixel` a tracking pixel and no text; `empty` an empty document.
 * @param {string} kind
 * @param {number} n
 */
export function adFrame(kind, n) {
  if (kind === 'empty') return EMPTY_PAGE;
  if (kind === 'pixel')
    return `<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0"><img src="/pixel.gif?n=${n}" width="1" height="1" alt=""></body></html>`;
  return `<!doctype html><html><head><meta charset="utf-8"><style>body{margin:0;font:12px sans-serif}.ad{width:298px;height:248px;border:1px solid #ccc;position:relative}.ad small{position:absolute;top:2px;right:4px;color:#888}</style></head>
<body><div class="ad" id="slot-${n}"><small>Advertisement</small><a href="#offer-${n}"><img src="/pixel.gif?creative=${n}" width="298" height="200" alt="Spring offer"></a>
<p>Garden furniture, up to 30% off this week. <a href="#shop-${n}">Shop now</a></p></div></body></html>`;
}

/**
 * One ad slot: what it serves, whether from another site (`host`, an ad server's name), and its size.
 * @typedef {{ kind: 'display' | 'pixel' | 'blank', cross: boolean, width: number, height: number, host?: string }} AdSlot
 */

/**
 * The ad slots of the ordinary article: 20 iframes, as a news page carries them. Cross-site ones
 * come from five ad hosts (each its own site, so Chromium runs them in processes of their own);
 * same-origin ones from the article's server; four have no `src` at all (about:blank).
 * @type {AdSlot[]}
 */
export const AD_SLOTS = [
  ...Array.from(
    { length: 8 },
    (_, i) => /** @satisfies {AdSlot} */ ({ kind: 'display', cross: true, width: 300, height: 250, host: `ads-${i % 5}` }),
  ),
  ...Array.from({ length: 4 }, () => /** @satisfies {AdSlot} */ ({ kind: 'display', cross: false, width: 300, height: 250 })),
  ...Array.from(
    { length: 2 },
    (_, i) => /** @satisfies {AdSlot} */ ({ kind: 'pixel', cross: true, width: 1, height: 1, host: `ads-${i}` }),
  ),
  ...Array.from({ length: 2 }, () => /** @satisfies {AdSlot} */ ({ kind: 'pixel', cross: false, width: 1, height: 1 })),
  ...Array.from({ length: 4 }, () => /** @satisfies {AdSlot} */ ({ kind: 'blank', cross: false, width: 300, height: 250 })),
];

const ARTICLE_MENTIONS = [
  'Prime Minister Mohammed Shia al-Sudani',
  'al-Sudani',
  'ISIS',
  'the Islamic State group',
  'Daesh',
  'Alina Romanowski',
  'Maj. Gen. Kevin C. Leahy',
  'U.S. forces',
  'Iraqi security forces',
  'the Global Coalition against ISIS',
];

/**
 * An ordinary article page: a header with navigation, a headline, about 40 KB of paragraphs with
 * about 30 mentions of the story's actors and two of its claims, a sidebar of links, a footer, and
 * one iframe per ad slot (`frameSrc(slot, n)` gives each frame's address; null means no `src`).
 * @param {AdSlot[]} slots
 * @param {(slot: AdSlot, n: number) => string | null} frameSrc
 */
export function articlePage(slots, frameSrc) {
  const next = random(7);
  const { pick, sentence } = prose(next);
  const nav = ['Home', 'World', 'Politics', 'Business', 'Science', 'Sport', 'Culture', 'Opinion', 'Weather']
    .map((label) => `<li><a href="#${label.toLowerCase()}">${label}</a></li>`)
    .join('');
  /** @type {string[]} */
  const paragraphs = [];
  let size = 0;
  let mention = 0;
  const frames = slots.map((slot, n) => {
    const src = frameSrc(slot, n);
    return `<iframe ${src ? `src="${src}" ` : ''}width="${slot.width}" height="${slot.height}" title="Advertisement" style="border:0"></iframe>`;
  });
  let frameAt = 0;
  for (let i = 0; size < 40_000; i++) {
    const sentences = Array.from({ length: 6 + Math.floor(next() * 5) }, () => sentence(10 + Math.floor(next() * 12)));
    // About 30 mentions over the article: one in most paragraphs, each at a sentence start.
    if (mention < 30 && i % 4 !== 3) {
      sentences.splice(
        1,
        0,
        `${cycle(ARTICLE_MENTIONS, mention)} ${pick(['said on Tuesday', 'was asked about the talks', 'met officials', 'spoke to reporters'])}.`,
      );
      mention++;
    }
    if (i === 5) sentences.push(cycle(CLAIMS, 0));
    if (i === 12) sentences.push(cycle(CLAIMS, 1));
    const text = sentences.join(' ');
    size += text.length;
    paragraphs.push(`<p>${text}</p>`);
    // An ad slot every other paragraph, as in-article units; the rest go to the sidebar.
    if (i % 2 === 1 && frameAt < 10) paragraphs.push(`<div class="ad-slot">${frames[frameAt++]}</div>`);
  }
  const sidebar = Array.from({ length: 10 }, () => `<li><a href="#related">${sentence(7)}</a></li>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article page</title>
<style>body{font:16px/1.5 serif;margin:0}header,footer{background:#eee;padding:8px}main{display:flex;gap:24px;padding:16px}article{max-width:700px}aside{width:320px}</style></head>
<body><header><nav><ul>${nav}</ul></nav></header><main><article><h1>Talks on the future of the coalition resume</h1><p class="byline">By a staff writer</p>
${paragraphs.join('\n')}</article><aside><h2>Related</h2><ul>${sidebar}</ul>${frames
    .slice(frameAt)
    .map((frame) => `<div class="ad-slot">${frame}</div>`)
    .join('')}</aside></main>
<footer><p>About us. Contact. Terms of use. Privacy.</p></footer></body></html>`;
}

/** @type {[string, string][]} */
const PEOPLE = [
  ['Marta Ilves', 'mayor of Kessel'],
  ['Tomas Reyhan', 'head of the Kessel Water Board'],
  ['Ada Okonjo', 'a hydrologist at Northmere University'],
  ['Piet Varga', 'chairman of the Harbour Traders Association'],
  ['Lena Sorvik', 'a spokeswoman for the regional council'],
];
const SAID = ['said', 'told reporters', 'said on Monday', 'added', 'warned'];

/**
 * A news article of about 10 KB about a made-up town's flood barrier: five people, their direct
 * and reported speech, claims and replies, as the pack builder meets them on a real page.
 */
export function builderArticle() {
  const next = random(11);
  const { pick, sentence } = prose(next);
  const paragraphs = ['Kessel votes on flood barrier as costs rise'];
  paragraphs.push(
    'The town council of Kessel will vote on Thursday on a flood barrier for the harbour, after a report found that the cost had doubled since the plan was approved.',
  );
  let i = 0;
  while (paragraphs.join('\n\n').length < 10_000) {
    const [name, role] = cycle(PEOPLE, i);
    const surname = name.split(' ')[1] ?? name;
    const first = i < PEOPLE.length;
    const who = first ? `${name}, ${role},` : surname;
    switch (i % 4) {
      case 0:
        paragraphs.push(`"The barrier is the only way to protect the harbour," ${who} ${pick(SAID)}. ${sentence(14)}`);
        break;
      case 1:
        paragraphs.push(
          `${who} ${pick(SAID)} that the cost of the barrier was too high and that the council should delay the vote. ${sentence(12)} ${sentence(9)}`,
        );
        break;
      case 2:
        paragraphs.push(
          `${first ? name : surname} rejected that account. "We have waited long enough, and the river will not wait for us," ${first ? 'the ' + role.replace(/^an? /, '') : surname} said. ${sentence(16)}`,
        );
        break;
      default:
        paragraphs.push(
          `${sentence(18)} ${sentence(11)} According to ${first ? name : surname}, the flood risk is growing every year. ${sentence(10)}`,
        );
    }
    i++;
  }
  return paragraphs.join('\n\n');
}
