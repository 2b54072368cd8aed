import { compile } from '@mdx-js/mdx';
import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import {
	checklistItemChecks,
	checklistItemKey,
	checklistKey,
	describeMerge,
	formerChecklistKeys,
	formerPhaseKeys,
	mergeProgress,
	migrateAliases,
	migrateChecklistAliases,
	parseProgress,
	phaseKey,
	progressFile,
} from '../../src/lib/model/progress.ts';
import rehypeTaskListCheckboxes from '../../src/plugins/rehype-task-list-checkboxes.ts';

/** Compiles an MDX body as the site does and returns its hast after the task-list plugin. */
async function renderBody(mdx: string): Promise<Root> {
	let tree: Root | undefined;
	await compile(mdx, { remarkPlugins: [remarkGfm], rehypePlugins: [rehypeTaskListCheckboxes, () => (t: Root) => void (tree = structuredClone(t))] });
	return tree!;
}

function checkboxesOf(tree: Root): Element[] {
	const found: Element[] = [];
	const visit = (node: Root | Element) => {
		for (const child of node.children) {
			if (child.type !== 'element') continue;
			if (child.tagName === 'input') found.push(child);
			visit(child);
		}
	};
	visit(tree);
	return found;
}

const checksOf = async (mdx: string) => checkboxesOf(await renderBody(mdx)).map((box) => box.properties['dataCheck']);

describe('progress', () => {
	it('parses only well-formed Waymark exports', () => {
		expect(parseProgress('{"app":"waymark","version":1,"done":["phase:a/b",3]}')).toEqual({ app: 'waymark', version: 1, done: ['phase:a/b'] });
		for (const bad of [null, '', 'not json', '{"app":"other","version":1,"done":[]}', '{"app":"waymark","version":2,"done":[]}', '{"app":"waymark","version":1}']) {
			expect(parseProgress(bad)).toBeNull();
		}
	});

	it('writes the same file for the same marks in any order', () => {
		expect(progressFile(new Set(['topic:sql', 'item:r/p#1a', 'phase:r/p']))).toEqual({ app: 'waymark', version: 1, done: ['item:r/p#1a', 'phase:r/p', 'topic:sql'] });
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

describe('progress import', () => {
	it('adds the imported marks to the stored ones and never removes one', () => {
		const merged = mergeProgress(['phase:r/a', 'item:r/a#x1', 'topic:sql'], ['phase:r/b', 'topic:sql', 'item:r/b#y2', 'item:r/b#y2']);
		expect(merged).toEqual({ done: ['item:r/a#x1', 'item:r/b#y2', 'phase:r/a', 'phase:r/b', 'topic:sql'], added: 2, alreadyHere: 1 });
		// An empty (or older) export changes nothing.
		expect(mergeProgress(['phase:r/a'], [])).toEqual({ done: ['phase:r/a'], added: 0, alreadyHere: 0 });
	});

	it('says how many marks an import added and how many were already here', () => {
		expect(describeMerge(mergeProgress(['a', 'b'], ['a', 'b', 'c', 'd', 'e']))).toBe('Added 3 marks; 2 were already here.');
		expect(describeMerge(mergeProgress(['a'], ['a', 'b']))).toBe('Added 1 mark; 1 was already here.');
		expect(describeMerge(mergeProgress(['a'], ['a']))).toBe('Added 0 marks; 1 was already here.');
		expect(describeMerge(mergeProgress(['a'], []))).toBe('That file has no marks; nothing changed.');
	});
});

describe('checklist keys', () => {
	it('key a phase body’s items and an overview’s items apart', () => {
		expect(checklistItemKey(checklistKey('r', 'p'), 'abc')).toBe('item:r/p#abc');
		expect(checklistItemKey(checklistKey('r'), 'abc')).toBe('item:r#abc');
	});

	it('hash an item’s own text, unaffected by spacing, case and the other items', () => {
		const [a, b, c] = checklistItemChecks(['Write the roadmap', 'Validate it', 'Publish']);
		expect(a).toMatch(/^[0-9a-z]{1,7}$/);
		expect(new Set([a, b, c]).size).toBe(3);
		// Editing, removing and adding other items leaves an item's check alone.
		expect(checklistItemChecks(['Publish it now', 'Write  the ROADMAP', 'New item'])[1]).toBe(a);
		// Editing the item itself gives it a new check.
		expect(checklistItemChecks(['Write the roadmap twice'])[0]).not.toBe(a);
	});

	it('make repeated items unique within the page, in document order', () => {
		const checks = checklistItemChecks(['Review', 'Deploy', 'Review', 'Review']);
		expect(new Set(checks).size).toBe(4);
		expect(checks[2]).toBe(`${checks[0]}-2`);
		expect(checks[3]).toBe(`${checks[0]}-3`);
	});

	it('list the keys a checklist had under former roadmap and phase IDs', () => {
		const roadmap = { id: 'new-map', data: { aliases: ['old-map'] } };
		expect(formerChecklistKeys(roadmap, { id: 'db', data: { aliases: [] } })).toEqual(['item:old-map/db']);
		expect(formerChecklistKeys(roadmap)).toEqual(['item:old-map']);
	});

	it('move a checklist’s marks from a former checklist key to the current one, keeping each item’s check', () => {
		const done = new Set(['item:r/databases#abc', 'item:r/databases-extra#def', 'phase:r/databases']);
		expect(migrateChecklistAliases(done, checklistKey('r', 'db'), [checklistKey('r', 'databases')])).toBe(true);
		expect([...done].sort()).toEqual(['item:r/databases-extra#def', 'item:r/db#abc', 'phase:r/databases']);
		expect(migrateChecklistAliases(done, checklistKey('r', 'db'), [checklistKey('r', 'databases')])).toBe(false);
	});
});

describe('task-list checkboxes in a body', () => {
	it('label each box with its item’s line and give it a check from that line alone', async () => {
		const boxes = checkboxesOf(await renderBody('- [ ] Write the **roadmap**\n- [x] Validate it\n- Not a task'));
		expect(boxes.map((box) => box.properties['ariaLabel'])).toEqual(['Write the roadmap', 'Validate it']);
		expect(boxes.map((box) => box.properties['dataCheck'])).toEqual(checklistItemChecks(['Write the roadmap', 'Validate it']));
		// No JavaScript: read-only boxes, the author's mark as written.
		expect(boxes.map((box) => [box.properties['disabled'], box.properties['checked']])).toEqual([
			[true, false],
			[true, true],
		]);
	});

	it('keep an item’s check when its sub-list, other items, or its list’s looseness change', async () => {
		const [before] = await checksOf('- [ ] Learn SQL\n- [ ] Learn Redis');
		expect(await checksOf('- [ ] Practise joins\n- [ ] Learn SQL\n  - [ ] joins\n  - [ ] indexes')).toContain(before);
		expect((await checksOf('- [ ] Learn SQL\n\n  Some notes.\n\n  - indexes\n\n- [ ] Learn Redis'))[0]).toBe(before);
		const [withSubList] = checkboxesOf(await renderBody('- [ ] Learn SQL\n  - [ ] joins'));
		expect(withSubList!.properties['ariaLabel']).toBe('Learn SQL');
	});

	it('give repeated items on one page distinct checks, nested ones included', async () => {
		const checks = await checksOf('## Week 1\n\n- [ ] Review\n  - [ ] Review\n\n## Week 2\n\n- [ ] Review');
		expect(new Set(checks).size).toBe(3);
	});

	it('show the author’s [x] in words, outside the sub-list', async () => {
		const html = toHtml(await renderBody('- [x] Validate it\n  - twice\n- [ ] Ship it'));
		expect(html).toMatch(/Validate it\s+<span[^>]*data-pagefind-ignore[^>]*>\(ticked by the author\)<\/span>\s*<ul>/);
		expect(html.match(/ticked by the author/g)).toHaveLength(1);
	});
});
