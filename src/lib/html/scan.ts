import { SAXParser } from 'parse5-sax-parser';

/** What a scan is told, in document order. Attribute names are lower case, as HTML has them. */
export interface HtmlScanHandlers {
	/** `selfClosing` for a tag written `<x />` (which HTML ignores but for void elements, and JSX reads as closed). */
	startTag?(name: string, attributes: Record<string, string>, selfClosing: boolean): void;
	endTag?(name: string): void;
	text?(text: string): void;
}

export interface HtmlScanner {
	/** Scans the next piece of a document; a tag cut between two pieces is reported once it is complete. */
	write(html: string): void;
	/** Scans the last piece. */
	end(html?: string): void;
}

/**
 * Streams through HTML with parse5's tokenizer (the parser hast and Astro use), reporting tags and text as they pass,
 * without building a tree: the build reads every page of the site this way, thousands at a time. Script and style
 * contents are text, as a browser reads them. The parser's stream reports tokens synchronously, inside write().
 */
export function htmlScanner({ startTag, endTag, text }: HtmlScanHandlers): HtmlScanner {
	const parser = new SAXParser();
	if (startTag) parser.on('startTag', (tag) => startTag(tag.tagName, Object.fromEntries(tag.attrs.map((attribute) => [attribute.name, attribute.value])), tag.selfClosing));
	if (endTag) parser.on('endTag', (tag) => endTag(tag.tagName));
	if (text) parser.on('text', (token) => text(token.text));
	return {
		write: (html) => void parser.write(html),
		end: (html = '') => void parser.end(html),
	};
}
