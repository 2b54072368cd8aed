// "Save for offline" on a roadmap's overview: asks the service worker to cache every file on the roadmap's offline
// list (its pages, the files they load, the search index), through the same Workbox routes that serve them later.
import { messageSW } from 'workbox-window/messageSW.js';
import { OFFLINE_CACHES, type OfflineList } from '../lib/model/offline.ts';
import { recordSaved, type SavedRoadmap, savedRoadmaps } from './offline-store.ts';

const PARALLEL = 4;
const TIMEOUT_MS = 30_000;
const STORE_MS = 10_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const inCache = async (url: string) => (await caches.match(url)) !== undefined;

/**
 * Asks the worker to cache a URL through its route; true once a cache holds it. Workbox answers as soon as it has
 * the response and stores it just after, so the answer alone does not mean the file is saved.
 */
async function cacheUrl(worker: ServiceWorker, url: string): Promise<boolean> {
	await Promise.race([messageSW(worker, { type: 'CACHE_URLS', payload: { urlsToCache: [url] } }), sleep(TIMEOUT_MS)]);
	for (const deadline = Date.now() + STORE_MS; Date.now() < deadline; await sleep(100)) if (await inCache(url)) return true;
	return false;
}

const box = document.querySelector<HTMLElement>('[data-offline]');
// The service worker exists only in a build, and only secure contexts (https, localhost) get one.
if (box && import.meta.env.PROD && 'serviceWorker' in navigator && 'caches' in window) void setUp(box);

async function setUp(box: HTMLElement) {
	const { roadmap, title, url, list: listUrl } = box.dataset as Record<string, string>;
	const saveButton = box.querySelector<HTMLButtonElement>('[data-offline-save]')!;
	const removeButton = box.querySelector<HTMLButtonElement>('[data-offline-remove]')!;
	const progress = box.querySelector<HTMLProgressElement>('progress')!;
	const status = box.querySelector<HTMLElement>('[data-offline-status]')!;

	const everything = (list: OfflineList) => [listUrl!, ...list.pages, ...list.files, ...list.fragments, ...list.search];
	const size = (bytes: number) => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.ceil(bytes / 1e3)} kB`);
	const savedMessage = (list: OfflineList) => `Saved for offline: ${list.pages.length} pages and search (${size(list.bytes)}).`;

	async function fetchList(): Promise<OfflineList> {
		const response = await fetch(listUrl!);
		if (!response.ok) throw new Error(`${listUrl}: ${response.status}`);
		return (await response.json()) as OfflineList;
	}

	function show(state: 'unsaved' | 'saving' | 'saved', message: string) {
		saveButton.hidden = state === 'saved';
		saveButton.disabled = state === 'saving';
		removeButton.hidden = state !== 'saved';
		progress.hidden = state !== 'saving';
		status.textContent = message;
	}

	async function save(list: OfflineList, message: string) {
		show('saving', message);
		const worker = (await navigator.serviceWorker.ready).active!;
		const urls = everything(list);
		progress.max = urls.length;
		progress.value = 0;
		const queue = [...urls];
		let failed = 0;
		// One URL per message, a few at a time, so the progress bar moves as files are stored.
		const cacheNext = async () => {
			for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
				if (!(await cacheUrl(worker, next))) failed += 1;
				progress.value += 1;
			}
		};
		await Promise.all(Array.from({ length: PARALLEL }, cacheNext));
		if (failed > 0) {
			show('unsaved', `Could not save ${failed} of ${urls.length} files. Check your connection and try again.`);
			return;
		}
		recordSaved(roadmap!, { title: title!, url: url!, version: list.version });
		show('saved', savedMessage(list));
	}

	async function remove() {
		const list = await fetchList();
		// The shared search files serve every saved roadmap: they go with the last one. Its result fragments go with it.
		const othersSaved = Object.keys(savedRoadmaps()).some((id) => id !== roadmap);
		const urls = [listUrl!, ...list.pages, ...list.files, ...list.fragments, ...(othersSaved ? [] : list.search)];
		const names = (await caches.keys()).filter((name) => (Object.values(OFFLINE_CACHES) as string[]).includes(name));
		for (const name of names) {
			const cache = await caches.open(name);
			await Promise.all(urls.map((u) => cache.delete(u)));
		}
		recordSaved(roadmap!, null);
		show('unsaved', 'Removed the offline copy of this roadmap.');
	}

	/** On arrival: a saved roadmap whose list changed (a new build) or whose files the browser dropped is saved again. */
	async function check(saved: SavedRoadmap) {
		const list = await fetchList();
		const complete = (await Promise.all(everything(list).map(inCache))).every(Boolean);
		if ((list.version !== saved.version || !complete) && navigator.onLine) await save(list, 'Updating the offline copy of this roadmap…');
		else show('saved', savedMessage(list));
	}

	const failed = (action: string) => (error: unknown) => show('unsaved', `Could not ${action}: ${error instanceof Error ? error.message : String(error)}`);
	saveButton.addEventListener('click', () => {
		fetchList()
			.then((list) => save(list, `Saving ${list.pages.length} pages and search (${size(list.bytes)}) for offline reading…`))
			.catch(failed('save this roadmap for offline reading'));
	});
	removeButton.addEventListener('click', () => {
		remove().catch(failed('remove the offline copy'));
	});

	show('unsaved', '');
	box.hidden = false;
	const saved = savedRoadmaps()[roadmap!];
	if (saved) await check(saved).catch(failed('check the offline copy'));
}
