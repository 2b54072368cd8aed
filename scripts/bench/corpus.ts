// Synthetic but realistic roadmap content for benchmarks: the same pages are written for Waymark and for Starlight.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CorpusPage {
	roadmap: number;
	phase: number;
	title: string;
	/** Markdown body shared by both engines. */
	body: string;
	topics: string[];
}

const SUBJECTS = ['Foundations', 'APIs', 'Databases', 'Caching', 'Queues', 'Containers', 'Testing', 'Observability', 'Security', 'System design'];
// Prose follows Zipf's law, as real writing does: a few words on every page, most on a few. Without the long tail, every
// word would sit on every page and each of the search index's chunks would hold postings for the whole site.
const COMMON_WORDS = 'request response latency throughput index replica shard cache queue worker retry schema migration token session cluster pipeline deploy rollback metric trace log alert budget contract'.split(' ');
const SYLLABLES = 'ka lo mi ne ru sa te vo bri cal den fis gor hal jun kem lor mav nor pel quin rost sel tar ver wen'.split(' ');

/** The corpus's vocabulary, most frequent first: the common words, then made-up ones of two and three syllables. */
function vocabulary(size: number): string[] {
	const words = new Set(COMMON_WORDS);
	// The first syllable varies fastest, so that frequent words spread over the alphabet (and the index's chunks).
	for (const c of ['', ...SYLLABLES]) for (const b of SYLLABLES) for (const a of SYLLABLES) if (words.size < size) words.add(`${a}${b}${c}`);
	return [...words];
}

/** Deterministic pseudo-random numbers, so every run builds the same corpus. */
function random(seed: number) {
	let state = seed >>> 0 || 1;
	return () => {
		state ^= state << 13;
		state ^= state >>> 17;
		state ^= state << 5;
		return (state >>> 0) / 2 ** 32;
	};
}

export function corpusPages(roadmaps: number, phasesPerRoadmap: number, topicIds: string[]): CorpusPage[] {
	const next = random(42);
	const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)]!;
	const words = vocabulary(5000);
	// The word of rank r comes up in proportion to 1/r.
	let total = 0;
	const cumulative = words.map((_, rank) => (total += 1 / (rank + 1)));
	const word = () => {
		const target = next() * total;
		let [low, high] = [0, cumulative.length - 1];
		while (low < high) {
			const middle = (low + high) >> 1;
			if (cumulative[middle]! < target) low = middle + 1;
			else high = middle;
		}
		return words[low]!;
	};
	const sentence = () => Array.from({ length: 8 + Math.floor(next() * 10) }, word).join(' ');
	const pages: CorpusPage[] = [];
	for (let r = 1; r <= roadmaps; r++) {
		for (let p = 1; p <= phasesPerRoadmap; p++) {
			const subject = pick(SUBJECTS);
			const body = [
				`${sentence()}.`,
				'',
				`## ${subject} essentials`,
				'',
				...Array.from({ length: 6 }, () => `- ${sentence()}`),
				'',
				'## Practice',
				'',
				`${sentence()}. ${sentence()}.`,
				'',
				'| Tool | Purpose |',
				'| --- | --- |',
				...Array.from({ length: 3 }, () => `| ${word()} | ${sentence()} |`),
				'',
				'### Going further',
				'',
				...Array.from({ length: 4 }, (_, i) => `${i + 1}. ${sentence()}`),
			].join('\n');
			pages.push({ roadmap: r, phase: p, title: `${subject} ${p}`, body, topics: [...new Set([pick(topicIds), pick(topicIds), pick(topicIds)])] });
		}
	}
	return pages;
}

/** A library's tracks: the corpus spreads its roadmaps over them in turn (200 roadmaps make 25 a track). */
const CORPUS_TRACKS = ['Backend', 'Frontend', 'DevOps', 'Data', 'Mobile', 'Security', 'Machine learning', 'Game development'];
const trackId = (name: string) => name.toLowerCase().replace(/ /g, '-');

/** Writes the corpus as a Waymark content folder (topics copied from `topicsDir`), its roadmaps in up to 8 tracks. */
export function writeWaymarkCorpus(dir: string, pages: CorpusPage[], topicsDir: string) {
	mkdirSync(join(dir, 'sources'), { recursive: true });
	mkdirSync(join(dir, 'roles'), { recursive: true });
	mkdirSync(join(dir, 'tracks'), { recursive: true });
	cpSync(topicsDir, join(dir, 'topics'), { recursive: true });
	const roadmaps = [...new Set(pages.map((p) => p.roadmap))];
	const tracks = CORPUS_TRACKS.slice(0, roadmaps.length);
	tracks.forEach((name, i) => writeFileSync(join(dir, 'tracks', `${trackId(name)}.yaml`), `name: ${name}\nsummary: "Synthetic ${name} roadmaps for benchmarks."\norder: ${i}\n`));
	for (const roadmap of roadmaps) {
		const id = `roadmap-${roadmap}`;
		const track = trackId(tracks[(roadmap - 1) % tracks.length]!);
		mkdirSync(join(dir, 'roadmaps', id), { recursive: true });
		writeFileSync(join(dir, 'sources', `${id}.md`), `# Roadmap ${roadmap}\n`);
		writeFileSync(
			join(dir, 'roadmaps', id, 'index.mdx'),
			`---\ntitle: "Roadmap ${roadmap}"\nsummary: "Synthetic roadmap ${roadmap} for benchmarks."\norder: ${roadmap}\ntrack: ${track}\nsource: { file: ${id}.md, title: "Roadmap ${roadmap}" }\ncommitment: { hoursPerDay: { min: 2, max: 3 }, daysPerWeek: { min: 5, max: 5 } }\n---\n\nIntroduction to roadmap ${roadmap}.\n`,
		);
	}
	for (const page of pages) {
		writeFileSync(
			join(dir, 'roadmaps', `roadmap-${page.roadmap}`, `phase-${page.phase}.mdx`),
			`---\ntitle: "${page.title}"\norder: ${page.phase}\nkind: week\nduration: { min: 1, max: 2, unit: week }\ntopics: [${page.topics.join(', ')}]\n---\n\n${page.body}\n`,
		);
	}
}

/** Writes the same pages as a Starlight docs collection (src/content/docs/). */
export function writeStarlightCorpus(projectDir: string, pages: CorpusPage[]) {
	const docs = join(projectDir, 'src/content/docs');
	mkdirSync(docs, { recursive: true });
	writeFileSync(join(docs, 'index.mdx'), '---\ntitle: Roadmaps\n---\n\nSynthetic roadmaps for benchmarks.\n');
	for (const roadmap of new Set(pages.map((p) => p.roadmap))) {
		mkdirSync(join(docs, `roadmap-${roadmap}`), { recursive: true });
		writeFileSync(join(docs, `roadmap-${roadmap}`, 'index.mdx'), `---\ntitle: "Roadmap ${roadmap}"\n---\n\nIntroduction to roadmap ${roadmap}.\n`);
	}
	for (const page of pages) {
		writeFileSync(join(docs, `roadmap-${page.roadmap}`, `phase-${page.phase}.mdx`), `---\ntitle: "${page.title}"\n---\n\n${page.body}\n`);
	}
}
