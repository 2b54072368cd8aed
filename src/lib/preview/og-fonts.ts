// The fonts of a preview card, read from node_modules: Inter for Latin, Cyrillic, Greek and Vietnamese text, Noto Sans
// for Chinese, Japanese and Korean, and for Arabic (Persian, Urdu), Hebrew, Devanagari (Hindi), Bengali and Thai, which
// satori shapes and orders right to left where they are. fontsource splits each CJK font into about a hundred slices by
// Unicode range, so a card loads only the slices that hold its characters (a few hundred kB) instead of megabytes per weight.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { SatoriOptions } from 'satori';

type Font = SatoriOptions['fonts'][number];

const WEIGHTS = [500, 700] as const;
const INTER_SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'greek-ext', 'vietnamese'];
interface ScriptFont {
	family: string;
	pkg: string;
	/** The one subset of a script's font that is used; its Latin and symbol subsets would draw what Inter and CJK fonts do. */
	subset?: string;
}
/** In the order they are tried; Japanese first when the text has kana, so that its kanji take Japanese forms. */
const CJK_FONTS: ScriptFont[] = [
	{ family: 'Noto Sans SC', pkg: '@fontsource/noto-sans-sc' },
	{ family: 'Noto Sans JP', pkg: '@fontsource/noto-sans-jp' },
	{ family: 'Noto Sans KR', pkg: '@fontsource/noto-sans-kr' },
];
const OTHER_SCRIPT_FONTS: ScriptFont[] = ['arabic', 'hebrew', 'devanagari', 'bengali', 'thai'].map((script) => ({
	family: `Noto Sans ${script.charAt(0).toUpperCase()}${script.slice(1)}`,
	pkg: `@fontsource/noto-sans-${script}`,
	subset: script,
}));
const KANA = /[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]/u;

/** Packages whose versions are part of the preview images' cache key. */
export const FONT_PACKAGES = ['@fontsource/inter', ...[...CJK_FONTS, ...OTHER_SCRIPT_FONTS].map((f) => f.pkg)];

// Resolved from the project root rather than this file: Astro runs a bundled copy of this module from its build folder.
const requireFromRoot = () => createRequire(join(process.cwd(), 'package.json'));

type Ranges = Array<[number, number]>;

/** "U+0000-00ff,U+0131" → [[0, 255], [305, 305]]. */
function parseUnicodeRange(text: string): Ranges {
	return text.split(',').map((part) => {
		const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-');
		return [Number.parseInt(from!, 16), Number.parseInt(to!, 16)];
	});
}

const covers = (ranges: Ranges, codePoint: number) => ranges.some(([from, to]) => codePoint >= from && codePoint <= to);

interface Slice {
	family: string;
	pkg: string;
	/** fontsource's subset name: "latin", or "37" for the slice listed as "[37]". */
	subset: string;
	ranges: Ranges;
}

let slicesByPackage: Map<string, Slice[]> | undefined;
function slicesOf({ pkg, family, subset }: ScriptFont): Slice[] {
	slicesByPackage ??= new Map();
	let slices = slicesByPackage.get(pkg);
	if (!slices) {
		const unicode = JSON.parse(readFileSync(requireFromRoot().resolve(`${pkg}/unicode.json`), 'utf8')) as Record<string, string>;
		slices = Object.entries(unicode)
			.map(([key, range]) => ({ family, pkg, subset: key.replace(/^\[(\d+)\]$/, '$1'), ranges: parseUnicodeRange(range) }))
			.filter((slice) => subset === undefined || slice.subset === subset);
		slicesByPackage.set(pkg, slices);
	}
	return slices;
}

// One Buffer per file for the whole build: satori keeps each font it has parsed by its data.
const fileData = new Map<string, Buffer>();
function sliceFonts(slice: Slice): Font[] {
	const name = `${slice.family} ${slice.subset}`;
	return WEIGHTS.map((weight) => {
		const file = `${slice.pkg}/files/${slice.pkg.split('/')[1]}-${slice.subset}-${weight}-normal.woff`;
		let data = fileData.get(file);
		if (!data) fileData.set(file, (data = readFileSync(requireFromRoot().resolve(file))));
		return { name, weight, style: 'normal' as const, data };
	});
}

export interface CardFonts {
	fonts: Font[];
	/** The CSS font-family that names them all, in the order glyphs are looked for. */
	family: string;
	/** Characters none of them draws (a script Waymark ships no font for): the card shows a box for each. */
	missing: string[];
}

const selections = new Map<string, Omit<CardFonts, 'missing'>>();

/** The fonts that draw `text`: Inter's subsets, and the slices of other scripts' fonts that hold characters Inter lacks. */
export function cardFonts(text: string): CardFonts {
	const inter = INTER_SUBSETS.map((subset) => slicesOf({ pkg: '@fontsource/inter', family: 'Inter' }).find((s) => s.subset === subset)!);
	const order = [...(KANA.test(text) ? [CJK_FONTS[1]!, CJK_FONTS[0]!, CJK_FONTS[2]!] : CJK_FONTS), ...OTHER_SCRIPT_FONTS];
	const needed = new Set<Slice>();
	const missing: string[] = [];
	for (const char of new Set(text)) {
		const codePoint = char.codePointAt(0)!;
		if (inter.some((s) => covers(s.ranges, codePoint))) continue;
		const slice = order.map((font) => slicesOf(font).find((s) => covers(s.ranges, codePoint))).find(Boolean);
		if (slice) needed.add(slice);
		else missing.push(char);
	}
	const slices = [...inter, ...order.flatMap((font) => slicesOf(font).filter((s) => needed.has(s)))];
	// The same selection gives the same array, so that most cards (Latin text) reuse one.
	const key = slices.map((s) => `${s.pkg}:${s.subset}`).join(' ');
	let selection = selections.get(key);
	if (!selection) {
		selection = { fonts: slices.flatMap(sliceFonts), family: slices.map((s) => `"${s.family} ${s.subset}"`).join(', ') };
		selections.set(key, selection);
	}
	return { ...selection, missing };
}
