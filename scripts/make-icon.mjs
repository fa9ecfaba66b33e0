// Writes build/icon.png (512×512): a yellow five-pointed star on red, as on the national flag.
// Only node:zlib, so the icon can be regenerated on any machine: `node scripts/make-icon.mjs`.
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 512;
const SAMPLES = 4; // per axis: 16 samples a pixel smooth the star's edges
const RED = [218, 37, 29];
const YELLOW = [255, 255, 0];
const CORNER_RADIUS = 72;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** The star's ten vertices, point up, centred, outer radius 38% of the icon. */
function starPolygon() {
  const outer = SIZE * 0.38;
  const inner = outer * 0.382; // the regular pentagram's ratio
  const cx = SIZE / 2;
  const cy = SIZE / 2 + outer * 0.1; // optical centre: the star's mass sits low
  return Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    return [cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)];
  });
}

function insidePolygon(x, y, polygon) {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i];
    const [xj, yj] = polygon[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function insideRoundedSquare(x, y) {
  const r = CORNER_RADIUS;
  const dx = Math.max(r - x, x - (SIZE - r), 0);
  const dy = Math.max(r - y, y - (SIZE - r), 0);
  return dx * dx + dy * dy <= r * r;
}

/** Averages the samples of one pixel: straight RGBA, alpha from the rounded corners. */
function pixel(px, py, star) {
  let covered = 0;
  let yellow = 0;
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const x = px + (sx + 0.5) / SAMPLES;
      const y = py + (sy + 0.5) / SAMPLES;
      if (!insideRoundedSquare(x, y)) continue;
      covered++;
      if (insidePolygon(x, y, star)) yellow++;
    }
  }
  if (covered === 0) return [0, 0, 0, 0];
  const t = yellow / covered;
  const rgb = RED.map((red, i) => Math.round(red + (YELLOW[i] - red) * t));
  return [...rgb, Math.round((255 * covered) / (SAMPLES * SAMPLES))];
}

function render() {
  const star = starPolygon();
  const stride = SIZE * 4 + 1;
  const raw = Buffer.alloc(stride * SIZE);
  for (let y = 0; y < SIZE; y++) {
    raw[y * stride] = 0; // filter: none
    for (let x = 0; x < SIZE; x++) raw.set(pixel(x, y, star), y * stride + 1 + x * 4);
  }
  return raw;
}

function png(raw) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(root, 'build', 'icon.png');
mkdirSync(path.dirname(target), { recursive: true });
writeFileSync(target, png(render()));
console.log(`Wrote ${path.relative(root, target)}`);
