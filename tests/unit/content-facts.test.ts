import { afterEach, describe, expect, it } from 'vitest';
import { CONTENT_FACTS, FACTS_BY_MESSAGE } from '../../src/lib/build/astro-messages.ts';
import { awaitContentFacts, contentFacts, type ContentFacts } from '../../src/lib/build/content-facts.ts';
import { publishedUrls } from '../../src/lib/build/content-dir.ts';
import { checkContent } from '../../src/lib/checks/content-check.ts';

const fixture = 'tests/fixtures/site/content';

describe('content facts for Astro\'s build hooks', () => {
	const { content } = checkContent(fixture);

	it('name the redirect pages (a phase\'s former slug, /roadmaps/) by site path, and each roadmap\'s language', () => {
		const facts = contentFacts(content, publishedUrls(fixture));
		expect(facts.redirected).toContain('/roadmaps/sample/old-tables/');
		expect(facts.redirected).toContain('/roadmaps/');
		expect(facts.redirected).not.toContain('/roadmaps/sample/tables/');
		expect(facts.roadmaps).toContainEqual({ id: 'sample', language: content.roadmaps.find((r) => r.id === 'sample')!.data.language });
		expect(facts.roadmaps).toHaveLength(content.roadmaps.length);
	});

	describe('reach Astro', () => {
		const sendBefore = process.send;
		afterEach(() => {
			delete process.env[FACTS_BY_MESSAGE];
			if (sendBefore) process.send = sendBefore;
			else delete process.send;
		});

		it('by message from the build script, which stops listening once they came', async () => {
			process.env[FACTS_BY_MESSAGE] = '1';
			process.send ??= () => true;
			const listeners = process.listenerCount('message');
			const facts = awaitContentFacts(fixture);
			expect(process.listenerCount('message')).toBe(listeners + 1);
			const sent: ContentFacts = { redirected: ['/old/'], roadmaps: [{ id: 'r', language: 'de' }] };
			process.emit('message', { type: 'something else' }, undefined);
			process.emit('message', { type: CONTENT_FACTS, facts: sent }, undefined);
			expect(await facts()).toEqual(sent);
			expect(process.listenerCount('message')).toBe(listeners);
		});

		it('read from the content when Astro builds alone', async () => {
			expect(await awaitContentFacts(fixture)()).toEqual(contentFacts(content, publishedUrls(fixture)));
		});
	});
});
