/**
 * Draws the toolbar and store icons (a lens over a highlighted line) as PNGs at every size the
 * stores ask for, into assets/icons/. Run it after changing the design; the PNGs are committed.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { parseCommand } from './lib/cli.mjs';

parseCommand({
  name: 'make-icons',
  usage: 'node scripts/make-icons.mjs',
  summary: 'Draws the toolbar and store icons as PNGs at every size the stores ask for, into assets/icons/.',
  options: {},
});

const SIZES = [16, 32, 48, 96, 128];

/**
 * The CRC-32 of `buf`, as PNG chunks carry it.
 * @param {Buffer} buf
 */
function crc32(buf) {
  let c;
  /** @type {number[]} */
  const table = [];
  for (let n = 0; n < 256; n++) {
    c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  let crc = 0xffffffff;
  for (const byte of buf) crc = /** @type {number} */ (table[(crc ^ byte) & 0xff]) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * One PNG chunk: length, type, data and CRC.
 * @param {string} type
 * @param {Buffer} data
 */
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/**
 * A PNG of `size` pixels square, each the supersampled colour of `pixel` in unit coordinates.
 * @param {number} size
 * @param {(u: number, v: number) => [number, number, number, number]} pixel
 */
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  const S = 4; // supersampling per axis, for smooth edges
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < S; sy++)
        for (let sx = 0; sx < S; sx++) {
          const [pr, pg, pb, pa] = pixel((x + (sx + 0.5) / S) / size, (y + (sy + 0.5) / S) / size);
          r += pr * pa;
          g += pg * pa;
          b += pb * pa;
          a += pa;
        }
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = a ? Math.round(r / a) : 0;
      raw[o + 1] = a ? Math.round(g / a) : 0;
      raw[o + 2] = a ? Math.round(b / a) : 0;
      raw[o + 3] = Math.round((a / (S * S)) * 255);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * The design in unit coordinates: a violet rounded square, a yellow highlighted line, a white lens.
 * @param {number} u
 * @param {number} v
 * @returns {[number, number, number, number]} red, green, blue (0 to 255) and opacity (0 to 1)
 */
function pixel(u, v) {
  const inRounded = (() => {
    const r = 0.2,
      m = 0.02;
    const x = Math.min(Math.max(u, m + r), 1 - m - r),
      y = Math.min(Math.max(v, m + r), 1 - m - r);
    return (u - x) ** 2 + (v - y) ** 2 <= r * r && u >= m && u <= 1 - m && v >= m && v <= 1 - m;
  })();
  if (!inRounded) return [0, 0, 0, 0];
  const cx = 0.44,
    cy = 0.42,
    dist = Math.hypot(u - cx, v - cy);
  const handle = (() => {
    const t = (u - 0.6) * 0.707 + (v - 0.58) * 0.707;
    const d = Math.abs((u - 0.6) * 0.707 - (v - 0.58) * 0.707);
    return t > 0 && t < 0.3 && d < 0.06;
  })();
  if (dist >= 0.2 && dist <= 0.28) return [255, 255, 255, 1];
  if (handle) return [255, 255, 255, 1];
  if (dist < 0.2 && v > 0.36 && v < 0.5) return [255, 214, 102, 1];
  if (dist < 0.2) return [142, 99, 219, 1];
  return [110, 64, 201, 1];
}

mkdirSync('assets/icons', { recursive: true });
for (const size of SIZES) writeFileSync(`assets/icons/icon-${size}.png`, png(size, pixel));
console.log(`Wrote ${SIZES.map((s) => `icon-${s}.png`).join(', ')} to assets/icons/.`);
