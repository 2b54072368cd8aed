import { describe, expect, it } from 'vitest';
import { phaseSchema, roadmapSchema } from '../../src/schemas/roadmap.ts';
import { roleSchema } from '../../src/schemas/role.ts';
import { topicSchema } from '../../src/schemas/topic.ts';
import { trackSchema } from '../../src/schemas/track.ts';
import { problemsFromZod } from '../../src/lib/checks/friendly-errors.ts';
import type { z } from 'astro/zod';

const validPhase = {
	title: 'Databases',
	order: 3,
	kind: 'month',
	duration: { min: 1, max: 1, unit: 'month' },
	topics: ['postgresql'],
};

function problems(schema: z.ZodType, data: unknown) {
	const result = schema.safeParse(data);
	if (result.success) return [];
	return problemsFromZod(result.error, data, schema, 'file.mdx', () => ({ line: 1, column: 1 }));
}

describe('phase schema', () => {
	it('accepts a valid phase and fills defaults', () => {
		const phase = phaseSchema.parse(validPhase);
		expect(phase.projects).toEqual([]);
		expect(phase.aliases).toEqual([]);
	});

	it('accepts an unknown duration as null and an open-ended one without max', () => {
		expect(phaseSchema.parse({ ...validPhase, duration: null }).duration).toBeNull();
		expect(phaseSchema.parse({ ...validPhase, duration: { min: 2, unit: 'year' } }).duration).toEqual({ min: 2, unit: 'year' });
	});

	it('rejects a wrong type, naming the field', () => {
		const [problem] = problems(phaseSchema, { ...validPhase, order: 'three' });
		expect(problem).toMatchObject({ field: 'order', message: 'must be a number', got: '"three"' });
	});

	it('rejects a missing field, naming it and how to add it', () => {
		const { title: _, ...withoutTitle } = validPhase;
		const [problem] = problems(phaseSchema, withoutTitle);
		expect(problem).toMatchObject({ field: 'title', message: 'required field is missing' });
		expect(problem!.fix).toMatch(/add `title:`/);
	});

	it('rejects an unknown key (a typo) and suggests the nearest field', () => {
		const [problem] = problems(phaseSchema, { ...validPhase, duraton: validPhase.duration });
		expect(problem).toMatchObject({ field: 'duraton', message: 'unknown field' });
		expect(problem!.fix).toContain('did you mean `duration`?');
	});

	it('rejects a bad enum value, listing the allowed ones and the nearest', () => {
		const [problem] = problems(phaseSchema, { ...validPhase, kind: 'mnth' });
		expect(problem!.field).toBe('kind');
		expect(problem!.message).toContain('"month"');
		expect(problem!.fix).toBe('did you mean "month"?');
	});

	it('rejects a nested bad value with its full path', () => {
		const [problem] = problems(phaseSchema, { ...validPhase, duration: { min: 1, max: 1, unit: 'fortnight' } });
		expect(problem!.field).toBe('duration.unit');
	});

	it('rejects a duration whose max is below its min', () => {
		const [problem] = problems(phaseSchema, { ...validPhase, duration: { min: 3, max: 2, unit: 'month' } });
		expect(problem!.field).toBe('duration.max');
	});

	it('rejects topic IDs that are not slugs', () => {
		const [problem] = problems(phaseSchema, { ...validPhase, topics: ['Postgre SQL'] });
		expect(problem!.field).toBe('topics[0]');
		expect(problem!.message).toMatch(/slug/);
	});
});

describe('weekly hours, units, nested and elective groups, prerequisites', () => {
	const validRoadmap = { title: 'T', summary: 'S', order: 0, track: 'backend', source: { file: 'a.md', title: 'A' } };

	it('accepts weekly hours on a roadmap and a phase, and the new units', () => {
		expect(roadmapSchema.parse({ ...validRoadmap, commitment: { hoursPerWeek: { min: 6, max: 10 } } }).commitment.hoursPerWeek).toEqual({ min: 6, max: 10 });
		expect(phaseSchema.parse({ ...validPhase, kind: 'course', hoursPerWeek: { min: 6, max: 10 } }).hoursPerWeek).toEqual({ min: 6, max: 10 });
		for (const kind of ['day', 'course', 'lesson', 'chapter', 'part', 'unit', 'section']) expect(phaseSchema.safeParse({ ...validPhase, kind }).success).toBe(true);
	});

	it('rejects weekly hours whose max is below their min', () => {
		const [problem] = problems(phaseSchema, { ...validPhase, hoursPerWeek: { min: 10, max: 6 } });
		expect(problem!.field).toBe('hoursPerWeek.max');
	});

	it('accepts prerequisites in this roadmap or another, defaulting to none', () => {
		expect(phaseSchema.parse(validPhase).requires).toEqual([]);
		expect(phaseSchema.parse({ ...validPhase, requires: ['sql-basics', 'full-time/databases'] }).requires).toEqual(['sql-basics', 'full-time/databases']);
	});

	it('rejects a prerequisite that is neither a phase ID nor roadmap/phase', () => {
		for (const bad of ['Full Time/databases', 'a/b/c', '/databases']) {
			const [problem] = problems(phaseSchema, { ...validPhase, requires: [bad] });
			expect(problem).toMatchObject({ field: 'requires[0]', message: expect.stringContaining('roadmap/phase') });
		}
	});

	it('accepts a nested group and an elective one, and rejects a choose that is not a positive whole number', () => {
		const groups = [
			{ id: 'tracks', title: 'Tracks', choose: 1 },
			{ id: 'web', title: 'Web', parent: 'tracks' },
		];
		expect(roadmapSchema.parse({ ...validRoadmap, groups }).groups.map((g) => [g.parent, g.choose])).toEqual([
			[undefined, 1],
			['tracks', undefined],
		]);
		for (const choose of [0, 1.5, 'one']) {
			const [problem] = problems(roadmapSchema, { ...validRoadmap, groups: [{ ...groups[0], choose }] });
			expect(problem!.field).toBe('groups[0].choose');
		}
		const [problem] = problems(roadmapSchema, { ...validRoadmap, groups: [{ ...groups[1], parent: 'Tracks!' }] });
		expect(problem!.field).toBe('groups[0].parent');
	});
});

describe('roadmap, topic and role schemas', () => {
	it('accept valid entries', () => {
		expect(
			roadmapSchema.safeParse({ title: 'T', summary: 'S', order: 0, track: 'backend', source: { file: 'a.md', title: 'A' } }).success,
		).toBe(true);
		expect(topicSchema.safeParse({ name: 'PostgreSQL', category: 'database', aliases: ['Postgres'] }).success).toBe(true);
		expect(
			roleSchema.safeParse({
				title: 'DBA',
				category: 'database',
				mentions: [{ roadmap: 'two-paths', heading: 'Database Management', title: 'DBA', definition: 'Manages databases.' }],
			}).success,
		).toBe(true);
	});

	it('reject an unknown key in a nested object', () => {
		const [problem] = problems(roadmapSchema, {
			title: 'T',
			summary: 'S',
			order: 0,
			track: 'backend',
			source: { file: 'a.md', title: 'A' },
			commitment: { hoursPerDey: { min: 1, max: 2 } },
		});
		expect(problem).toMatchObject({ field: 'commitment.hoursPerDey', message: 'unknown field' });
		expect(problem!.fix).toContain('`hoursPerDay`');
	});

	it('reject a role with no source mention', () => {
		const [problem] = problems(roleSchema, { title: 'DBA', category: 'database', mentions: [] });
		expect(problem!.field).toBe('mentions');
	});

	it('describe every field, for editor hints and error messages', () => {
		const undescribed: string[] = [];
		const visit = (schema: z.ZodType, path: string) => {
			const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
			if (def['type'] === 'object') {
				for (const [key, field] of Object.entries(def['shape'] as Record<string, z.ZodType>)) {
					if (!field.description) undescribed.push(`${path}.${key}`);
				}
			}
		};
		visit(roadmapSchema, 'roadmap');
		visit(phaseSchema, 'phase');
		visit(topicSchema, 'topic');
		visit(roleSchema, 'role');
		expect(undescribed).toEqual([]);
	});
});

describe('roadmap language', () => {
	const roadmap = { title: 'T', summary: 'S', order: 0, track: 'backend', source: { file: 'a.md', title: 'A' } };
	it('is English unless a BCP 47 tag says otherwise', () => {
		expect(roadmapSchema.parse(roadmap).language).toBe('en');
		expect(roadmapSchema.parse({ ...roadmap, language: 'pt-BR' }).language).toBe('pt-BR');
		const [problem] = problems(roadmapSchema, { ...roadmap, language: 'Spanish' });
		expect(problem).toMatchObject({ field: 'language', got: '"Spanish"' });
		expect(problem!.message).toContain('BCP 47');
		// A tag of the right shape that is no tag (a region is two letters or three digits).
		const [badRegion] = problems(roadmapSchema, { ...roadmap, language: 'en-12' });
		expect(badRegion).toMatchObject({ field: 'language', got: '"en-12"' });
	});
});

describe('tracks', () => {
	const validRoadmap = { title: 'T', summary: 'S', order: 0, track: 'backend', source: { file: 'a.md', title: 'A' } };

	it('every roadmap names one, as an ID, and the fix says where tracks live', () => {
		expect(roadmapSchema.parse(validRoadmap).track).toBe('backend');
		const { track: _, ...withoutTrack } = validRoadmap;
		const [missing] = problems(roadmapSchema, withoutTrack);
		expect(missing).toMatchObject({ field: 'track', message: 'required field is missing', fix: expect.stringContaining('content/tracks/') });
		expect(problems(roadmapSchema, { ...validRoadmap, track: 'Back End' })[0]).toMatchObject({ field: 'track', message: expect.stringContaining('slug') });
	});

	it('a track has a name, a summary and an order, and nothing else', () => {
		expect(trackSchema.parse({ name: 'Backend', summary: 'Server-side development.', order: 0 })).toEqual({ name: 'Backend', summary: 'Server-side development.', order: 0 });
		expect(problems(trackSchema, { name: 'Backend', order: 0 })[0]).toMatchObject({ field: 'summary', message: 'required field is missing' });
		expect(problems(trackSchema, { name: 'Backend', summary: 's', order: 0, title: 'Backend' })[0]).toMatchObject({ field: 'title', message: 'unknown field' });
	});
});
