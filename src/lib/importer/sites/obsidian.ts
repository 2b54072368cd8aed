/**
 * An Obsidian vault's template folders: the notes its Templates core plugin (`.obsidian/templates.json`'s `folder`)
 * and the Templater plugin (`templates_folder` in its `data.json`) copy into new notes. Their text is placeholders
 * ("{{date}}", "[Concept name]") that Obsidian fills in, not lessons.
 */
const TEMPLATE_SETTINGS = [
	{ file: '.obsidian/templates.json', key: 'folder' },
	{ file: '.obsidian/plugins/templater-obsidian/data.json', key: 'templates_folder' },
] as const;

/** The vault's template folders, relative and without slashes around them ("10-Templates"), from its settings files. */
export function obsidianTemplateFolders(readSetting: (path: string) => string | null): string[] {
	return TEMPLATE_SETTINGS.flatMap(({ file, key }) => {
		const text = readSetting(file);
		const folder = text === null ? undefined : settingsOf(text)[key];
		const trimmed = typeof folder === 'string' ? folder.replace(/^[./]+|\/+$/g, '') : '';
		return trimmed ? [trimmed] : [];
	});
}

/** Whether a vault's file (its path relative to the vault) is in one of its template folders. */
export const inTemplateFolder = (path: string, folders: readonly string[]) => folders.some((folder) => path.startsWith(`${folder}/`));

function settingsOf(text: string): Record<string, unknown> {
	try {
		const value: unknown = JSON.parse(text);
		return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
	} catch {
		// Settings Obsidian cannot read name no folder either.
		return {};
	}
}
