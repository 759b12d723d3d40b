// Regenerates the Teams app icons: color.png (192x192, white glyph on a rounded square in the accent colour) and
// outline.png (32x32, the same glyph in white on a transparent background). The committed PNGs are what ships; run
// this only to change them:  node manifest/make-icons.mjs [--out-dir DIR]
//
// The glyph is a tray with an arrow coming down into it (referrals coming in), drawn as round-capped strokes and
// rasterised with 8x8 supersampling, so the output is deterministic (same bytes on every run).
import { writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { PNG } from 'pngjs';

const HERE = dirname(fileURLToPath(import.meta.url));

/** The manifest's accentColor, read from the template so the two never disagree. */
export function accentColor() {
  const template = JSON.parse(readFileSync(join(HERE, 'manifest.template.json'), 'utf8'));
  return template.accentColor;
}

// Strokes in glyph units (0..1 square): polylines with round caps and joins.
const GLYPH_STROKES = [
  // arrow shaft and head
  [[0.5, 0.04], [0.5, 0.49]],
  [[0.31, 0.3], [0.5, 0.5], [0.69, 0.3]],
  // tray: sides, floor and the lip in the middle
  [[0.08, 0.58], [0.08, 0.92], [0.92, 0.92], [0.92, 0.58]],
  [[0.08, 0.7], [0.3, 0.7], [0.36, 0.79], [0.64, 0.79], [0.7, 0.7], [0.92, 0.7]],
];

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Distance from (u, v) to the glyph's edge in glyph units: negative inside a stroke. */
function glyphDistance(u, v, strokeWidth) {
  let d = Infinity;
  for (const line of GLYPH_STROKES) {
    for (let i = 1; i < line.length; i++) d = Math.min(d, distanceToSegment(u, v, line[i - 1], line[i]));
  }
  return d - strokeWidth / 2;
}

/** Distance from (x, y) to the edge of a rounded square filling the canvas: negative inside. */
function roundedSquareDistance(x, y, size, radius) {
  const cx = Math.min(Math.max(x, radius), size - radius);
  const cy = Math.min(Math.max(y, radius), size - radius);
  return Math.hypot(x - cx, y - cy) - radius;
}

/**
 * Renders an icon: `background` (optional {rgb, radius}) is a rounded square filling the canvas; the glyph sits in a
 * centred box of `glyphBox` pixels with strokes `strokeWidth` glyph units wide.
 */
function render({ size, glyphBox, strokeWidth, background }) {
  const png = new PNG({ width: size, height: size, colorType: 6 });
  const samples = 8;
  const offset = (size - glyphBox) / 2;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const inGlyph = (px, py) => glyphDistance((px - offset) / glyphBox, (py - offset) / glyphBox, strokeWidth) <= 0;
      const inBackground = (px, py) => (background ? roundedSquareDistance(px, py, size, background.radius) <= 0 : false);
      let g;
      let b;
      // A pixel whose centre is more than ~0.71 px (half its diagonal) from every edge is wholly in or out:
      // no need to supersample it, and the result is the same as if it were.
      const cx = x + 0.5;
      const cy = y + 0.5;
      const edgeG = Math.abs(glyphDistance((cx - offset) / glyphBox, (cy - offset) / glyphBox, strokeWidth) * glyphBox);
      const edgeB = background ? Math.abs(roundedSquareDistance(cx, cy, size, background.radius)) : Infinity;
      if (edgeG > 0.75 && edgeB > 0.75) {
        g = inGlyph(cx, cy) ? 1 : 0;
        b = !g && inBackground(cx, cy) ? 1 : 0;
      } else {
        let glyph = 0;
        let bg = 0;
        for (let sy = 0; sy < samples; sy++) {
          for (let sx = 0; sx < samples; sx++) {
            const px = x + (sx + 0.5) / samples;
            const py = y + (sy + 0.5) / samples;
            if (inGlyph(px, py)) glyph++;
            else if (inBackground(px, py)) bg++;
          }
        }
        g = glyph / (samples * samples);
        b = bg / (samples * samples);
      }
      const alpha = g + b;
      const i = (y * size + x) * 4;
      if (alpha === 0) {
        png.data[i] = png.data[i + 1] = png.data[i + 2] = png.data[i + 3] = 0;
        continue;
      }
      // Premultiplied mix of white glyph over the background colour, then un-premultiplied.
      const rgb = background ? background.rgb : [255, 255, 255];
      for (let c = 0; c < 3; c++) png.data[i + c] = Math.round((g * 255 + b * rgb[c]) / alpha);
      png.data[i + 3] = Math.round(alpha * 255);
    }
  }
  return PNG.sync.write(png, { colorType: 6 });
}

function hexToRgb(hex) {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`accentColor ${hex} is not #RRGGBB`);
  return [1, 2, 3].map((k) => parseInt(m[k], 16));
}

export function makeIcons() {
  return {
    'color.png': render({
      size: 192,
      glyphBox: 100,
      strokeWidth: 0.085,
      background: { rgb: hexToRgb(accentColor()), radius: 36 },
    }),
    'outline.png': render({ size: 32, glyphBox: 28, strokeWidth: 0.1 }),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { values } = parseArgs({ options: { 'out-dir': { type: 'string', default: HERE } } });
  const outDir = resolve(values['out-dir']);
  mkdirSync(outDir, { recursive: true });
  for (const [name, bytes] of Object.entries(makeIcons())) {
    writeFileSync(join(outDir, name), bytes);
    console.log(`wrote ${join(outDir, name)} (${bytes.length} bytes)`);
  }
}
