import { describe, expect, it } from 'vitest';
import { srcsetUrls, urlSafety, urlScheme } from '../../src/lib/checks/url-safety.ts';

describe('urlSafety', () => {
	it.each([
		['#setup', 'anchor'],
		['  #setup', 'anchor'],
		['../databases/', 'relative'],
		['diagram.png', 'relative'],
		['/roadmaps/full-time/#week-1', 'relative'],
		['?pace=10', 'relative'],
		['', 'relative'],
		['javascript-basics.md', 'relative'],
		['https://example.org/', 'remote'],
		['HTTP://example.org/', 'remote'],
		['//cdn.example.org/x.png', 'remote'],
		['\\\\cdn.example.org\\x.png', 'remote'],
		['/\\cdn.example.org/x.png', 'remote'],
		['ftp://example.org/file', 'remote'],
		['mailto:someone@example.org', 'mailto'],
		['MailTo:', 'mailto'],
		['tel:+441234567', 'tel'],
	])('%j is %s', (url, kind) => {
		expect(urlSafety(url)).toBe(kind);
	});

	it.each([
		'javascript:alert(1)',
		'JavaScript:alert(1)',
		' javascript:alert(1)',
		'\u0001javascript:alert(1)',
		'java\tscript:alert(1)',
		'java\nscript:alert(1)',
		'java\rscript:alert(1)',
		'java\u0000script:alert(1)',
		'java&#x09;script:alert(1)',
		'java&#X9script:alert(1)',
		'java&Tab;script:alert(1)',
		'&#106;avascript:alert(1)',
		'&#0000106&#0000097vascript:alert(1)',
		'javascript&colon;alert(1)',
		'javascript&#58;alert(1)',
		'vbscript:msgbox(1)',
		'VBScript:msgbox(1)',
		'data:text/html,<script>alert(1)</script>',
		'DATA:image/svg+xml;base64,PHN2Zz4=',
		'livescript:alert(1)',
	])('%j is unsafe', (url) => {
		expect(urlSafety(url)).toBe('unsafe');
	});

	it('names the scheme a browser would see', () => {
		expect(urlScheme(' JaVa&#x09;ScRiPt:alert(1)')).toBe('javascript');
		expect(urlScheme('https://example.org/')).toBe('https');
		expect(urlScheme('../x/')).toBeNull();
	});
});

describe('srcsetUrls', () => {
	it('splits candidates at commas after their descriptors', () => {
		expect(srcsetUrls('a.png 1x, https://cdn.example.org/b.png 2x')).toEqual(['a.png', 'https://cdn.example.org/b.png']);
		expect(srcsetUrls('small.png 480w,large.png 1080w')).toEqual(['small.png', 'large.png']);
	});

	it('keeps commas inside a URL and drops trailing ones', () => {
		expect(srcsetUrls('https://cdn.example.org/x,y.png 2x')).toEqual(['https://cdn.example.org/x,y.png']);
		expect(srcsetUrls('a.png,, b.png')).toEqual(['a.png', 'b.png']);
	});

	it('reads nothing from an empty value', () => {
		expect(srcsetUrls('  ')).toEqual([]);
	});
});
