import { describe, expect, it } from 'vitest';
import { formerPhaseKeys, migrateAliases, parseProgress, phaseKey } from '../../src/lib/progress.ts';

describe('progress', () => {
	it('parses only well-formed Waymark exports', () => {
		expect(parseProgress('{"app":"waymark","version":1,"done":["phase:a/b",3]}')).toEqual({ app: 'waymark', version: 1, done: ['phase:a/b'] });
		for (const bad of [null, '', 'not json', '{"app":"other","version":1,"done":[]}', '{"app":"waymark","version":2,"done":[]}']) {
			expect(parseProgress(bad)).toBeNull();
		}
	});

	it('lists the keys a phase had under former roadmap and phase IDs', () => {
		const keys = formerPhaseKeys({ id: 'new-map', data: { aliases: ['old-map'] } }, { id: 'db', data: { aliases: ['databases'] } });
		expect(keys.sort()).toEqual(['phase:new-map/databases', 'phase:old-map/databases', 'phase:old-map/db']);
	});

	it('moves progress from an alias to the current key', () => {
		const done = new Set(['phase:r/databases', 'topic:sql']);
		expect(migrateAliases(done, phaseKey('r', 'db'), ['phase:r/databases'])).toBe(true);
		expect([...done].sort()).toEqual(['phase:r/db', 'topic:sql']);
		expect(migrateAliases(done, phaseKey('r', 'db'), ['phase:r/databases'])).toBe(false);
	});
});
