// Progress without an account: checkboxes for phases, topics and checklist items, bars and counts, export and import as JSON.
import {
	checklistItemKey,
	describeMerge,
	mergeProgress,
	migrateAliases,
	migrateChecklistAliases,
	parseProgress,
	phaseKey,
	progressFile,
} from '../lib/model/progress.ts';

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
	localStorage.setItem(STORAGE_KEY, JSON.stringify(progressFile(done)));
}

const done = load();

// A body's task-list boxes are read-only in the HTML; here they become toggles like any other, keyed by the body's
// checklist (data-checklist, from the page) and each box's own check (data-check, from the build).
const checklists = [...document.querySelectorAll<HTMLElement>('[data-checklist]')];
for (const checklist of checklists) {
	for (const box of checklist.querySelectorAll<HTMLInputElement>('input[data-check]')) {
		box.dataset['progressKey'] = checklistItemKey(checklist.dataset['checklist']!, box.dataset['check']!);
		box.disabled = false;
	}
}

const toggles = [...document.querySelectorAll<HTMLInputElement>('input[data-progress-key]')];
const bars = [...document.querySelectorAll<HTMLElement>('[data-progress-bar]')];
const counts = [...document.querySelectorAll<HTMLElement>('[data-checklist-count]')].map((count) => ({
	count,
	keys: checklists
		.filter((checklist) => checklist.dataset['checklist'] === count.dataset['checklistCount'])
		.flatMap((checklist) => [...checklist.querySelectorAll<HTMLInputElement>('input[data-check]')].map((box) => box.dataset['progressKey']!)),
}));

function render() {
	for (const toggle of toggles) toggle.checked = done.has(toggle.dataset['progressKey']!);
	for (const bar of bars) {
		const keys = bar.dataset['progressPhases']!.split(' ').filter(Boolean).map((phase) => phaseKey(bar.dataset['progressRoadmap']!, phase));
		const count = keys.filter((key) => done.has(key)).length;
		bar.querySelector('progress')!.value = count;
		bar.querySelector('progress')!.max = keys.length;
		bar.querySelector<HTMLElement>('[data-progress-text]')!.textContent = `${count} of ${keys.length} phases done`;
	}
	for (const { count, keys } of counts) {
		// A body without a checklist has nothing to count.
		count.hidden = keys.length === 0;
		count.textContent = `${keys.filter((key) => done.has(key)).length} of ${keys.length} items done`;
	}
}

let migrated = false;
for (const element of document.querySelectorAll<HTMLElement>('[data-progress-key][data-progress-aliases]')) {
	migrated = migrateAliases(done, element.dataset['progressKey']!, element.dataset['progressAliases']!.split(' ')) || migrated;
}
for (const checklist of document.querySelectorAll<HTMLElement>('[data-checklist][data-checklist-aliases]')) {
	migrated = migrateChecklistAliases(done, checklist.dataset['checklist']!, checklist.dataset['checklistAliases']!.split(' ')) || migrated;
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
	const link = document.createElement('a');
	link.href = URL.createObjectURL(new Blob([JSON.stringify(progressFile(done), null, 2)], { type: 'application/json' }));
	link.download = 'waymark-progress.json';
	link.click();
	URL.revokeObjectURL(link.href);
});

document.querySelector<HTMLInputElement>('[data-progress-import]')?.addEventListener('change', async (event) => {
	const input = event.target as HTMLInputElement;
	const imported = parseProgress((await input.files?.[0]?.text()) ?? null);
	if (imported) {
		const merge = mergeProgress(done, imported.done);
		for (const key of merge.done) done.add(key);
		save(done);
		render();
		if (announcer) announcer.textContent = describeMerge(merge);
	} else if (announcer) {
		announcer.textContent = 'That file is not a Waymark progress export; nothing changed.';
	}
	input.value = '';
});

for (const hidden of document.querySelectorAll<HTMLElement>('[data-progress]')) hidden.hidden = false;
render();
