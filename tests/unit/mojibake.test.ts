import { describe, expect, it } from 'vitest';
import { fixMojibake, mojibakeScore, repairMojibake } from '../../src/lib/checks/mojibake.ts';

describe('mojibake repair', () => {
	it('repairs UTF-8 read as cp1252, including emoji and curly quotes', () => {
		// As seed 002 has it.
		const broken = '# Plan ðŸš€ â€” youâ€™ll â€œknowâ€ it';
		expect(mojibakeScore(broken)).toBeGreaterThan(0);
		expect(fixMojibake(broken)).toEqual({ text: '# Plan 🚀 — you’ll “know” it', encoding: 'cp1252' });
	});

	it('restores bytes that cp1252 has no character for (” and the emoji variation selector)', () => {
		// As seed 003 has it: the 0x9D of ” and the 0x8F of U+FE0F were dropped by the decoder.
		expect(repairMojibake('â€œknowâ€', 'cp1252')).toBe('“know”');
		expect(repairMojibake('ðŸ—“ï¸ FULL-TIME', 'cp1252')).toBe('🗓️ FULL-TIME');
	});

	it('repairs UTF-8 read as Mac Roman', () => {
		expect(fixMojibake('\uF8FFüöÄ **Intensive** | \uF8FFüè†').text).toBe('🚀 **Intensive** | 🏠');
		expect(fixMojibake('\uF8FFüöÄ').encoding).toBe('mac-roman');
	});

	it('leaves clean text alone, including real accented and typographic characters', () => {
		for (const text of ['plain ASCII', 'Café – “quoted” 🚀', 'Zürich naïve']) {
			expect(fixMojibake(text)).toEqual({ text, encoding: null });
		}
	});
});
