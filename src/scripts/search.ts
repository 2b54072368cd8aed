// Client side of site search: a modal dialog driving Pagefind's JS API.

interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
}
interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: { title?: string; roadmap?: string };
	sub_results: PagefindSubResult[];
}
interface PagefindSearch {
	results: Array<{ id: string; data: () => Promise<PagefindResultData> }>;
}
interface Pagefind {
	options: (options: Record<string, unknown>) => Promise<void>;
	debouncedSearch: (term: string, options: { filters: Record<string, string> }, wait: number) => Promise<PagefindSearch | null>;
	filters: () => Promise<Record<string, Record<string, number>>>;
	mergeIndex: (bundle: string, options: Record<string, unknown>) => Promise<void>;
}

const MAX_RESULTS = 8;
const MAX_SUB_RESULTS = 3;

// Offline, only the result fragments of saved roadmaps are at hand (see src/lib/model/offline.ts): a result whose
// fragment cannot load is skipped, and further results are tried, a page at a time, up to this many.
const MAX_TRIED = 64;

/** The data of the first results that load, and whether any failed to. */
async function loadResults(search: PagefindSearch): Promise<{ shown: PagefindResultData[]; skipped: boolean }> {
	const shown: PagefindResultData[] = [];
	let skipped = false;
	const tried = search.results.slice(0, MAX_TRIED);
	for (let start = 0; start < tried.length && shown.length < MAX_RESULTS; start += MAX_RESULTS) {
		const loaded = await Promise.allSettled(tried.slice(start, start + MAX_RESULTS).map((r) => r.data()));
		for (const result of loaded) {
			if (result.status === 'rejected') skipped = true;
			else if (shown.length < MAX_RESULTS) shown.push(result.value);
		}
	}
	return { shown, skipped };
}

let pagefind: Promise<Pagefind> | undefined;
async function startPagefind(): Promise<Pagefind> {
	// The index holds site paths: result links get the base the site is served under. They carry the query, so
	// the landing page can highlight what matched.
	const options = { baseUrl: import.meta.env.BASE_URL, excerptLength: 24, highlightParam: 'highlight' };
	// Written by hand (the build writes MERGED_LANGUAGES_FILE of src/lib/build/search-indexes.ts): every page loads
	// this script, so it imports nothing.
	const bundle = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/`;
	// Roadmaps in Chinese, Japanese or Thai are indexed in bundles of their own (src/lib/build/search-indexes.ts),
	// each searched with its language's word segmentation.
	const mergedLanguages = fetch(`${bundle}languages.json`)
		.then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
		.catch(() => []);
	// A path the bundler cannot resolve: it leaves Pagefind's own bundle alone.
	const module = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
	await module.options(options);
	await Promise.all((await mergedLanguages).map((language) => module.mergeIndex(`${bundle}${language}/`, { ...options, language })));
	return module;
}
const loadPagefind = () => (pagefind ??= startPagefind());

/**
 * Renders a Pagefind excerpt without trusting it as HTML: only text and <mark> survive.
 * DOMParser builds an inert document, so nothing in the excerpt can run.
 */
export function excerptNodes(excerpt: string): Node[] {
	const parsed = new DOMParser().parseFromString(`<body>${excerpt}</body>`, 'text/html');
	return [...parsed.body.childNodes].map((node) => {
		if (node.nodeName === 'MARK') {
			const mark = document.createElement('mark');
			mark.textContent = node.textContent;
			return mark;
		}
		return document.createTextNode(node.textContent ?? '');
	});
}

function resultItem(data: PagefindResultData): HTMLLIElement {
	const item = document.createElement('li');
	item.className = 'rounded-lg p-2';
	const link = document.createElement('a');
	link.href = data.url;
	link.className = 'block rounded-md p-2 no-underline hover:bg-slate-100 focus:bg-slate-100 dark:hover:bg-slate-800 dark:focus:bg-slate-800';
	const title = document.createElement('span');
	title.className = 'block font-semibold';
	title.textContent = data.meta.title ?? data.url;
	const context = document.createElement('span');
	context.className = 'block text-xs text-slate-600 dark:text-slate-400';
	context.textContent = data.meta.roadmap ?? '';
	const excerpt = document.createElement('span');
	excerpt.className = 'mt-1 block text-sm text-slate-700 dark:text-slate-300';
	excerpt.append(...excerptNodes(data.excerpt));
	link.append(title, context, excerpt);
	item.append(link);
	const subResults = data.sub_results.filter((sub) => sub.url !== data.url).slice(0, MAX_SUB_RESULTS);
	if (subResults.length > 0) {
		const list = document.createElement('ul');
		list.className = 'ml-4 border-l border-slate-200 pl-2 dark:border-slate-700';
		for (const sub of subResults) {
			const subItem = document.createElement('li');
			const subLink = document.createElement('a');
			subLink.href = sub.url;
			subLink.className = 'block rounded-md p-2 text-sm no-underline hover:bg-slate-100 focus:bg-slate-100 dark:hover:bg-slate-800 dark:focus:bg-slate-800';
			const subTitle = document.createElement('span');
			subTitle.className = 'block font-medium';
			subTitle.textContent = sub.title;
			const subExcerpt = document.createElement('span');
			subExcerpt.className = 'block text-slate-600 dark:text-slate-400';
			subExcerpt.append(...excerptNodes(sub.excerpt));
			subLink.append(subTitle, subExcerpt);
			subItem.append(subLink);
			list.append(subItem);
		}
		item.append(list);
	}
	return item;
}

export function setupSearch(dialog: HTMLDialogElement) {
	const input = dialog.querySelector<HTMLInputElement>('#search-input')!;
	const status = dialog.querySelector<HTMLElement>('[data-search-status]')!;
	const results = dialog.querySelector<HTMLUListElement>('[data-search-results]')!;
	const filterBox = dialog.querySelector<HTMLDetailsElement>('[data-search-filters]')!;
	const filterList = filterBox.querySelector<HTMLElement>('[data-search-filter-list]')!;
	const selects: HTMLSelectElement[] = [];
	let filtersLoaded = false;

	// One select per facet the index has (roadmap, kind, topic category), with its values and page counts.
	async function loadFilters(engine: Pagefind) {
		if (filtersLoaded) return;
		filtersLoaded = true;
		const available = await engine.filters();
		for (const [name, values] of Object.entries(available).sort(([a], [b]) => a.localeCompare(b))) {
			const label = document.createElement('label');
			label.textContent = `${name.charAt(0).toUpperCase()}${name.slice(1)} `;
			const select = document.createElement('select');
			select.dataset['filter'] = name;
			select.className = 'ml-1 max-w-48 rounded border border-slate-300 bg-transparent px-1 dark:border-slate-600';
			select.append(new Option('All', ''));
			for (const [value, count] of Object.entries(values).sort(([a], [b]) => a.localeCompare(b))) {
				select.append(new Option(`${value} (${count})`, value));
			}
			select.addEventListener('change', run);
			label.append(select);
			filterList.append(label);
			selects.push(select);
		}
		filterBox.hidden = selects.length === 0;
	}

	async function run() {
		const term = input.value.trim();
		const filters = Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.dataset['filter']!, s.value]));
		if (!term) {
			results.replaceChildren();
			status.textContent = '';
			return;
		}
		const engine = await loadPagefind();
		const search = await engine.debouncedSearch(term, { filters }, 150);
		if (search === null) return; // superseded by a newer keystroke
		const { shown, skipped } = await loadResults(search);
		results.replaceChildren(...shown.map(resultItem));
		const total = search.results.length;
		const count = `${total} result${total === 1 ? '' : 's'} for “${term}”`;
		status.textContent = total === 0 ? `No results for “${term}”` : skipped ? `${count}; offline, only saved roadmaps are shown` : count;
	}

	input.addEventListener('input', run);
	// Pagefind fetches every filter's values to list them, bytes a search without filters never needs.
	filterBox.addEventListener('toggle', () => {
		if (filterBox.open) loadPagefind().then(loadFilters, () => undefined);
	});

	// Arrow keys move between the input and the result links; Enter follows the focused link.
	dialog.addEventListener('keydown', (event) => {
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
		const targets = [input, ...results.querySelectorAll<HTMLAnchorElement>('a')];
		const index = targets.indexOf(document.activeElement as HTMLInputElement);
		const next = event.key === 'ArrowDown' ? Math.min(index + 1, targets.length - 1) : Math.max(index - 1, 0);
		targets[next]?.focus();
		event.preventDefault();
	});
	dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
	// A click on the backdrop lands on the dialog element itself.
	dialog.addEventListener('click', (event) => {
		if (event.target === dialog) dialog.close();
	});

	return {
		open() {
			if (!dialog.open) dialog.showModal();
			input.focus();
			input.select();
			loadPagefind().catch(() => {
				status.textContent = 'Search is unavailable: its index was not found.';
			});
		},
	};
}

export function openSearchOnShortcut(open: () => void) {
	document.addEventListener('keydown', (event) => {
		const target = event.target as HTMLElement;
		const typing = target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
		if ((event.key === 'k' && (event.metaKey || event.ctrlKey)) || (event.key === '/' && !typing)) {
			event.preventDefault();
			open();
		}
	});
}
