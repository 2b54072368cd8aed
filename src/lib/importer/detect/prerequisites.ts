/**
 * Prerequisites a plan states by naming its other units: a table column of course titles ("Systematic Program Design,
 * High School Math"), or a unit's own "Prerequisites: Module 1" line. A name is a unit's title or its label.
 */
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { prerequisitesLine } from '../phase-fields.ts';
import type { Unit } from '../plan.ts';
import { labelOf, parseUnitLabel, wordKey } from './label.ts';

const normalise = (text: string) => text.toLocaleLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The units a text names, by index into `all`: the longest run of parts that is a title or label, from each part on,
 * since titles have commas and "and" of their own ("Algorithms, Part I", "Arrays, Lists, and Structured Data").
 */
export function unitNamer(all: readonly Unit[]): (text: string) => number[] {
	const byName = new Map<string, number>();
	all.forEach((unit, i) => {
		for (const name of [unit.rawTitle, unit.label?.word ? unit.label.text : '']) if (normalise(name) && !byName.has(normalise(name))) byName.set(normalise(name), i);
	});
	// "Module 2-3": the units labelled with that word and a number in the range.
	const labelled = (text: string) => {
		const range = parseUnitLabel(text);
		if (!range?.word || range.numberTo === undefined || range.rest) return [];
		return all.flatMap((unit, i) => (unit.label?.word && wordKey(unit.label) === wordKey(range) && unit.label.number >= range.number && unit.label.number <= range.numberTo! ? [i] : []));
	};
	return (text) => {
		// An aside ("Module 2 (nên có)", recommended) says how, not what.
		const pieces = text.replace(/\s*[(（][^)）]*[)）]/gu, '').split(/([,;/、，]|\s+(?:and|&|y|und|et|и|e|và|ve|dan)\s+)/u);
		// "Module 4, 6": a number alone takes the word of the label before it.
		for (let i = 2; i < pieces.length; i += 2) {
			const word = parseUnitLabel(pieces[i - 2]!.trim())?.word;
			if (word && /^\s*\d{1,3}\s*$/.test(pieces[i]!)) pieces[i] = labelOf(word, Number(pieces[i]));
		}
		const found: number[] = [];
		for (let first = 0; first < pieces.length; first += 2) {
			for (let last = pieces.length - 1; last >= first; last -= 2) {
				const joined = pieces.slice(first, last + 1).join('');
				const units = byName.has(normalise(joined)) ? [byName.get(normalise(joined))!] : labelled(joined.trim());
				if (units.length === 0) continue;
				found.push(...units);
				first = last;
				break;
			}
		}
		return found;
	};
}

/** The fields of a unit's own paragraphs and list items: their lines, and the parts of a line set apart by bars. */
function bodyFields(body: readonly RootContent[]): string[] {
	const lines = body.flatMap((node) => {
		if (node.type === 'paragraph') return toString(node).split('\n');
		if (node.type === 'list') return node.children.flatMap((item) => (item.children[0]?.type === 'paragraph' ? toString(item.children[0]).split('\n') : []));
		return [];
	});
	// "Duration: 5-6 weeks | Prerequisites: Module 4, 6".
	return lines.flatMap((line) => line.split(/\s+[|｜]\s+/u));
}

/** Fills `requires` of the units whose own text has a prerequisites line naming other units ("Prerequisites: Module 1"). */
export function statedPrerequisites(units: readonly Unit[]): void {
	const named = unitNamer(units);
	units.forEach((unit, self) => {
		const stated = bodyFields(unit.body).flatMap((line) => {
			const value = prerequisitesLine(line);
			return value ? named(value) : [];
		});
		unit.requires = [...new Set([...unit.requires, ...stated.filter((i) => i !== self)])];
	});
}
