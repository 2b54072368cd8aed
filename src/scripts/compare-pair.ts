// The pair comparison of /compare/?a=…&b=…: reads the two roadmaps' compare data and shows them side by side under the
// picker. The query is the state, so a comparison can be reloaded, shared and reached with Back and Forward. Without
// JS the form still submits to this page, where the view's own text points to the tracks' comparison pages.
import { type CompareData, comparePair, type PairComparison, type PhaseTopics, type Teaching } from '../lib/model/pair.ts';
import { compareDataUrl } from '../lib/urls.ts';

const form = document.querySelector<HTMLFormElement>('form[data-pair-picker]');
const view = document.querySelector<HTMLElement>('[data-pair-view]');
const pageTitle = document.title;

type Child = Node | string | null | false;

/** An element with attributes (class as `class`) and children; null and false children are left out. */
function el(tag: string, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElement {
	const element = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
	element.append(...children.filter((child): child is Node | string => child !== null && child !== false));
	return element;
}

const link = (href: string, text: string, attributes: Record<string, string> = {}) => el('a', { href, ...attributes }, text);
// Roadmaps' own titles are in any language and direction: each is isolated, so that one written right to left
// neither reads backwards nor reorders the English around it.
const ownText = (text: string) => el('bdi', {}, text);
const ownLink = (href: string, text: string, attributes: Record<string, string> = {}) => link(href, text, { dir: 'auto', ...attributes });
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const MUTED = 'text-slate-600 dark:text-slate-400';
const ROW = 'border-b border-slate-200 dark:border-slate-800';

/** Where a roadmap first teaches a topic, the week that phase starts, and the later phases that teach it again. */
function teachingCell(teaching: Teaching): HTMLElement {
	const later = teaching.later.flatMap((l, i) => [i > 0 ? ', ' : '', link(l.href, String(l.phase.number), { title: l.phase.title })]);
	return el(
		'td',
		{ class: 'p-2' },
		ownLink(teaching.href, `${teaching.phase.number}. ${teaching.phase.title}`),
		' ',
		el('span', { class: `whitespace-nowrap ${MUTED}` }, `(${teaching.phase.week})`),
		later.length > 0 && el('span', { class: `text-sm ${MUTED}` }, ` · again in phase${teaching.later.length === 1 ? '' : 's'} `, ...later),
	);
}

function figuresTable(pair: PairComparison): HTMLElement {
	const value = (figure: { text: string; known: boolean }) => el('td', { class: figure.known ? 'p-2' : `p-2 text-slate-500 dark:text-slate-400` }, figure.text);
	const track = (roadmap: CompareData) => el('td', { class: 'p-2' }, link(roadmap.track.url, roadmap.track.name));
	return el(
		'div',
		{ class: 'relative mt-3 overflow-x-auto' },
		el(
			'table',
			{ class: 'w-full border-collapse text-left text-sm' },
			el('caption', { class: 'sr-only' }, 'Duration, effort and size of both roadmaps'),
			el('thead', {}, el('tr', { class: 'border-b border-slate-300 align-bottom dark:border-slate-700' }, el('td', { class: 'p-2' }), el('th', { scope: 'col', class: 'w-2/5 p-2' }, ownText(pair.a.title)), el('th', { scope: 'col', class: 'w-2/5 p-2' }, ownText(pair.b.title)))),
			el('tbody', {}, el('tr', { class: ROW }, el('th', { scope: 'row', class: `p-2 font-normal ${MUTED}` }, 'Track'), track(pair.a), track(pair.b)), ...pair.figures.map(({ column, a, b }) => el('tr', { class: ROW }, el('th', { scope: 'row', class: `p-2 font-normal ${MUTED}`, title: column.note }, column.label), value(a), value(b)))),
		),
	);
}

function sharedTopics(pair: PairComparison): HTMLElement[] {
	if (pair.shared.length === 0) return [el('p', { class: 'mt-2 text-slate-700 dark:text-slate-300' }, 'The two roadmaps have no topic in common.')];
	return [
		el('p', { class: 'mt-2 text-slate-700 dark:text-slate-300' }, 'Where each roadmap first teaches the topic, and the week that phase starts.'),
		el(
			'div',
			{ class: 'relative mt-3 overflow-x-auto' },
			el(
				'table',
				{ class: 'w-full border-collapse text-left text-sm' },
				el('caption', { class: 'sr-only' }, 'Topics both roadmaps teach, with the phase and week each first teaches them'),
				el('thead', {}, el('tr', { class: 'border-b border-slate-300 align-bottom dark:border-slate-700' }, el('th', { scope: 'col', class: 'p-2' }, 'Topic'), el('th', { scope: 'col', class: 'w-2/5 p-2' }, ownText(pair.a.title)), el('th', { scope: 'col', class: 'w-2/5 p-2' }, ownText(pair.b.title)))),
				el(
					'tbody',
					{},
					...pair.shared.map((row) => el('tr', { class: `${ROW} align-top` }, el('th', { scope: 'row', class: 'p-2 font-normal' }, link(row.topic.url, row.topic.name)), teachingCell(row.a), teachingCell(row.b))),
				),
			),
		),
	];
}

function onlyIn(id: string, roadmap: CompareData, only: { count: number; byPhase: PhaseTopics[] }): HTMLElement {
	const heading = el('h4', { id, class: 'scroll-mt-20 font-semibold' }, 'Only in ', ownText(roadmap.title), ' ', el('span', { class: `font-normal ${MUTED}` }, `(${only.count})`));
	if (only.count === 0) return el('section', { 'aria-labelledby': id }, heading, el('p', { class: 'mt-2 text-slate-700 dark:text-slate-300' }, 'Nothing: the other roadmap teaches every topic this one does.'));
	return el(
		'section',
		{ 'aria-labelledby': id },
		heading,
		el('p', { class: `mt-2 text-sm ${MUTED}` }, 'Under the phase that first teaches them.'),
		el(
			'ul',
			{ class: 'mt-3 space-y-4' },
			...only.byPhase.map(({ phase, topics }) =>
				el(
					'li',
					{},
					ownLink(phase.url, `${phase.number}. ${phase.title}`, { class: 'font-semibold' }),
					' ',
					el('span', { class: `text-sm whitespace-nowrap ${MUTED}` }, `(${phase.week})`),
					el('ul', { class: 'mt-2 flex flex-wrap gap-2' }, ...topics.map((topic) => el('li', {}, link(topic.url, topic.name, { class: 'chip' })))),
				),
			),
		),
	);
}

function render(pair: PairComparison): HTMLElement[] {
	const { a, b } = pair;
	return [
		el('h3', { id: 'pair-heading', tabindex: '-1', class: 'scroll-mt-20 text-2xl font-bold tracking-tight focus:outline-none' }, ownLink(a.url, a.title), el('span', { class: `font-normal ${MUTED}` }, ' vs '), ownLink(b.url, b.title)),
		el('p', { class: 'mt-2 text-slate-700 dark:text-slate-300' }, `${plural(pair.shared.length, 'shared topic')} · ${pair.onlyA.count} only in `, ownText(a.title), ` · ${pair.onlyB.count} only in `, ownText(b.title)),
		el('h4', { id: 'figures', class: 'mt-6 scroll-mt-20 font-semibold' }, 'Duration and effort'),
		figuresTable(pair),
		el('h4', { id: 'shared', class: 'mt-8 scroll-mt-20 font-semibold' }, 'Shared topics'),
		...sharedTopics(pair),
		el('div', { class: 'mt-8 grid gap-8 md:grid-cols-2' }, onlyIn('only-a', a, pair.onlyA), onlyIn('only-b', b, pair.onlyB)),
	];
}

const loaded = new Map<string, Promise<CompareData>>();
function load(id: string): Promise<CompareData> {
	let data = loaded.get(id);
	if (!data) {
		data = fetch(compareDataUrl(id)).then((response) => {
			if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
			return response.json() as Promise<CompareData>;
		});
		data.catch(() => loaded.delete(id));
		loaded.set(id, data);
	}
	return data;
}

function message(text: string) {
	view!.replaceChildren(el('p', { role: 'alert', class: 'rounded-lg border border-slate-300 p-3 dark:border-slate-700' }, text));
	view!.hidden = false;
}

/** Shows the pair the URL names; `focus` moves the reader to it (after they asked for it, not on page load). */
async function show(focus: boolean) {
	const query = new URLSearchParams(location.search);
	const ids = [query.get('a'), query.get('b')];
	const selects = ['a', 'b'].map((name) => form!.elements.namedItem(name) as HTMLSelectElement);
	if (!ids[0] || !ids[1]) {
		view!.hidden = true;
		document.title = pageTitle;
		return;
	}
	const known = (id: string) => selects[0]!.querySelector(`option[value="${CSS.escape(id)}"]`) !== null;
	const unknown = ids.filter((id) => !known(id!));
	if (unknown.length > 0) return message(`No roadmap has the ID ${unknown.map((id) => `“${id}”`).join(' or ')}: pick two from the lists.`);
	if (ids[0] === ids[1]) return message('Pick two different roadmaps.');
	selects.forEach((select, i) => (select.value = ids[i]!));
	view!.setAttribute('aria-busy', 'true');
	try {
		const [a, b] = await Promise.all([load(ids[0]), load(ids[1])]);
		view!.replaceChildren(...render(comparePair(a, b)));
		view!.hidden = false;
		document.title = `${a.title} vs ${b.title} · Waymark`;
		// The former pair pages' anchors (#shared, #only-a…) are the same here: a link to one lands on it.
		const target = location.hash && view!.querySelector<HTMLElement>(`#${CSS.escape(decodeURIComponent(location.hash.slice(1)))}`);
		if (target) target.scrollIntoView();
		if (focus) view!.querySelector<HTMLElement>('#pair-heading')!.focus();
	} catch (error) {
		message(`The comparison could not be loaded (${(error as Error).message}). Try again, or use a track’s comparison page.`);
	} finally {
		view!.removeAttribute('aria-busy');
	}
}

if (form && view) {
	view.hidden = true;
	view.replaceChildren();
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const data = new FormData(form);
		const url = new URL(location.href);
		url.search = new URLSearchParams({ a: String(data.get('a')), b: String(data.get('b')) }).toString();
		url.hash = '';
		if (url.href !== location.href) history.pushState(null, '', url);
		void show(true);
	});
	addEventListener('popstate', () => void show(false));
	void show(false);
}
