import { describe, expect, it } from 'vitest';
import { buildSiteModel } from '../../src/lib/model/model.ts';
import { firstPrefixes } from '../../src/lib/search/prefix-tree.ts';
import { titleEntries, titleFiles, type TitleEntry } from '../../src/lib/search/title-files.ts';
import { searchTitles, titleFileName, titleHits, titleWords, type TitleFile } from '../../src/lib/search/title-words.ts';
import { phaseSchema, roadmapSchema } from '../../src/schemas/roadmap.ts';
import { roleSchema } from '../../src/schemas/role.ts';
import { topicSchema } from '../../src/schemas/topic.ts';
import { trackSchema } from '../../src/schemas/track.ts';

const entry = (title: string, otherNames: string[] = []): TitleEntry => ({ title, url: `/${titleWords(title).join('-')}/`, context: 'Topic', otherNames });

const search = async (files: Map<string, TitleFile>, query: string, limit = Infinity) =>
	(await searchTitles(query, async (prefix) => files.get(prefix) ?? null, limit)).map((hit) => hit.title);

describe('title words', () => {
	it('splits names into lower-cased words at anything but letters and digits, folding accents', () => {
		expect(titleWords('Node.js & C++: Résumé, Übung 2')).toEqual(['node', 'js', 'c', 'resume', 'ubung', '2']);
		expect(titleWords('Сеть и Ёлка')).toEqual(['сеть', 'и', 'елка']);
		expect(titleWords('데이터베이스 기초')).toEqual(['데이터베이스', '기초']);
		expect(titleWords('हिन्दी पाठ')).toEqual(['हिन्दी', 'पाठ']);
	});

	it('makes each character of an unspaced script a word of its own', () => {
		expect(titleWords('Vue入门篇')).toEqual(['vue', '入', '门', '篇']);
		expect(titleWords('データベース')).toEqual(['デ', 'ー', 'タ', 'ベ', 'ー', 'ス']);
	});

	it('names a file by its prefix, any character outside a–z and 0–9 by its code point', () => {
		expect(titleFileName('re')).toBe('re');
		expect(titleFileName('入')).toBe(`_${'入'.codePointAt(0)!.toString(36)}_`);
		expect(titleFileName('ré')).not.toBe(titleFileName('r'));
		expect(new Set(['сe', 'се', 'ce', '𝔞b'].map(titleFileName)).size).toBe(4);
	});

});

describe('title matches', () => {
	const file: TitleFile = {
		longer: [],
		contexts: ['Topic', 'Backend'],
		entries: [
			['Redis in practice', '/a/', 1],
			['PostgreSQL', '/topics/postgresql/', 0, 'Postgres'],
			['Redis', '/topics/redis/', 0],
			['Caching with Redis', '/b/', 1],
		],
	};
	const titles = (query: string, limit = 8) => titleHits([file], query, limit).map((hit) => hit.title);

	it('matches a name when every query word starts one of its words, or of another name it goes by', () => {
		expect(titles('red')).toEqual(['Redis in practice', 'Redis', 'Caching with Redis']);
		expect(titles('redis cach')).toEqual(['Caching with Redis']);
		expect(titles('postgres')).toEqual(['PostgreSQL']);
		expect(titles('edis')).toEqual([]);
	});

	it('ranks the name itself first, then names that start with the query, then the file order', () => {
		expect(titles('redis')).toEqual(['Redis', 'Redis in practice', 'Caching with Redis']);
		expect(titles('redis', 2)).toEqual(['Redis', 'Redis in practice']);
		expect(titleHits([file], 'postgres', 1)).toEqual([{ title: 'PostgreSQL', url: '/topics/postgresql/', context: 'Topic' }]);
	});
});

describe('title files', () => {
	it('files a name under the first two characters of each of its words, a one-character word as itself', async () => {
		const files = titleFiles([entry('Redis basics'), entry('C and Go')]);
		expect([...files.keys()].sort()).toEqual(['an', 'ba', 'c', 'go', 're']);
		expect(files.get('re')).toEqual({ longer: [], contexts: ['Topic'], entries: [['Redis basics', '/redis-basics/', 0]] });
		expect(await search(files, 'c')).toEqual(['C and Go']);
		expect(await search(files, 'redis go')).toEqual([]);
	});

	it('keeps other names with their entry and writes each context once', () => {
		const files = titleFiles([entry('PostgreSQL', ['Postgres', 'psql']), { ...entry('Pages'), context: 'Roadmap overview' }, entry('Paths')]);
		expect(files.get('ps')!.entries).toEqual([['PostgreSQL', '/postgresql/', 0, 'Postgres', 'psql']]);
		expect(files.get('pa')).toEqual({ longer: [], contexts: ['Roadmap overview', 'Topic'], entries: [['Pages', '/pages/', 0], ['Paths', '/paths/', 1]] });
	});

	it('splits a full prefix into longer ones, so that every name is found by every prefix of each of its words', async () => {
		const names = Array.from({ length: 400 }, (_, i) => `${['Data', 'Database', 'Dashboards', 'Deploy'][i % 4]!} ${['store', 'stream', 'stats'][i % 3]!}${i % 7} week ${i}`);
		const files = titleFiles(names.map((name) => entry(name)), 10);
		expect(files.get('da')!.longer).toEqual(['t', 's']);
		// Searches start from the list of first prefixes, and reach longer ones only through `longer`.
		const first = firstPrefixes(files);
		expect(first).toContain('da');
		expect(first).not.toContain('dat');
		for (const [prefix, file] of files) {
			for (const next of file.longer) expect(files.has(`${prefix}${next}`)).toBe(true);
			if (!first.includes(prefix)) expect(files.get(prefix.slice(0, -1))!.longer).toContain(prefix.at(-1));
		}
		expect(files.get('da')!.entries).toHaveLength(10);
		for (const file of files.values()) expect(file.entries.length).toBeLessThanOrEqual(10);
		for (const name of names) {
			for (const word of titleWords(name).filter((w) => w.length >= 2)) {
				// Up to the point where a word is shared by more names than a file holds: only its first names are kept.
				for (let length = 2; length <= word.length; length++) {
					const prefix = word.slice(0, length);
					const holders = names.filter((other) => titleWords(other).some((w) => w.startsWith(prefix)));
					if (holders.length <= 10) expect(await search(files, prefix)).toContain(name);
				}
			}
		}
		// Another word's file holds names that a full file of one word had no room for.
		expect(await search(files, 'dashboards stats6 week 398')).toEqual(['Dashboards stats6 week 398']);
		// A one-character word is filed as itself: "3" finds the name whose word is 3 before names with 30 or 300.
		expect((await search(files, 'week 3'))[0]).toBe('Deploy store3 week 3');
	});

	it('lists roadmaps, tracks, topics, roles, then phases, each with what a result shows under it', () => {
		const site = buildSiteModel({
			roadmaps: [{ id: 'api', data: roadmapSchema.parse({ title: 'API Basics', summary: 's', order: 1, track: 'backend', source: { file: 'api.md', title: 'API' } }) }],
			phases: [{ id: 'http', roadmap: 'api', data: phaseSchema.parse({ title: 'HTTP', order: 1, kind: 'week', topics: ['sql'] }) }],
			topics: [{ id: 'sql', data: topicSchema.parse({ name: 'SQL', aliases: ['Structured Query Language'], category: 'database' }) }],
			roles: [{ id: 'dba', data: roleSchema.parse({ title: 'DBA', aliases: ['Database Administrator'], category: 'database', mentions: [{ roadmap: 'api', heading: 'Roles', title: 'DBA' }] }) }],
			tracks: [{ id: 'backend', data: trackSchema.parse({ name: 'Backend', summary: 's', order: 0 }) }],
			publishedUrls: [],
		});
		expect(titleEntries(site).map(({ title, context, otherNames }) => [title, context, otherNames])).toEqual([
			['API Basics', 'Roadmap overview', []],
			['Backend', 'Track', []],
			['SQL', 'Topic', ['Structured Query Language']],
			['DBA', 'Role', ['Database Administrator']],
			['HTTP', 'API Basics', []],
		]);
		expect(titleEntries(site).map((e) => e.url)).toEqual(['/roadmaps/api/', '/tracks/backend/', '/topics/sql/', '/roles/dba/', '/roadmaps/api/http/']);
	});
});
