// Filters of the home and track pages: each option link (which, without JS, jumps to the section listing its roadmaps)
// becomes a toggle button; the chosen options, one per facet, show only the cards that have them all. The choice is
// kept in the URL query (`?track=backend&length=3-6-months`), so a filtered list can be reloaded and shared.
export {}; // a module: its names stay out of the global scope

const panel = document.querySelector<HTMLElement>('[data-filters]');
const cards = [...document.querySelectorAll<HTMLElement>('[data-roadmap]')];
const sections = [...document.querySelectorAll<HTMLElement>('[data-track-section]')];
const announcer = document.getElementById('announcer');

if (panel) {
	const status = panel.querySelector<HTMLElement>('[data-filter-status]')!;
	const count = panel.querySelector<HTMLElement>('[data-filter-count]')!;
	const groups = [...panel.querySelectorAll<HTMLElement>('[data-facet]')];
	const total = Number(panel.dataset['total']);
	const chosen = new Map<string, string>();

	const buttons = groups.flatMap((group) =>
		[...group.querySelectorAll<HTMLAnchorElement>('a[data-value]')].map((link) => {
			const button = document.createElement('button');
			// Its class, value and the component's scoping attribute, which its styles select on.
			for (const { name, value } of link.attributes) if (name !== 'href') button.setAttribute(name, value);
			button.type = 'button';
			button.setAttribute('aria-pressed', 'false');
			button.append(...link.childNodes);
			link.replaceWith(button);
			return { facet: group.dataset['facet']!, value: button.dataset['value']!, button };
		}),
	);
	// The lists the option links led to: with the filters working, they would repeat the cards.
	document.querySelector<HTMLElement>('[data-roadmap-index]')?.setAttribute('hidden', '');

	const apply = (announce: boolean) => {
		for (const { facet, value, button } of buttons) button.setAttribute('aria-pressed', String(chosen.get(facet) === value));
		let shown = 0;
		for (const card of cards) {
			const match = [...chosen].every(([facet, value]) => card.dataset[facet] === value);
			card.hidden = !match;
			if (match) shown++;
		}
		for (const section of sections) section.hidden = !section.querySelector('[data-roadmap]:not([hidden])');
		const text = shown === 0 ? 'No roadmap has all of these; clear a filter to see more.' : `Showing ${shown} of ${total} roadmap${total === 1 ? '' : 's'}.`;
		count.textContent = text;
		status.hidden = chosen.size === 0;
		if (announce && announcer) announcer.textContent = chosen.size === 0 ? `Showing all ${total} roadmaps.` : text;
		const url = new URL(location.href);
		for (const group of groups) url.searchParams.delete(group.dataset['facet']!);
		for (const [facet, value] of chosen) url.searchParams.set(facet, value);
		if (url.href !== location.href) history.replaceState(history.state, '', url);
	};

	for (const { facet, value, button } of buttons) {
		button.addEventListener('click', () => {
			if (chosen.get(facet) === value) chosen.delete(facet);
			else chosen.set(facet, value);
			apply(true);
		});
	}
	panel.querySelector('[data-filter-clear]')!.addEventListener('click', () => {
		chosen.clear();
		apply(true);
		buttons[0]?.button.focus();
	});

	// A shared link's filters, as far as this page offers them.
	const query = new URLSearchParams(location.search);
	for (const { facet, value } of buttons) if (query.get(facet) === value) chosen.set(facet, value);
	apply(false);
}
