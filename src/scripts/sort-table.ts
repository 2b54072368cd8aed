// Sortable tables: `table[data-sortable]` with `th[data-sort="number|text"]` headers and `data-sort-value` on cells.
// Without JS the table reads in site order; with it, each sortable header becomes a button that sorts the rows
// (ascending, then descending) and sets aria-sort. Unknown values (empty data-sort-value) always go last.
export {}; // a module: its names stay out of the global scope

const announcer = document.getElementById('announcer');

for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) {
	const body = table.tBodies[0];
	const heads = [...(table.tHead?.rows[0]?.cells ?? [])];
	if (!body) continue;
	const rows = [...body.rows];
	heads.forEach((th, column) => {
		const type = th.dataset['sort'];
		if (!type) return;
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'sort-button';
		button.append(...th.childNodes);
		th.append(button);
		button.addEventListener('click', () => {
			const dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
			for (const other of heads) other.removeAttribute('aria-sort');
			th.setAttribute('aria-sort', dir > 0 ? 'ascending' : 'descending');
			const key = (row: HTMLTableRowElement) => row.cells[column]?.dataset['sortValue'] ?? '';
			const sorted = rows
				.map((row, index) => ({ row, index, value: key(row) }))
				.sort((x, y) => {
					if (x.value === '' || y.value === '') return (x.value === '' ? 1 : 0) - (y.value === '' ? 1 : 0) || x.index - y.index;
					const order = type === 'number' ? Number(x.value) - Number(y.value) : x.value.localeCompare(y.value);
					return dir * order || x.index - y.index;
				});
			body.append(...sorted.map((s) => s.row));
			if (announcer) announcer.textContent = `Sorted by ${button.textContent?.trim()}, ${dir > 0 ? 'ascending' : 'descending'}`;
		});
	});
}
