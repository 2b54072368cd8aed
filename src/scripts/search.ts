// Client side of site search: a modal dialog showing first the names a query matches (title search, a few kB; see
// src/lib/search/title-words.ts) and the pages its words weigh most on (word search, src/lib/search/text-words.ts),
// then Pagefind's full-text results.
import { pageFilePath, type PageFile, type PostingFile, postingFilePath, searchTextWords, textWordFilePath, TEXT_WORD_PREFIXES_PATH, type TextWordFile, type TextWordSource } from '../lib/search/text-words.ts';
import { FIRST_PREFIX_LENGTH, searchTitles, titleFilePath, TITLE_PREFIXES_PATH, type TitleFile, type TitleHit } from '../lib/search/title-words.ts';

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
/** Of those, names title search matched: they come first, since a reader searching a name means that page. */
const MAX_TITLE_RESULTS = 4;
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

const siteRoot = import.meta.env.BASE_URL.replace(/\/?$/, '/');
// A file that is missing or unreadable is null: search goes on without it.
const fetchJson = <T>(path: string): Promise<T | null> =>
	fetch(`${siteRoot}${path}`)
		.then((response) => (response.ok ? (response.json() as Promise<T>) : null))
		.catch(() => null);

/** The query parameter that makes a result's page highlight the words searched for (src/scripts/highlight.ts). */
const HIGHLIGHT_PARAM = 'highlight';

/** A page word search found, linked as Pagefind links its results: with each word of the query to highlight. */
function withHighlight(hit: TitleHit, term: string): TitleHit {
	const url = new URL(hit.url, location.href);
	for (const word of term.split(/\s+/)) url.searchParams.append(HIGHLIGHT_PARAM, word);
	return { ...hit, url: `${url.pathname}${url.search}` };
}

let pagefind: Promise<Pagefind> | undefined;
async function startPagefind(): Promise<Pagefind> {
	// The index holds site paths: result links get the base the site is served under. They carry the query, so
	// the landing page can highlight what matched.
	const options = { baseUrl: import.meta.env.BASE_URL, excerptLength: 24, highlightParam: HIGHLIGHT_PARAM };
	const bundle = `${siteRoot}pagefind/`;
	// Roadmaps in Chinese, Japanese or Thai are indexed in bundles of their own (src/lib/search/search-indexes.ts),
	// each searched with its language's word segmentation. The file's name is written out here, as importing
	// MERGED_LANGUAGES_FILE would bring the build's model into the browser.
	const mergedLanguages = fetchJson<string[]>('pagefind/languages.json').then((languages) => languages ?? []);
	// A path the bundler cannot resolve: it leaves Pagefind's own bundle alone.
	const module = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
	await module.options(options);
	await Promise.all((await mergedLanguages).map((language) => module.mergeIndex(`${bundle}${language}/`, { ...options, language })));
	return module;
}
const loadPagefind = () => (pagefind ??= startPagefind());

/** The files of a search by prefix (title or word search): its list of first prefixes, loaded once, then files as asked. */
function prefixFiles<File>(prefixesPath: string, filePath: (prefix: string) => string) {
	let prefixes: Promise<Set<string>> | undefined;
	const loadPrefixes = () =>
		(prefixes ??= fetchJson<string[]>(prefixesPath).then((list) => {
			// Not kept when it failed to load: the next search asks again.
			if (!list) prefixes = undefined;
			return new Set(list);
		}));
	const files = new Map<string, Promise<File | null>>();
	// A first prefix off the list has no file; a longer one is asked for only when its file's parent lists it.
	const load = (prefix: string) => {
		let file = files.get(prefix);
		if (!file) {
			file = loadPrefixes().then((first) => (first.has(prefix) || [...prefix].length > FIRST_PREFIX_LENGTH ? fetchJson<File>(filePath(prefix)) : null));
			files.set(prefix, file);
		}
		return file;
	};
	return { loadPrefixes, load };
}
const titleSearch = prefixFiles<TitleFile>(TITLE_PREFIXES_PATH, titleFilePath);
// The build writes word search's files from Pagefind's index, which the dev server does not have.
const wordFiles = prefixFiles<TextWordFile>(TEXT_WORD_PREFIXES_PATH, textWordFilePath);
/** A file fetched once per page view (word search's postings and pages, each asked for by several searches). */
function fetchedOnce<File>(path: (numbering: string, file: number) => string) {
	const files = new Map<string, Promise<File | null>>();
	return (numbering: string, file: number) => {
		const url = path(numbering, file);
		if (!files.has(url)) files.set(url, fetchJson<File>(url));
		return files.get(url)!;
	};
}
const wordSearch: TextWordSource | undefined = import.meta.env.DEV
	? undefined
	: { wordFile: wordFiles.load, postingFile: fetchedOnce<PostingFile>(postingFilePath), pageFile: fetchedOnce<PageFile>(pageFilePath) };

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

/** A result as the dialog shows it: a page title or word search found, or one Pagefind found (with its excerpt). */
interface ShownResult {
	url: string;
	title: string;
	context: string;
	excerpt?: string;
	subResults: PagefindSubResult[];
}

const fromHit = (hit: TitleHit): ShownResult => ({ ...hit, subResults: [] });
const fromPagefind = (data: PagefindResultData): ShownResult => ({
	url: data.url,
	title: data.meta.title ?? data.url,
	context: data.meta.roadmap ?? '',
	excerpt: data.excerpt,
	subResults: data.sub_results.filter((sub) => sub.url !== data.url).slice(0, MAX_SUB_RESULTS),
});

// Pagefind's result URLs carry ?highlight=…: a page is the same page without it.
const pagePath = (url: string) => new URL(url, location.href).pathname;

/**
 * The names title search matched first (with Pagefind's excerpt when it found the same page), then Pagefind's other
 * results, up to MAX_RESULTS.
 */
function mergedResults(titles: TitleHit[], found: PagefindResultData[]): ShownResult[] {
	const foundByPath = new Map(found.map((data) => [pagePath(data.url), data]));
	const named = titles.map((hit) => {
		const data = foundByPath.get(pagePath(hit.url));
		// Pagefind adds its excerpt and headings; the name and what it is stay as title search showed them.
		return data ? { ...fromPagefind(data), title: hit.title, context: hit.context } : fromHit(hit);
	});
	const namedPaths = new Set(named.map((result) => pagePath(result.url)));
	return [...named, ...found.filter((data) => !namedPaths.has(pagePath(data.url))).map(fromPagefind)].slice(0, MAX_RESULTS);
}

function resultItem(result: ShownResult): HTMLLIElement {
	const item = document.createElement('li');
	item.className = 'rounded-lg p-2';
	const link = document.createElement('a');
	link.href = result.url;
	link.className = 'block rounded-md p-2 no-underline hover:bg-slate-100 focus:bg-slate-100 dark:hover:bg-slate-800 dark:focus:bg-slate-800';
	// Results hold roadmaps' own text, in any language and direction: each line takes the direction of its words.
	const title = document.createElement('span');
	title.className = 'block font-semibold';
	title.dir = 'auto';
	title.textContent = result.title;
	const context = document.createElement('span');
	context.className = 'block text-xs text-slate-600 dark:text-slate-400';
	context.dir = 'auto';
	context.textContent = result.context;
	link.append(title, context);
	if (result.excerpt !== undefined) {
		const excerpt = document.createElement('span');
		excerpt.className = 'mt-1 block text-sm text-slate-700 dark:text-slate-300';
		excerpt.dir = 'auto';
		excerpt.append(...excerptNodes(result.excerpt));
		link.append(excerpt);
	}
	item.append(link);
	if (result.subResults.length > 0) {
		const list = document.createElement('ul');
		list.className = 'ml-4 border-l border-slate-200 pl-2 dark:border-slate-700';
		for (const sub of result.subResults) {
			const subItem = document.createElement('li');
			const subLink = document.createElement('a');
			subLink.href = sub.url;
			subLink.className = 'block rounded-md p-2 text-sm no-underline hover:bg-slate-100 focus:bg-slate-100 dark:hover:bg-slate-800 dark:focus:bg-slate-800';
			const subTitle = document.createElement('span');
			subTitle.className = 'block font-medium';
			subTitle.dir = 'auto';
			subTitle.textContent = sub.title;
			const subExcerpt = document.createElement('span');
			subExcerpt.className = 'block text-slate-600 dark:text-slate-400';
			subExcerpt.dir = 'auto';
			subExcerpt.append(...excerptNodes(sub.excerpt));
			subLink.append(subTitle, subExcerpt);
			subItem.append(subLink);
			list.append(subItem);
		}
		item.append(list);
	}
	return item;
}

/** Makes the search dialog work: its input, filters, keys and closing. Loaded when the dialog first opens. */
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

	/**
	 * Shows the full-text results in place of the names: a reader who has already arrowed down to a name stays on it
	 * (on the result that leads to the same page, else on the one in its place) instead of losing focus to the body.
	 */
	function showKeepingFocus(items: HTMLElement[]) {
		const links = () => [...results.querySelectorAll<HTMLAnchorElement>('a')];
		const focused = links().indexOf(document.activeElement as HTMLAnchorElement);
		const href = focused >= 0 ? links()[focused]!.getAttribute('href') : null;
		results.replaceChildren(...items);
		if (focused < 0) return;
		const now = links();
		(now.find((link) => link.getAttribute('href') === href) ?? now[Math.min(focused, now.length - 1)] ?? input).focus();
	}

	// Each keystroke starts a run; a run that a newer one overtook shows nothing.
	let latestRun = 0;
	async function run() {
		const runId = ++latestRun;
		const term = input.value.trim();
		const filters = Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.dataset['filter']!, s.value]));
		if (!term) {
			results.replaceChildren();
			status.textContent = '';
			delete dialog.dataset['searchShowing'];
			return;
		}
		// Title and word search know no filters, and offline their files lead to pages that may not be saved.
		const [titles, mentions] =
			Object.keys(filters).length === 0 && navigator.onLine
				? await Promise.all([searchTitles(term, titleSearch.load, MAX_TITLE_RESULTS), wordSearch ? searchTextWords(term, wordSearch, MAX_RESULTS) : []])
				: [[], []];
		if (runId !== latestRun) return;
		const named = new Set(titles.map((hit) => pagePath(hit.url)));
		const first = [...titles, ...mentions.filter((hit) => !named.has(pagePath(hit.url))).map((hit) => withHighlight(hit, term))].slice(0, MAX_RESULTS);
		if (first.length > 0) {
			results.replaceChildren(...first.map(fromHit).map(resultItem));
			status.textContent = titles.length > 0 ? `Names matching “${term}”; searching the full text…` : `Pages that mention “${term}”; searching the full text…`;
			dialog.dataset['searchShowing'] = titles.length > 0 ? 'titles' : 'words';
			// The first results paint before Pagefind's engine starts loading.
			await new Promise((resolve) => setTimeout(resolve));
		}
		let engine: Pagefind;
		try {
			engine = await loadPagefind();
		} catch {
			// The dev server has no Pagefind index: only a build writes one.
			status.textContent = import.meta.env.DEV ? 'Full-text search works in a build (npm run build); here, search finds names only.' : 'Full-text search is unavailable: its index was not found.';
			return;
		}
		const search = await engine.debouncedSearch(term, { filters }, 150);
		if (search === null || runId !== latestRun) return; // superseded by a newer keystroke
		const { shown, skipped } = await loadResults(search);
		if (runId !== latestRun) return;
		showKeepingFocus(mergedResults(titles, shown).map(resultItem));
		const total = Math.max(search.results.length, titles.length);
		const count = `${total} result${total === 1 ? '' : 's'} for “${term}”`;
		status.textContent = total === 0 ? `No results for “${term}”` : skipped ? `${count}; offline, only saved roadmaps are shown` : count;
		dialog.dataset['searchShowing'] = 'full-text';
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

	// Title and word search's lists of prefixes load as the dialog opens, so that a first search needs a file of each.
	if (navigator.onLine) void Promise.all([titleSearch.loadPrefixes(), wordSearch && wordFiles.loadPrefixes()]);
	// Typed while this module loaded (the dialog opens before it).
	if (input.value.trim()) void run();
}
