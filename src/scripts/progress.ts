// Progress without an account: checkboxes for phases and topics, bars per roadmap, export and import as JSON.
import { migrateAliases, parseProgress, type ProgressFile } from '../lib/progress.ts';

const STORAGE_KEY = 'waymark:progress';
const announcer = document.getElementById('announcer');

function load(): Set<string> {
	try {
		return new Set(parseProgress(localStorage.getItem(STORAGE_KEY))?.done ?? []);
	} catch {
		return new Set();
	}
}

function save(done: Set<string>) {
	const file: ProgressFile = { app: 'waymark', version: 1, done: [...done].sort() };
	localStorage.setItem(STORAGE_KEY, JSON.stringify(file));
}

const done = load();
const toggles = [...document.querySelectorAll<HTMLInputElement>('input[data-progress-key]')];
const bars = [...document.querySelectorAll<HTMLElement>('[data-progress-bar]')];

function render() {
	for (const toggle of toggles) toggle.checked = done.has(toggle.dataset['progressKey']!);
	for (const bar of bars) {
		const keys = bar.dataset['progressKeys']!.split(' ').filter(Boolean);
		const count = keys.filter((key) => done.has(key)).length;
		bar.querySelector('progress')!.value = count;
		bar.querySelector('progress')!.max = keys.length;
		bar.querySelector<HTMLElement>('[data-progress-text]')!.textContent = `${count} of ${keys.length} phases done`;
	}
}

let migrated = false;
for (const element of document.querySelectorAll<HTMLElement>('[data-progress-key][data-progress-aliases]')) {
	migrated = migrateAliases(done, element.dataset['progressKey']!, element.dataset['progressAliases']!.split(' ')) || migrated;
}
if (migrated) save(done);

for (const toggle of toggles) {
	toggle.addEventListener('change', () => {
		const key = toggle.dataset['progressKey']!;
		toggle.checked ? done.add(key) : done.delete(key);
		save(done);
		render();
	});
}

document.querySelector('[data-progress-export]')?.addEventListener('click', () => {
	const file: ProgressFile = { app: 'waymark', version: 1, done: [...done].sort() };
	const link = document.createElement('a');
	link.href = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
	link.download = 'waymark-progress.json';
	link.click();
	URL.revokeObjectURL(link.href);
});

document.querySelector<HTMLInputElement>('[data-progress-import]')?.addEventListener('change', async (event) => {
	const input = event.target as HTMLInputElement;
	const imported = parseProgress((await input.files?.[0]?.text()) ?? null);
	if (announcer) announcer.textContent = imported ? `Imported ${imported.done.length} completed items.` : 'That file is not a Waymark progress export.';
	if (imported) {
		done.clear();
		for (const key of imported.done) done.add(key);
		save(done);
		render();
	}
	input.value = '';
});

for (const hidden of document.querySelectorAll<HTMLElement>('[data-progress]')) hidden.hidden = false;
render();
