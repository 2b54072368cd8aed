/**
 * Repairs text that was UTF-8 but got decoded as cp1252 or Mac Roman (and saved again as UTF-8),
 * e.g. "â€œknowâ€" → "“know”" or "üöÄ" → "🚀".
 */

// cp1252 maps 0x80–0x9F to these characters; 0x81, 0x8D, 0x8F, 0x90 and 0x9D are undefined.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
// Mac Roman 0x80–0xFF.
const MAC_ROMAN_HIGH =
	'ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø¿¡¬√ƒ≈∆«»…\u00A0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uF8FFÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ';

export type LegacyEncoding = 'cp1252' | 'mac-roman';

function byteTable(encoding: LegacyEncoding): Map<string, number> {
	const table = new Map<string, number>();
	if (encoding === 'cp1252') {
		for (let b = 0; b < 0x80; b++) table.set(String.fromCharCode(b), b);
		[...CP1252_HIGH].forEach((ch, i) => table.set(ch, 0x80 + i));
		for (let b = 0xa0; b <= 0xff; b++) table.set(String.fromCharCode(b), b);
	} else {
		for (let b = 0; b < 0x80; b++) table.set(String.fromCharCode(b), b);
		[...MAC_ROMAN_HIGH].forEach((ch, i) => table.set(ch, 0x80 + i));
	}
	return table;
}

const tables = { cp1252: byteTable('cp1252'), 'mac-roman': byteTable('mac-roman') };

// Bytes a cp1252 decoder drops: when one of them was lost, the UTF-8 sequence lacks a continuation byte.
const DROPPED_CP1252_BYTES = [0x81, 0x8d, 0x8f, 0x90, 0x9d];
// What a lost byte most often completed in prose: ” (E2 80 9D), emoji variation selector (EF B8 8F), ZWJ (E2 80 8D).
const LIKELY_RESTORED = ['\u201D', '\uFE0F', '\u200D'];

function sequenceLength(lead: number): number {
	if (lead >= 0xf0 && lead <= 0xf4) return 4;
	if (lead >= 0xe0) return 3;
	if (lead >= 0xc2 && lead <= 0xdf) return 2;
	return 0;
}

const isContinuation = (b: number | undefined) => b !== undefined && b >= 0x80 && b <= 0xbf;

/** Re-inserts continuation bytes that a lossy cp1252 decode dropped, so the byte stream is valid UTF-8 again. */
function restoreDroppedBytes(bytes: number[]): number[] {
	const out: number[] = [];
	for (let i = 0; i < bytes.length; ) {
		const lead = bytes[i]!;
		const length = sequenceLength(lead);
		if (length === 0) {
			out.push(lead);
			i++;
			continue;
		}
		const sequence = [lead];
		let j = i + 1;
		while (sequence.length < length && isContinuation(bytes[j])) sequence.push(bytes[j++]!);
		while (sequence.length < length) sequence.push(pickDroppedByte(sequence, length));
		out.push(...sequence);
		i = j;
	}
	return out;
}

function pickDroppedByte(partial: number[], length: number): number {
	const valid: Array<{ byte: number; char: string }> = [];
	for (const byte of DROPPED_CP1252_BYTES) {
		const attempt = [...partial, byte];
		while (attempt.length < length) attempt.push(0x80);
		try {
			valid.push({ byte, char: new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(attempt)) });
		} catch {
			// Not a valid sequence with this byte.
		}
	}
	for (const char of LIKELY_RESTORED) {
		const match = valid.find((v) => v.char === char);
		if (match) return match.byte;
	}
	return valid[0]?.byte ?? 0x9d;
}

const decoders = {
	cp1252: [...Array.from({ length: 0x80 }, (_, b) => String.fromCharCode(b)), ...CP1252_HIGH, ...Array.from({ length: 0x60 }, (_, i) => String.fromCharCode(0xa0 + i))],
	'mac-roman': [...Array.from({ length: 0x80 }, (_, b) => String.fromCharCode(b)), ...MAC_ROMAN_HIGH],
};
const UNDEFINED_CP1252 = new Set(DROPPED_CP1252_BYTES);

/**
 * Makes mojibake: what a legacy decoder shows for UTF-8 text (a cp1252 decoder drops the bytes it has no character
 * for, as the seeds show). Node's TextDecoder cannot do this: it decodes "windows-1252" as Latin-1.
 */
export function misdecode(text: string, encoding: LegacyEncoding): string {
	const bytes = [...new TextEncoder().encode(text)];
	const kept = encoding === 'cp1252' ? bytes.filter((byte) => !UNDEFINED_CP1252.has(byte)) : bytes;
	return kept.map((byte) => decoders[encoding][byte]).join('');
}

/** Reverses one round of mojibake. Returns null when the text is not mojibake in that encoding. */
export function repairMojibake(text: string, encoding: LegacyEncoding): string | null {
	const table = tables[encoding];
	const bytes: number[] = [];
	for (const ch of text) {
		const byte = table.get(ch);
		if (byte === undefined) return null;
		bytes.push(byte);
	}
	const restored = encoding === 'cp1252' ? restoreDroppedBytes(bytes) : bytes;
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(restored));
	} catch {
		return null;
	}
}

// Sequences that only appear when UTF-8 was misread: "â€" (cp1252 of E2 80), "ðŸ" (F0 9F), "Ã" + a Latin-1 char, "Ô" + ∏/ª (Mac Roman), "√" + Mac Roman second bytes.
const MOJIBAKE_MARKERS = /â€|ðŸ|Ã[\u0080-\u00BF]|ï¸|\uF8FF[üÜ]|‚Ä|√[©®†°¢]|Ô∏è/g;

export function mojibakeScore(text: string): number {
	return text.match(MOJIBAKE_MARKERS)?.length ?? 0;
}

/**
 * Detects and repairs mojibake, trying cp1252 and Mac Roman, and keeps whichever repair removes
 * the most telltale sequences. Text that is already clean is returned unchanged.
 */
export function fixMojibake(text: string): { text: string; encoding: LegacyEncoding | null } {
	const before = mojibakeScore(text);
	if (before === 0) return { text, encoding: null };
	let best: { text: string; encoding: LegacyEncoding | null; score: number } = { text, encoding: null, score: before };
	for (const encoding of ['cp1252', 'mac-roman'] as const) {
		const repaired = repairMojibake(text, encoding);
		if (repaired === null) continue;
		const score = mojibakeScore(repaired);
		if (score < best.score) best = { text: repaired, encoding, score };
	}
	return { text: best.text, encoding: best.encoding };
}
