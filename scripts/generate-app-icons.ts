import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

/**
 * The web app's icons (renderer/public/icons): a white check mark on the accent blue, drawn
 * here so the repository needs no image tools. Placeholders until real artwork exists;
 * rerun with `npx tsx scripts/generate-app-icons.ts`.
 */
const outputFolder = new URL('../renderer/public/icons/', import.meta.url);
const accent = [0x24, 0x57, 0xc5] as const;
const white = [0xff, 0xff, 0xff] as const;

type Icon = { file: string; size: number; maskable: boolean };
const icons: readonly Icon[] = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  // A maskable icon fills its square: the platform crops it to its own shape.
  { file: 'icon-maskable-512.png', size: 512, maskable: true },
];

/** Distance from (x, y) to the segment a–b, all in units of the icon's size. */
function distanceToSegment(
  x: number,
  y: number,
  [ax, ay]: readonly [number, number],
  [bx, by]: readonly [number, number],
): number {
  const dx = bx - ax;
  const dy = by - ay;
  const along = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + along * dx), y - (ay + along * dy));
}

function insideRoundedSquare(x: number, y: number, radius: number): boolean {
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  return Math.hypot(x - cx, y - cy) <= radius;
}

function pixels({ size, maskable }: Icon): Buffer {
  // Each row starts with PNG filter byte 0 (none), then RGBA pixels.
  const rows = Buffer.alloc(size * (1 + size * 4));
  const checkStart = [0.28, 0.52] as const;
  const checkCorner = [0.44, 0.68] as const;
  const checkEnd = [0.74, 0.34] as const;
  for (let row = 0; row < size; row++) {
    const rowStart = row * (1 + size * 4);
    for (let column = 0; column < size; column++) {
      const x = (column + 0.5) / size;
      const y = (row + 0.5) / size;
      const background = maskable || insideRoundedSquare(x, y, 0.18);
      const stroke =
        Math.min(
          distanceToSegment(x, y, checkStart, checkCorner),
          distanceToSegment(x, y, checkCorner, checkEnd),
        ) <= 0.055;
      const colour = stroke ? white : accent;
      const offset = rowStart + 1 + column * 4;
      rows[offset] = colour[0];
      rows[offset + 1] = colour[1];
      rows[offset + 2] = colour[2];
      rows[offset + 3] = background ? 0xff : 0;
    }
  }
  return rows;
}

const crcTable = Array.from({ length: 256 }, (_, byte) => {
  let crc = byte;
  for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  return crc >>> 0;
});

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = (crcTable[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(icon: Icon): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(icon.size, 0);
  header.writeUInt32BE(icon.size, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(6, 9); // colour type: RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels(icon), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(outputFolder, { recursive: true });
for (const icon of icons) writeFileSync(new URL(icon.file, outputFolder), png(icon));
console.log(`Wrote ${icons.length} icons to ${outputFolder.pathname}`);
