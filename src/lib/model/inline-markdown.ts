const escapeHtml = (text: string) =>
	text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

/**
 * Renders the inline Markdown authors use in frontmatter strings (**bold**, *italic*, `code`) as HTML.
 * Everything else is escaped, so a frontmatter value can never inject markup.
 */
export function inlineMarkdown(text: string): string {
	return escapeHtml(text)
		.replace(/`([^`]+)`/g, '<code>$1</code>')
		.replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
		.replace(/(^|[^*])\*([^*\s][^*]*?)\*(?!\*)/g, '$1<em>$2</em>');
}

/** The same text with the Markdown markers removed, for <title>, meta descriptions and alt text. */
export function plainText(text: string): string {
	return text.replace(/`([^`]+)`/g, '$1').replace(/\*\*(.+?)\*\*/g, '$1').replace(/\*([^*]+)\*/g, '$1');
}
