// The toolbar icon, drawn in code so the repository holds no binary files: two overlapping
// pages and a tick, encoded as PNG by hand (zlib from Node, no image package).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

export const ICON_SIZES = [16, 32, 48, 128];

/** Writes icon-16.png ... icon-128.png into dir. */
export function writeIcons(dir) {
  mkdirSync(dir, { recursive: true });
  for (const size of ICON_SIZES) writeFileSync(join(dir, `icon-${size}.png`), png(size, iconPixel));
}
function iconPixel(x, y) {
  const inRounded = (x0, y0, x1, y1, r) => {
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= x0 && x <= x1 && y >= y0 && y <= y1;
  };
  const nearSegment = (ax, ay, bx, by, w) => {
    const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
    return (x - ax - t * (bx - ax)) ** 2 + (y - ay - t * (by - ay)) ** 2 <= w * w;
  };
  if (nearSegment(0.34, 0.55, 0.47, 0.7, 0.075) || nearSegment(0.47, 0.7, 0.74, 0.34, 0.075)) return [255, 255, 255, 255];
  if (inRounded(0.06, 0.06, 0.94, 0.94, 0.2)) return [31, 95, 191, 255];
  return [0, 0, 0, 0];
}

function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      // 4x4 supersampling keeps the small sizes smooth.
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < 4; sy++)
        for (let sx = 0; sx < 4; sx++) {
          const p = pixel((x + (sx + 0.5) / 4) / size, (y + (sy + 0.5) / 4) / size);
          for (let c = 0; c < 3; c++) sum[c] += p[c] * p[3];
          sum[3] += p[3];
        }
      const offset = y * (size * 4 + 1) + 1 + x * 4;
      const alpha = sum[3] / 16;
      for (let c = 0; c < 3; c++) raw[offset + c] = alpha ? Math.round(sum[c] / sum[3]) : 0;
      raw[offset + 3] = Math.round(alpha);
    }
  }
  const chunk = (type, data) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}
