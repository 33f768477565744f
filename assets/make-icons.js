#!/usr/bin/env node
/**
 * Draws Concordat's add-in icons (a white tick over a table grid on a green rounded square) and
 * writes them as PNG files beside this script. No image library is needed: shapes are described by
 * distance functions, sampled 4×4 per pixel for smooth edges, and encoded with zlib.
 *
 * Run: node assets/make-icons.js   (the PNGs are committed; rerun only to change the design)
 */
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80, 128];
const GREEN = [16, 124, 65]; // Excel's green, so the icon sits well on the Home tab
const WHITE = [255, 255, 255];
const SAMPLES = 4;

/** Signed distance from point p to a rounded square filling the unit box with margin m and radius r. */
function roundedSquare(x, y, m, r) {
  const half = 0.5 - m;
  const qx = Math.abs(x - 0.5) - (half - r);
  const qy = Math.abs(y - 0.5) - (half - r);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - r;
}

function distanceToSegment(x, y, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** Colour and opacity of the icon at unit coordinates (x, y), before anti-aliasing. */
function shade(x, y, size) {
  if (roundedSquare(x, y, 0.04, 0.18) > 0) return null;
  // Grid lines get at least one device pixel so they survive at 16 px.
  const line = Math.max(0.035, 1 / size);
  const onGrid =
    [0.36, 0.64].some((g) => Math.abs(x - g) < line / 2 || Math.abs(y - g) < line / 2) &&
    x > 0.16 &&
    x < 0.84 &&
    y > 0.16 &&
    y < 0.84;
  const tick = Math.min(
    distanceToSegment(x, y, 0.24, 0.52, 0.43, 0.71),
    distanceToSegment(x, y, 0.43, 0.71, 0.78, 0.3),
  );
  if (tick < 0.085) return WHITE;
  if (tick < 0.125) return GREEN; // a green halo keeps the tick clear of the grid
  if (onGrid) return mix(GREEN, WHITE, 0.45);
  return GREEN;
}

function mix(a, b, t) {
  return a.map((v, i) => Math.round(v + (b[i] - v) * t));
}

function render(size) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const colour = shade((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size, size);
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          covered += 1;
        }
      }
      const at = (py * size + px) * 4;
      if (covered > 0) {
        rgba[at] = Math.round(r / covered);
        rgba[at + 1] = Math.round(g / covered);
        rgba[at + 2] = Math.round(b / covered);
        rgba[at + 3] = Math.round((255 * covered) / (SAMPLES * SAMPLES));
      }
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** PNG of 8-bit RGBA pixels: each scanline is prefixed with filter type 0 (none). */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  const rows = [];
  for (let y = 0; y < size; y++) {
    rows.push(Buffer.from([0]), rgba.subarray(y * size * 4, (y + 1) * size * 4));
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of SIZES) {
  const file = path.join(__dirname, `icon-${size}.png`);
  fs.writeFileSync(file, encodePng(size, render(size)));
  process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
}
