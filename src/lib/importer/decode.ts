/** Bytes of a document to text: UTF-8, or UTF-16, East Asian and Windows-1252 files as editors on Windows save them. */
import chardet from 'chardet';

// The multi-byte encodings Korean, Chinese and Japanese editors save in (Windows' code pages 949, 936, 950 and 932),
// by chardet's names, as TextDecoder names them.
const EAST_ASIAN = { 'EUC-KR': 'euc-kr', GB18030: 'gb18030', Big5: 'big5', Shift_JIS: 'shift_jis', 'EUC-JP': 'euc-jp' } as const;
type EastAsian = (typeof EAST_ASIAN)[keyof typeof EAST_ASIAN];
// How sure chardet must be (0–100): its statistics need a few sentences, and a short Western file can look East Asian.
const SURE = 50;

export interface Decoded {
	text: string;
	/** The encoding the file was read as when it was not UTF-8; null for UTF-8. */
	decodedAs: 'utf-16le' | 'utf-16be' | EastAsian | 'windows-1252' | null;
}

// A file named in Hangul or kana is written in Korean or Japanese: a short one, whose statistics leave chardet unsure,
// is tried in that language's encoding.
const NAMED_IN: ReadonlyArray<[RegExp, EastAsian]> = [
	[/\p{Script=Hangul}/u, 'euc-kr'],
	[/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'shift_jis'],
];

/** Decodes the bytes of a file, named `path` (its name may tell its language). */
export function decodeBytes(bytes: Uint8Array, path = ''): Decoded {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), decodedAs: 'utf-16le' };
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), decodedAs: 'utf-16be' };
	try {
		// TextDecoder drops a UTF-8 byte-order mark.
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), decodedAs: null };
	} catch {
		const [likeliest] = chardet.analyse(bytes);
		const detected = likeliest && likeliest.confidence >= SURE ? EAST_ASIAN[likeliest.name as keyof typeof EAST_ASIAN] : undefined;
		const named = NAMED_IN.find(([script]) => script.test(path.split('/').at(-1) ?? ''))?.[1];
		const eastAsian = detected ?? named;
		if (eastAsian) {
			try {
				return { text: new TextDecoder(eastAsian, { fatal: true }).decode(bytes), decodedAs: eastAsian };
			} catch {
				// Not that encoding after all: read as Windows-1252, which maps every byte.
			}
		}
		return { text: new TextDecoder('windows-1252').decode(bytes), decodedAs: 'windows-1252' };
	}
}
