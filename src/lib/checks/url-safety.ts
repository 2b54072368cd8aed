/**
 * What a URL written in content would do on a published page. Pure and dependency-free, so that the content check,
 * the built-site link check and the importer classify every URL the same way.
 *
 * - `anchor`: a fragment of the same page (`#setup`);
 * - `relative`: a path on this site (`../databases/`, `diagram.png`, `?x=1`, or empty);
 * - `remote`: another site (`https://…`, `//host/…`, `\\host\…`) or any other harmless scheme (`ftp:`);
 * - `mailto` / `tel`: opens a mail or phone app, loads nothing;
 * - `unsafe`: runs script or carries a whole document (`javascript:`, `vbscript:`, `data:`), however disguised.
 */
export type UrlKind = 'anchor' | 'relative' | 'remote' | 'mailto' | 'tel' | 'unsafe';

// livescript: and mocha: are Netscape's old names for javascript:, still filtered by HTML sanitizers.
const UNSAFE_SCHEMES = new Set(['javascript', 'vbscript', 'data', 'livescript', 'mocha']);

// Only characters that can spell or hide a scheme matter here: letters and digits come as numeric references,
// the colon, tab and newline also by name.
const CHARACTER_REFERENCE = /&(?:#[xX]([0-9a-fA-F]+)|#(\d+)|(colon|Tab|NewLine));?/g;
const NAMED: Record<string, string> = { colon: ':', Tab: '\t', NewLine: '\n' };
// Browsers drop tabs and newlines anywhere in a URL and controls and spaces around it; some old ones dropped
// controls anywhere. Dropping all of them everywhere may call a garbled relative URL remote, never the reverse.
const IGNORED_CHARACTERS = /[\u0000-\u0020\u007f-\u009f]/g;
const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;

function decodeReferences(text: string): string {
	return text.replace(CHARACTER_REFERENCE, (reference, hex?: string, decimal?: string, name?: string) => {
		if (name) return NAMED[name]!;
		const codePoint = hex ? Number.parseInt(hex, 16) : Number(decimal);
		return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : reference;
	});
}

/** The URL as a browser reads its scheme and authority: references decoded, ignored characters gone, `\` as `/`. */
function normalize(url: string): string {
	return decodeReferences(url).replace(IGNORED_CHARACTERS, '').replaceAll('\\', '/');
}

const schemeOf = (normalized: string) => SCHEME.exec(normalized)?.[1]!.toLowerCase() ?? null;

/** The URL's scheme in lower case (`"javascript"` for ` JaVa&#x09;Script:x`), or null for a relative URL. */
export const urlScheme = (url: string): string | null => schemeOf(normalize(url));

export function urlSafety(url: string): UrlKind {
	const normalized = normalize(url);
	const scheme = schemeOf(normalized);
	if (scheme === null) return normalized.startsWith('//') ? 'remote' : normalized.startsWith('#') ? 'anchor' : 'relative';
	if (UNSAFE_SCHEMES.has(scheme)) return 'unsafe';
	return scheme === 'mailto' || scheme === 'tel' ? scheme : 'remote';
}

/**
 * The URLs of a `srcset` attribute ("a.png 1x, https://cdn/b.png 2x"), split as browsers split it: a URL runs to
 * the next whitespace and loses trailing commas; descriptors run to the next comma.
 */
export function srcsetUrls(srcset: string): string[] {
	const urls: string[] = [];
	let rest = srcset;
	for (;;) {
		rest = rest.replace(/^[\s,]+/, '');
		const candidate = /^\S+/.exec(rest)?.[0];
		if (candidate === undefined) return urls;
		const url = candidate.replace(/,+$/, '');
		urls.push(url);
		rest = rest.slice(candidate.length);
		if (url === candidate) rest = rest.replace(/^[^,]*/, '');
	}
}
