import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { buildSiteModel } from '../../src/lib/model/model.ts';
import { ogImages, phaseCard, roadmapCard } from '../../src/lib/preview/og-cards.ts';
import { cardFonts } from '../../src/lib/preview/og-fonts.ts';
import { cardText, ogCacheKey, ogImage, renderOgImage, textDirection, undrawnCharacters, writeOgImage, type OgCard } from '../../src/lib/preview/og-image.ts';
import { fillOgCache } from '../../src/lib/preview/render-pool.ts';
import { ogImageUrl } from '../../src/lib/urls.ts';
import { phaseSchema, roadmapSchema } from '../../src/schemas/roadmap.ts';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from the IHDR chunk, which a PNG must start with. */
function pngSize(png: Buffer): { width: number; height: number } {
	expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
	expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
	return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const card: OgCard = { eyebrow: 'Full-Time Backend Roadmap', title: 'Phase 3 (Month 3): Databases (REAL backend skill)', details: ['Phase 3 of 9', '1 month'] };
const cacheDirs: string[] = [];
const tempCache = () => {
	const dir = mkdtempSync(join(tmpdir(), 'waymark-og-test-'));
	cacheDirs.push(dir);
	return join(dir, 'cache'); // does not exist yet: the first render must create it
};
afterAll(() => {
	for (const dir of cacheDirs) rmSync(dir, { recursive: true, force: true });
});

describe('renderOgImage', () => {
	it('renders a card as a 1200×630 PNG', async () => {
		expect(pngSize(await renderOgImage(card))).toEqual({ width: 1200, height: 630 });
	});

	it('renders titles with emoji without them (and without fetching anything)', async () => {
		const fetchSpy = vi.spyOn(globalThis, 'fetch');
		const png = await renderOgImage({ eyebrow: 'Waymark 🚀', title: '🔥 Caching & Queues 👩‍💻', details: ['🇬🇧 1 month'] });
		expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
		expect(fetchSpy).not.toHaveBeenCalled();
		fetchSpy.mockRestore();
	});
});

describe('cardFonts', () => {
	it('draws Latin, Cyrillic, Greek, Vietnamese, Chinese, Japanese and Korean text, loading only the slices it needs', () => {
		for (const text of ['Databases (REAL backend skill)', 'Этап 1: Основы', 'Ελληνικά', 'Tiếng Việt', '第3天：机器学习框架', 'プログラミングに触れてみる', '1주차: 파이썬 기초']) {
			expect(cardFonts(text).missing, text).toEqual([]);
		}
		const latin = cardFonts('Phase 3 of 9');
		expect(latin.family).not.toContain('Noto');
		// Cards in Latin script share one font list, which satori parses once.
		expect(cardFonts('Another title').fonts).toBe(latin.fonts);
		const chinese = cardFonts('机器学习');
		expect(chinese.family).toContain('Noto Sans SC');
		expect(chinese.fonts.length - latin.fonts.length).toBeLessThanOrEqual(8);
		// With kana, the kanji take Japanese forms too.
		expect(cardFonts('学習ロードマップ').family).toContain('Noto Sans JP');
		expect(cardFonts('学習ロードマップ').family).not.toContain('Noto Sans SC');
	});

	it('draws Arabic, Persian, Hebrew, Hindi, Bengali and Thai text with their own fonts, and says which characters no font draws', () => {
		for (const text of ['أساسيات JavaScript', 'دوره پروژه محور برنامه‌نویسی', 'תוכנית לימודים', 'पायथन सीखें', 'পাইথন শেখা', 'สัปดาห์ที่ 3']) {
			expect(cardFonts(text).missing, text).toEqual([]);
		}
		expect(cardFonts('أساسيات').family).toContain('Noto Sans Arabic');
		// A script's font lends only its own letters: Latin and symbols stay Inter's.
		expect(cardFonts('أساسيات JavaScript →').family).not.toMatch(/Arabic (latin|symbols)/);
		expect(cardFonts('தமிழ்').missing.length).toBeGreaterThan(0);
		expect(undrawnCharacters({ eyebrow: 'Roadmap 🚀', title: 'தமிழ் கற்றல்', details: ['3 phases'] })).toContain('த');
		expect(undrawnCharacters({ eyebrow: 'Roadmap 🚀', title: 'أساسيات', details: ['3 phases'] })).toEqual([]);
	});
});

describe('textDirection', () => {
	it('takes a line\'s direction from its first letter, as dir="auto" does', () => {
		expect(textDirection('أساسيات JavaScript')).toBe('rtl');
		expect(textDirection('2025: תוכנית לימודים')).toBe('rtl');
		expect(textDirection('JavaScript أساسيات')).toBe('ltr');
		expect(textDirection('第3天')).toBe('ltr');
	});
});

describe('cardText', () => {
	it('strips emoji, joiners and variation selectors and collapses spaces', () => {
		expect(cardText('🔥 Caching & Queues 👩‍💻 ✔️ 1️⃣ done')).toBe('Caching & Queues 1 done');
		expect(cardText('  Łódź –\tnaïve café ')).toBe('Łódź – naïve café');
	});
});

describe('ogImage cache', () => {
	it('renders on a miss, then returns the cached bytes without rendering again', async () => {
		const cacheDir = tempCache();
		const render = vi.fn(renderOgImage);
		const first = await ogImage(card, { cacheDir, render });
		const second = await ogImage(card, { cacheDir, render });
		expect(render).toHaveBeenCalledTimes(1);
		expect(second.equals(first)).toBe(true);
		expect(readdirSync(cacheDir)).toEqual([`${ogCacheKey(card)}.png`]);
	});

	it('renders again when the card changes', async () => {
		const cacheDir = tempCache();
		const render = vi.fn(renderOgImage);
		await ogImage(card, { cacheDir, render });
		await ogImage({ ...card, details: ['Phase 3 of 9', '2 months'] }, { cacheDir, render });
		expect(render).toHaveBeenCalledTimes(2);
	});

	it('writes a build\'s image as a hard link to the cached file, rendering it first when it is missing', async () => {
		const cacheDir = tempCache();
		const out = dirname(tempCache());
		const render = vi.fn(renderOgImage);
		expect(await writeOgImage(card, join(out, 'a.png'), { cacheDir, render })).toBe('rendered');
		expect(await writeOgImage(card, join(out, 'b.png'), { cacheDir, render })).toBe('cached');
		expect(render).toHaveBeenCalledTimes(1);
		const cached = join(cacheDir, `${ogCacheKey(card)}.png`);
		expect(statSync(join(out, 'b.png')).ino).toBe(statSync(cached).ino);
		expect(pngSize(readFileSync(join(out, 'a.png')))).toEqual({ width: 1200, height: 630 });
	});

	it('writes the PNG itself when the cache cannot be written', async () => {
		const out = dirname(tempCache());
		const cacheDir = join(out, 'a-file-not-a-folder.png');
		await writeOgImage(card, cacheDir, { cacheDir: tempCache() });
		expect(await writeOgImage(card, join(out, 'c.png'), { cacheDir })).toBe('rendered');
		expect(pngSize(readFileSync(join(out, 'c.png')))).toEqual({ width: 1200, height: 630 });
	});

	it('keys on what is shown: emoji-only differences share an image', () => {
		expect(ogCacheKey({ ...card, title: `${card.title} 🚀` })).toBe(ogCacheKey(card));
		expect(ogCacheKey({ ...card, title: 'Other' })).not.toBe(ogCacheKey(card));
	});
});

describe('fillOgCache', () => {
	const cards = Array.from({ length: 30 }, (_, i): OgCard => ({ ...card, details: [`Phase ${i + 1} of 30`, '1 month'] }));

	it('renders the cards the cache lacks in worker threads, each once, as the build\'s own process would', async () => {
		const cacheDir = tempCache();
		await ogImage(cards[0]!, { cacheDir });
		expect(await fillOgCache([...cards, ...cards], { cacheDir, threads: 2 })).toBe(29);
		expect(readdirSync(cacheDir).sort()).toEqual(cards.map((c) => `${ogCacheKey(c)}.png`).sort());
		const sample = cards[17]!;
		expect(readFileSync(join(cacheDir, `${ogCacheKey(sample)}.png`)).equals(await renderOgImage(sample))).toBe(true);
		expect(await fillOgCache(cards, { cacheDir, threads: 2 })).toBe(0);
	});
});

describe('og cards', () => {
	const site = buildSiteModel({
		roadmaps: [
			{ id: 'r', data: roadmapSchema.parse({ title: 'R roadmap', summary: 's', order: 1, track: 't', source: { file: 'r.md', title: 'r' } }) },
			{ id: 'd', data: roadmapSchema.parse({ title: 'D', summary: 's', order: 2, track: 't', source: { file: 'd.md', title: 'd' }, duration: { min: 6, max: 6, unit: 'month' } }) },
			{ id: 's', data: roadmapSchema.parse({ title: 'S', summary: 's', order: 3, track: 't', source: { file: 's.md', title: 's' } }) },
		],
		phases: [
			{ id: 'one', roadmap: 'r', data: phaseSchema.parse({ title: 'Basics', label: 'Phase 1 (Month 1)', order: 1, kind: 'month', duration: { min: 1, max: 1, unit: 'month' } }) },
			{ id: 'two', roadmap: 'r', data: phaseSchema.parse({ title: 'More', order: 2, kind: 'month' }) },
			{ id: 'x', roadmap: 'd', data: phaseSchema.parse({ title: 'X', order: 1, kind: 'week', duration: { min: 2, max: 3, unit: 'week' } }) },
			{ id: 'y', roadmap: 's', data: phaseSchema.parse({ title: 'Y', order: 1, kind: 'week', duration: { min: 2, max: 2, unit: 'week' } }) },
		],
		topics: [],
		roles: [],
		tracks: [{ id: 't', data: { name: 'T', summary: 's', order: 0 } }],
		publishedUrls: [],
	});

	it('publishes one image per page that links one, at the URL ogImageUrl gives', () => {
		const urls = ogImages(site).map(({ path }) => `/og/${path}.png`);
		expect(urls).toEqual([ogImageUrl(), ogImageUrl('r'), ogImageUrl('r', 'one'), ogImageUrl('r', 'two'), ogImageUrl('d'), ogImageUrl('d', 'x'), ogImageUrl('s'), ogImageUrl('s', 'y')]);
	});

	it('describes a phase by its roadmap, label, title, position and duration', () => {
		const r = site.roadmap('r');
		expect(phaseCard(r, r.phases[0]!)).toEqual({ eyebrow: 'R roadmap', title: 'Phase 1 (Month 1): Basics', details: ['Phase 1 of 2', '1 month'] });
		expect(phaseCard(r, r.phases[1]!)).toEqual({ eyebrow: 'R roadmap', title: 'More', details: ['Phase 2 of 2', 'duration unknown'] });
	});

	it('gives a roadmap its declared duration, else the sum of its phases', () => {
		expect(roadmapCard(site.roadmap('d')).details).toEqual(['1 phase', '6 months']);
		expect(roadmapCard(site.roadmap('s')).details).toEqual(['1 phase', '2 weeks (sum of phases)']);
		expect(roadmapCard(site.roadmap('r')).details).toEqual(['2 phases', 'duration unknown']);
	});
});
