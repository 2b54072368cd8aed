import { formatDuration, formatHours, formatNumberRange, formatWeeks } from './durations.ts';
import type { Choice, Phase, Roadmap, SiteModel } from './model.ts';

/** Label/value pairs summarising a roadmap; values the source does not give are left out or shown as unknown. */
export function roadmapFacts(roadmap: Roadmap) {
	const { commitment, duration, level, stacks } = roadmap.data;
	return [
		// A roadmap without lengths has no sum to show, and "unknown" twice says nothing; nor does one whose lengths
		// are hours of study, which the reader's pace turns into weeks.
		{ label: 'Declared duration', value: duration || (roadmap.timed && !roadmap.pacedByReader) ? formatDuration(duration) : null },
		{ label: 'Sum of phases', value: roadmap.phaseWeeks || (roadmap.timed && !roadmap.pacedByReader) ? formatWeeks(roadmap.phaseWeeks) : null },
		{ label: 'Phases', value: String(roadmap.phases.length) },
		{ label: 'Hours per day', value: commitment.hoursPerDay && formatNumberRange(commitment.hoursPerDay, 'h') },
		{ label: 'Days per week', value: commitment.daysPerWeek && formatNumberRange(commitment.daysPerWeek, 'days') },
		{ label: 'Hours per week', value: roadmap.hoursPerWeek && formatHours(roadmap.hoursPerWeek) },
		{ label: 'Total effort', value: roadmap.effortHours && formatHours(roadmap.effortHours) },
		{ label: 'Level', value: level && level.charAt(0).toUpperCase() + level.slice(1).replace('-', ' ') },
		{ label: 'Stacks', value: stacks.join(', ') || null },
	];
}

/** A roadmap's length in one phrase (home cards, preview images): the declared total, else the phases' sum. */
export function roadmapLength(roadmap: Roadmap): string {
	if (roadmap.data.duration) return formatDuration(roadmap.data.duration);
	if (roadmap.totalWeeks) return `${formatWeeks(roadmap.totalWeeks)} (sum of phases)`;
	if (roadmap.pacedByReader && roadmap.effortHours) return `${formatHours(roadmap.effortHours)} of study`;
	return 'duration unknown';
}

/**
 * "week 1", "week 5–14": when the phase starts if earlier phases take their stated time; "unknown" if any has none,
 * or, where lengths are study hours, until the reader gives a pace.
 */
export function startingWeek(phase: Phase, roadmap: Roadmap): string {
	const start = phase.startWeek;
	if (start === null) return roadmap.pacedByReader ? 'a week set by your pace' : 'unknown';
	const first = Math.floor(start.min) + 1;
	if (start.max === null) return `week ${first} or later`;
	const last = Math.floor(start.max) + 1;
	return first === last ? `week ${first}` : `week ${first}–${last}`;
}

/** The source gives the phase's length as hours of study only, not as a calendar length. */
const studyTimeOnly = (phase: Phase) => !phase.data.duration && phase.data.effortHours !== undefined;

/** A phase's length: its own, or its group's when it shares that with the group's other phases. */
export function phaseLength(phase: Phase): string {
	if (phase.sharesGroupLength) return `${formatDuration(phase.lengthGroup!.group.duration ?? null)}, shared with its group`;
	if (studyTimeOnly(phase)) return `${formatHours(phase.data.effortHours!)} of study`;
	return formatDuration(phase.data.duration);
}

/**
 * A phase's length and start as its row in the phase list says them ("6 weeks", "starts in week 7"). The row has no
 * labels, so what the source leaves open is said as a phrase ("length unknown", "start unknown"), not a bare "unknown".
 */
export function phaseListTiming(phase: Phase, roadmap: Roadmap): { length: string; start: string } {
	const lengthKnown = phase.data.duration || phase.sharesGroupLength || studyTimeOnly(phase);
	return {
		length: lengthKnown ? phaseLength(phase) : 'length unknown',
		start: phase.startWeek === null && !roadmap.pacedByReader ? 'start unknown' : `starts in ${startingWeek(phase, roadmap)}`,
	};
}

export function phaseFacts(phase: Phase, roadmap: Roadmap) {
	const { hoursPerDay, priority, priorityNote, status } = phase.data;
	return [
		{ label: 'Position', value: `Phase ${phase.number} of ${roadmap.phases.length}` },
		// Without a length anywhere in the roadmap, "unknown" twice on every phase says nothing.
		{ label: 'Duration', value: roadmap.timed ? phaseLength(phase) : null },
		{ label: 'Starts in', value: roadmap.timed ? startingWeek(phase, roadmap) : null },
		{ label: 'Hours per day', value: hoursPerDay && formatNumberRange(hoursPerDay, 'h') },
		{ label: 'Hours per week', value: phase.hoursPerWeek && formatHours(phase.hoursPerWeek) },
		// A phase given in hours of study already says them as its duration.
		{ label: 'Effort', value: phase.effortHours && !studyTimeOnly(phase) ? formatHours(phase.effortHours) : null },
		{ label: 'Elective', value: phase.choices.map(electiveLabel).join('; ') || null },
		{ label: 'Priority', value: priority && `${priority.toUpperCase()}${priorityNote ? ` (${priorityNote})` : ''}` },
		{ label: 'Author’s status', value: status && (status === 'done' ? 'Done' : 'Ongoing') },
	];
}

/** "Choose 1 of 5": how an elective group is marked. */
export const choiceLabel = (choice: Choice) => `Choose ${choice.choose} of ${choice.of}`;

/** "Specialisation (choose 1 of 2)": the elective group a phase is an alternative in. */
export const electiveLabel = (choice: Choice) => `${choice.group.title} (${choiceLabel(choice).toLowerCase()})`;

/** What the pace planner says about the source's own pace. */
export function sourcePace(roadmap: Roadmap): string {
	if (roadmap.hoursPerWeek) return `The source plans ${formatNumberRange(roadmap.hoursPerWeek, 'hours per week')}.`;
	return roadmap.pacedByReader
		? 'The source gives its phases in hours of study, not weeks: your hours per week make its schedule.'
		: 'The source gives no weekly hours for some phases; those keep its own durations.';
}

/** Phases linked from another phase (its prerequisites, what it unlocks), naming their roadmap when it is another one. */
export function phaseLinks(phases: readonly Phase[], from: Roadmap, site: SiteModel): Array<{ phase: Phase; title: string; roadmapTitle: string | null }> {
	return phases.map((phase) => ({
		phase,
		title: `${phase.data.label ? `${phase.data.label}: ` : ''}${phase.data.title}`,
		roadmapTitle: phase.roadmapId === from.id ? null : site.roadmap(phase.roadmapId).data.title,
	}));
}
