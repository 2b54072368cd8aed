// Link-preview images (Open Graph / Twitter cards): a card description in, a 1200×630 PNG out.
// satori lays the card out as SVG with fonts read from node_modules; resvg rasterises it. Nothing here touches
// the network: emoji and other symbols the fonts lack are stripped, and satori is never given a way to fetch.
import { createHash } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cardFonts, FONT_PACKAGES } from './og-fonts.ts';
import { RESVG_FONTS } from './resvg-options.ts';

/** What a preview card says. */
export interface OgCard {
	/** Small line above the title: the roadmap a phase belongs to, or the site's tagline. */
	eyebrow: string;
	title: string;
	/** Short facts shown as chips under the title, e.g. "Phase 3 of 9", "1 month". */
	details: string[];
}

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** Bump when the card's look changes, so that cached images are rendered again. */
export const OG_DESIGN_VERSION = 1;

/** Packages whose versions are part of the cache key: upgrading any of them re-renders every card. */
const RENDERERS = ['satori', '@resvg/resvg-js', ...FONT_PACKAGES];

const colors = {
	background: '#0f172a', // slate-900
	brand: '#1d4ed8', // the favicon's blue
	eyebrow: '#93c5fd', // blue-300
	title: '#ffffff',
	muted: '#cbd5e1', // slate-300
	chipBorder: '#334155', // slate-700
};

const logo = `data:image/svg+xml,${encodeURIComponent(
	'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#1d4ed8"/><path d="M8 23 14 9l4 9 3-5 3 10" fill="none" stroke="#fff" stroke-width="2.5" stroke-linejoin="round" stroke-linecap="round"/></svg>',
)}`;

// Emoji, their joiners, variation selectors, skin tones, flags and keycaps: none are in the fonts, and satori would
// otherwise ask for an emoji image set.
const EMOJI = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u{1F3FB}-\u{1F3FF}\u200D\uFE0E\uFE0F\u20E3]/gu;

/** Text as the card shows it: no emoji or control characters, single spaces. */
export function cardText(text: string): string {
	return text
		.replace(EMOJI, '')
		.replace(/[\p{Cc}\s]+/gu, ' ')
		.trim();
}

/** The card with every text cleaned and empty details dropped; what is rendered and what the cache key covers. */
export function normaliseCard(card: OgCard): OgCard {
	return {
		eyebrow: cardText(card.eyebrow),
		title: cardText(card.title),
		details: card.details.map(cardText).filter((d) => d.length > 0),
	};
}

const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
/** A line's direction as `dir="auto"` takes it, from its first letter: satori reads no "auto". */
export const textDirection = (text: string): 'rtl' | 'ltr' => (RTL_LETTER.test(/\p{L}/u.exec(text)?.[0] ?? '') ? 'rtl' : 'ltr');

/** The fonts that draw every text of a normalised card. */
const fontsOfCard = (shown: OgCard) => cardFonts([shown.eyebrow, shown.title, ...shown.details].join(' '));
/** The characters of a card that no shipped font draws: the image shows a box for each. */
export const undrawnCharacters = (card: OgCard): string[] => fontsOfCard(normaliseCard(card)).missing;

/** Minimal element tree satori accepts (the shape React elements have), so no JSX runtime is needed. */
interface Node {
	type: string;
	props: { style?: Record<string, string | number>; children?: string | Node | Node[]; src?: string; width?: number; height?: number };
}

const h = (type: string, style: Record<string, string | number>, children?: string | Node | Node[]): Node => ({
	type,
	props: children === undefined ? { style } : { style, children },
});

/** Smaller type for longer titles, so that most fit in two or three lines. */
function titleSize(title: string): number {
	if (title.length <= 32) return 76;
	if (title.length <= 60) return 64;
	if (title.length <= 90) return 54;
	return 46;
}

function cardTree(card: OgCard, fontFamily: string): Node {
	const size = titleSize(card.title);
	const brand = h('div', { display: 'flex', alignItems: 'center', gap: 20 }, [
		{ type: 'img', props: { src: logo, width: 56, height: 56, style: { width: 56, height: 56 } } },
		h('div', { fontSize: 36, fontWeight: 700, color: colors.title, letterSpacing: -0.5 }, 'Waymark'),
	]);
	const text = h('div', { display: 'flex', flexDirection: 'column', gap: 20 }, [
		...(card.eyebrow
			? [h('div', { fontSize: 32, fontWeight: 500, color: colors.eyebrow, lineClamp: 1, textOverflow: 'ellipsis', direction: textDirection(card.eyebrow) }, card.eyebrow)]
			: []),
		h(
			'div',
			{ fontSize: size, fontWeight: 700, color: colors.title, lineHeight: 1.12, letterSpacing: -1.5, lineClamp: 3, textOverflow: 'ellipsis', direction: textDirection(card.title) },
			card.title,
		),
	]);
	const details = h(
		'div',
		{ display: 'flex', flexWrap: 'wrap', gap: 16 },
		card.details.map((detail) =>
			h(
				'div',
				{ fontSize: 28, fontWeight: 500, color: colors.muted, border: `2px solid ${colors.chipBorder}`, borderRadius: 999, padding: '8px 24px' },
				detail,
			),
		),
	);
	return h(
		'div',
		{ width: '100%', height: '100%', display: 'flex', backgroundColor: colors.background, fontFamily },
		[
			h('div', { width: 24, height: '100%', backgroundColor: colors.brand }),
			h('div', { flex: 1, display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: '64px 80px 64px 72px' }, [
				brand,
				text,
				details,
			]),
		],
	);
}

/** Renders a card to PNG bytes. Pure apart from reading each font file once; no cache. */
export async function renderOgImage(card: OgCard): Promise<Buffer> {
	// Each render leaves a 3 MB pixmap outside V8's heap, freed by a finalizer that runs only between event-loop turns:
	// a build rendering thousands in a row without one grew to gigabytes.
	await new Promise((turn) => setImmediate(turn));
	// Loaded on the first render: most builds render no card (they come from the cache), and loading the renderers took
	// a third of a second of Astro's start.
	const [{ default: satori }, { Resvg }] = await Promise.all([import('satori'), import('@resvg/resvg-js')]);
	const shown = normaliseCard(card);
	const { fonts, family } = fontsOfCard(shown);
	const svg = await satori(cardTree(shown, family), {
		width: OG_WIDTH,
		height: OG_HEIGHT,
		fonts,
		// Anything the fonts lack renders as nothing rather than being looked up elsewhere.
		loadAdditionalAsset: async () => [],
	});
	return new Resvg(svg, { fitTo: { mode: 'width', value: OG_WIDTH }, font: RESVG_FONTS }).render().asPng();
}

let versions: string[] | undefined;
/** The renderers' installed versions, read once per build rather than once per image. */
function rendererVersions(): string[] {
	return (versions ??= RENDERERS.map((name) => {
		try {
			return `${name}@${JSON.parse(readFileSync(resolve('node_modules', name, 'package.json'), 'utf8')).version}`;
		} catch {
			return `${name}@?`;
		}
	}));
}

/** Cache key of a card: its normalised text, the design version and the renderers' versions. */
export function ogCacheKey(card: OgCard): string {
	const input = JSON.stringify({ design: OG_DESIGN_VERSION, renderers: rendererVersions(), card: normaliseCard(card) });
	return createHash('sha256').update(input).digest('hex');
}

export const defaultOgCacheDir = () => resolve('node_modules/.cache/waymark-og');

export interface OgImageOptions {
	/** Where rendered PNGs are kept between builds; node_modules/.cache/waymark-og/ by default. */
	cacheDir?: string;
	/** The renderer, replaceable in tests. */
	render?: (card: OgCard) => Promise<Buffer>;
}

/** Where the preview-image cache keeps a card's PNG. */
export const cachedOgFile = (card: OgCard, cacheDir: string) => join(cacheDir, `${ogCacheKey(card)}.png`);

/** A card's PNG, from the cache when an identical card was rendered before (by any earlier build), else rendered and cached. */
export async function ogImage(card: OgCard, { cacheDir = defaultOgCacheDir(), render = renderOgImage }: OgImageOptions = {}): Promise<Buffer> {
	const file = cachedOgFile(card, cacheDir);
	try {
		return readFileSync(file);
	} catch {
		// not cached yet
	}
	const png = await render(card);
	try {
		mkdirSync(cacheDir, { recursive: true });
		// Write then rename, so that a concurrent build never reads half a file.
		const temp = `${file}.${process.pid}.tmp`;
		writeFileSync(temp, png);
		renameSync(temp, file);
	} catch {
		// A cache that cannot be written only costs time.
	}
	return png;
}

/**
 * Writes a card's PNG to `destination` (which must not exist): a hard link to the cached file, so that no bytes are
 * copied, or the PNG itself where the cache lies on another disk or could not be written. Says whether it rendered.
 */
export async function writeOgImage(card: OgCard, destination: string, options: OgImageOptions = {}): Promise<'cached' | 'rendered'> {
	const file = cachedOgFile(card, options.cacheDir ?? defaultOgCacheDir());
	const rendered = existsSync(file) ? undefined : await ogImage(card, options);
	try {
		linkSync(file, destination);
	} catch {
		writeFileSync(destination, rendered ?? readFileSync(file));
	}
	return rendered ? 'rendered' : 'cached';
}
