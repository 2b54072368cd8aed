/** Helpers the detection rules share: what a unit's text says about its length, and what counts as a title. */
import type { Node } from 'mdast';
import { parseDuration } from '../durations.ts';
import { stripEmoji, stripEmphasis } from '../lines.ts';
import { estimatedDuration } from '../phase-fields.ts';
import { rawOf } from '../plan.ts';
import type { UnitLabel } from './label.ts';

/** The unit states its length: in its title line, or in an estimate line of its own text. */
export function statesDuration(title: string, body: readonly Node[], source: string): boolean {
	if (parseDuration(title) !== null) return true;
	return body.some((node) =>
		rawOf(node, source)
			.split('\n')
			.some((line) => estimatedDuration(line) !== null),
	);
}

/** The label is followed by a title ("Week 1: Rails"), not only punctuation ("Week 1-2:"). */
export const titled = (label: UnitLabel) => stripEmoji(stripEmphasis(label.rest)).replace(/^[\s:.\-–—|]+/, '') !== '';
