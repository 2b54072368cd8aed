// What every page runs for search: opening the dialog (its button, "/", Ctrl+K or ⌘K). The search itself
// (search.ts: title search, Pagefind, results) loads when the dialog first opens, so a page carries none of it.

export function openSearchDialog(dialog: HTMLDialogElement) {
	let loaded: Promise<unknown> | undefined;
	const open = () => {
		if (!dialog.open) dialog.showModal();
		const input = dialog.querySelector<HTMLInputElement>('#search-input')!;
		input.focus();
		input.select();
		loaded ??= import('./search.ts').then(({ setupSearch }) => setupSearch(dialog));
	};
	document.querySelector('[data-search-open]')?.addEventListener('click', open);
	document.addEventListener('keydown', (event) => {
		const target = event.target as HTMLElement;
		const typing = target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
		if ((event.key === 'k' && (event.metaKey || event.ctrlKey)) || (event.key === '/' && !typing)) {
			event.preventDefault();
			open();
		}
	});
}
