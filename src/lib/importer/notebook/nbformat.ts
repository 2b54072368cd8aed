/**
 * A Jupyter notebook's JSON (nbformat 4, and nbformat 3 read into the same shape): its cells, their sources, outputs
 * and attachments, and the language of its code. Only what the importer shows is read; the rest of the format stays
 * in the notebook.
 */

/** Outputs and attachments keep each representation of one thing by MIME type: `{ "image/png": "iVBOR…", "text/plain": "…" }`. */
export type MimeBundle = Record<string, unknown>;

export interface Output {
	type: 'stream' | 'display_data' | 'execute_result' | 'error';
	/** A stream's text. */
	text?: string;
	/** Representations of a displayed value or result. */
	data?: MimeBundle;
	/** An error's traceback, as IPython wrote it (with ANSI colours), or its name and message. */
	traceback?: string;
}

export interface Cell {
	/** Its place among the notebook's cells, from 1, as a reader counts them. */
	number: number;
	type: 'markdown' | 'code' | 'raw';
	source: string;
	outputs: Output[];
	/** Images pasted into a Markdown cell, by the name its `attachment:` links use. */
	attachments: Record<string, MimeBundle>;
}

export interface Notebook {
	cells: Cell[];
	/** The language of its code cells ("python", "r", "julia"), when the notebook states it. */
	language: string | null;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const objectOr = (value: unknown): Json => (isObject(value) ? value : {});

/** nbformat keeps text as one string or as its lines (each with its newline). */
export const multiline = (value: unknown): string => (Array.isArray(value) ? value.filter((line) => typeof line === 'string').join('') : typeof value === 'string' ? value : '');

// nbformat 3 wrote an output's representations beside its other fields, by short names.
const V3_MIME_TYPES: Record<string, string> = {
	text: 'text/plain',
	html: 'text/html',
	markdown: 'text/markdown',
	latex: 'text/latex',
	svg: 'image/svg+xml',
	png: 'image/png',
	jpeg: 'image/jpeg',
	javascript: 'application/javascript',
	json: 'application/json',
};

function readOutput(raw: Json, v3: boolean): Output | null {
	const kind = raw['output_type'];
	if (kind === 'stream') return { type: 'stream', text: multiline(raw['text']) };
	if (kind === 'error' || kind === 'pyerr') {
		const traceback = Array.isArray(raw['traceback']) ? raw['traceback'].map(String).join('\n') : '';
		return { type: 'error', traceback: traceback || `${String(raw['ename'] ?? 'Error')}: ${String(raw['evalue'] ?? '')}` };
	}
	const type = kind === 'execute_result' || kind === 'pyout' ? 'execute_result' : kind === 'display_data' ? 'display_data' : null;
	if (type === null) return null;
	const data = v3 ? Object.fromEntries(Object.entries(V3_MIME_TYPES).flatMap(([name, mime]) => (name in raw ? [[mime, raw[name]]] : []))) : objectOr(raw['data']);
	return { type, data };
}

function readCell(raw: Json, number: number, v3: boolean): Cell | null {
	const kind = raw['cell_type'];
	// nbformat 3 had heading cells (`level` 1–6); nbformat 4 writes them as Markdown headings, as read here.
	const heading = kind === 'heading' ? `${'#'.repeat(Math.min(6, Math.max(1, Number(raw['level']) || 1)))} ` : '';
	const type = kind === 'code' || kind === 'raw' ? kind : kind === 'markdown' || heading ? 'markdown' : null;
	if (type === null) return null;
	const source = heading + multiline(v3 && type === 'code' ? raw['input'] : raw['source']);
	const outputs = type === 'code' && Array.isArray(raw['outputs']) ? raw['outputs'].filter(isObject).flatMap((output) => readOutput(output, v3) ?? []) : [];
	const attachments = Object.fromEntries(Object.entries(objectOr(raw['attachments'])).filter(([, bundle]) => isObject(bundle))) as Record<string, MimeBundle>;
	return { number, type, source, outputs, attachments };
}

/** Reads a notebook's JSON; throws an Error saying why when it is none. */
export function parseNotebook(json: string): Notebook {
	let data: unknown;
	try {
		data = JSON.parse(json);
	} catch (error) {
		throw new Error(`its JSON does not parse: ${(error as Error).message}`);
	}
	if (!isObject(data)) throw new Error('its JSON is no notebook');
	const metadata = objectOr(data['metadata']);
	const v3 = Array.isArray(data['worksheets']);
	const rawCells: unknown = v3 ? (data['worksheets'] as unknown[]).flatMap((sheet) => objectOr(sheet)['cells']).filter(Boolean) : data['cells'];
	if (!Array.isArray(rawCells)) throw new Error('it has no cells');
	const cells = rawCells.map(objectOr);
	const firstCode = cells.find((cell) => cell['cell_type'] === 'code');
	const language = [objectOr(metadata['kernelspec'])['language'], objectOr(metadata['language_info'])['name'], metadata['language'], firstCode?.['language']].find(
		(value): value is string => typeof value === 'string' && value.trim() !== '',
	);
	return { cells: cells.flatMap((cell, i) => readCell(cell, i + 1, v3) ?? []), language: language?.trim().toLowerCase() ?? null };
}
