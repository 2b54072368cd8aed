/** Something the importer changed or removed in an author's text, for the import report. */
export interface ImportNote {
	message: string;
	/** Line in the source document, when the change has one. */
	line?: number | undefined;
}
