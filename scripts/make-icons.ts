// Draws the toolbar icon (an "i" for information on a blue disc with an amber underline) as PNGs at
// the sizes the stores ask for. Pure Node, so no image tool is needed: `jiti scripts/make-icons.ts`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf: Buffer) => {
  let c = 0xffffffff;
  for (const byte of buf) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

type Rgba = [number, number, number, number];
const BLUE: Rgba = [29, 111, 184, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const AMBER: Rgba = [255, 196, 61, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

/** Colour at a point in unit coordinates (0..1), 4x4 supersampled by the caller. */
function shade(x: number, y: number): Rgba {
  const dx = x - 0.5;
  const dy = y - 0.5;
  if (dx * dx + dy * dy > 0.25) return CLEAR;
  const ex = x - 0.5;
  const ey = y - 0.27;
  if (ex * ex + ey * ey < 0.0085) return WHITE; // the dot
  if (Math.abs(x - 0.5) < 0.075 && y > 0.38 && y < 0.7) return WHITE; // the stem
  if (x > 0.3 && x < 0.7 && y > 0.76 && y < 0.83) return AMBER; // the underline, as on a painted name
  return BLUE;
}

function png(size: number): Buffer {
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < 4; sy++)
        for (let sx = 0; sx < 4; sx++) {
          const c = shade((px + (sx + 0.5) / 4) / size, (py + (sy + 0.5) / 4) / size);
          for (let i = 0; i < 4; i++) acc[i] = (acc[i] ?? 0) + (c[i] ?? 0) * (i < 3 ? (c[3] ?? 0) / 255 : 1);
        }
      const alpha = (acc[3] ?? 0) / 16;
      for (let i = 0; i < 3; i++) row[1 + px * 4 + i] = alpha > 0 ? Math.round((acc[i] ?? 0) / 16 / (alpha / 255)) : 0;
      row[1 + px * 4 + 3] = Math.round(alpha);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 96, 128]) writeFileSync(`public/icon/${size}.png`, png(size));
console.log('wrote public/icon/{16,32,48,96,128}.png');
