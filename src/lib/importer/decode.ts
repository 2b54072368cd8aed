/** Bytes of a document to text: UTF-8, or UTF-16 / Windows-1252 files as editors on Windows save them. */

export interface Decoded {
	text: string;
	/** The encoding the file was read as when it was not UTF-8; null for UTF-8. */
	decodedAs: 'utf-16le' | 'utf-16be' | 'windows-1252' | null;
}

export function decodeBytes(bytes: Uint8Array): Decoded {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), decodedAs: 'utf-16le' };
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), decodedAs: 'utf-16be' };
	try {
		// TextDecoder drops a UTF-8 byte-order mark.
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), decodedAs: null };
	} catch {
		return { text: new TextDecoder('windows-1252').decode(bytes), decodedAs: 'windows-1252' };
	}
}
