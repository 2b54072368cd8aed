// The offline page lists the roadmaps saved on this device, which can be read without a connection.
import { savedRoadmaps } from './offline-store.ts';

const box = document.querySelector<HTMLElement>('[data-offline-saved]');
const saved = Object.values(savedRoadmaps());
if (box && saved.length > 0) {
	box.querySelector('ul')!.append(
		...saved.map(({ title, url }) => {
			const item = document.createElement('li');
			item.append(Object.assign(document.createElement('a'), { href: url, textContent: title }));
			return item;
		}),
	);
	box.hidden = false;
}
