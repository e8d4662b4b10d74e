/**
 * The code points a WOFF2 font maps to a glyph (its `cmap`), read with Node's brotli: enough of
 * the WOFF2 format (https://www.w3.org/TR/WOFF2/) to find one table, for tests of the font subset.
 */
import { brotliDecompressSync } from 'node:zlib';

const CMAP = 0;
const GLYF = 10;
const LOCA = 11;
const ARBITRARY_TAG = 63;

/** A UIntBase128 (WOFF2 5.1) at `at`, and the offset after it. */
function base128(bytes: Uint8Array, at: number): [number, number] {
	let value = 0;
	for (let i = 0; i < 5; i++) {
		const byte = bytes[at + i]!;
		value = value * 128 + (byte & 0x7f);
		if ((byte & 0x80) === 0) return [value, at + i + 1];
	}
	throw new Error('UIntBase128 longer than 5 bytes');
}

/** The decompressed `cmap` table of a WOFF2 font. */
function cmapTable(font: Uint8Array): DataView {
	const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
	if (view.getUint32(0) !== 0x774f4632) throw new Error('not a WOFF2 font');
	const numTables = view.getUint16(12);
	const compressedSize = view.getUint32(20);
	let at = 48;
	let offset = 0;
	let cmap: [number, number] | undefined;
	for (let i = 0; i < numTables; i++) {
		const flags = font[at++]!;
		const tag = flags & 0x3f;
		if (tag === ARBITRARY_TAG) at += 4;
		const version = flags >> 6;
		let length;
		[length, at] = base128(font, at);
		const transformed = tag === GLYF || tag === LOCA ? version === 0 : version !== 0;
		if (transformed) [length, at] = base128(font, at);
		if (tag === CMAP) cmap = [offset, length];
		offset += length;
	}
	if (!cmap) throw new Error('no cmap table');
	const tables = brotliDecompressSync(font.subarray(at, at + compressedSize));
	return new DataView(tables.buffer, tables.byteOffset + cmap[0], cmap[1]);
}

/** Every code point the font maps, from its Unicode subtable (format 12, or else format 4). */
export function mappedCodePoints(font: Uint8Array): Set<number> {
	const cmap = cmapTable(font);
	const subtables = new Map<number, number>();
	for (let i = 0; i < cmap.getUint16(2); i++) {
		const record = 4 + i * 8;
		const offset = cmap.getUint32(record + 4);
		subtables.set(cmap.getUint16(offset), offset);
	}
	const points = new Set<number>();
	const full = subtables.get(12);
	if (full !== undefined) {
		const groups = cmap.getUint32(full + 12);
		for (let g = 0; g < groups; g++) {
			const at = full + 16 + g * 12;
			for (let c = cmap.getUint32(at); c <= cmap.getUint32(at + 4); c++) points.add(c);
		}
		return points;
	}
	const bmp = subtables.get(4);
	if (bmp === undefined) throw new Error('no Unicode cmap subtable');
	const segments = cmap.getUint16(bmp + 6) / 2;
	const ends = bmp + 14;
	const starts = ends + segments * 2 + 2;
	const deltas = starts + segments * 2;
	const ranges = deltas + segments * 2;
	for (let s = 0; s < segments; s++) {
		const end = cmap.getUint16(ends + s * 2);
		const delta = cmap.getUint16(deltas + s * 2);
		const rangeAt = ranges + s * 2;
		const rangeOffset = cmap.getUint16(rangeAt);
		for (let c = cmap.getUint16(starts + s * 2); c <= end && c !== 0xffff; c++) {
			const glyph =
				rangeOffset === 0
					? (c + delta) & 0xffff
					: cmap.getUint16(rangeAt + rangeOffset + (c - cmap.getUint16(starts + s * 2)) * 2);
			if (glyph !== 0) points.add(c);
		}
	}
	return points;
}
