// Any two roadmaps side by side, from each one's compare data (/compare/data/<id>.json, written by the build). The
// browser compares the pair a reader picks at /compare/?a=…&b=…, so the site needs one small file per roadmap instead
// of a page per pair. Pure and free of imports: it ships to the browser as it is.

export type FigureKey = 'title' | 'declared' | 'weeks' | 'hoursPerWeek' | 'effort' | 'stacks' | 'phases' | 'projects';

export interface FigureColumn {
	key: FigureKey;
	label: string;
	/** Longer explanation for a header's title/description. */
	note: string;
	/** Numbers sort numerically, text alphabetically. */
	sort: 'number' | 'text';
}

export const figureColumns: readonly FigureColumn[] = [
	{ key: 'title', label: 'Roadmap', note: 'Roadmap title', sort: 'text' },
	{ key: 'declared', label: 'Declared duration', note: 'Total duration as the source states it', sort: 'number' },
	{ key: 'weeks', label: 'Weeks', note: 'Duration in weeks (min–max): the declared total, else the sum of the phases', sort: 'number' },
	{ key: 'hoursPerWeek', label: 'Hours / week', note: 'Study hours per week the source asks for (the range over its phases when it gives them per phase)', sort: 'number' },
	{ key: 'effort', label: 'Total effort', note: 'Hours per week × weeks, or the phases’ hours summed (min–max; elective groups as ranges)', sort: 'number' },
	{ key: 'stacks', label: 'Languages & stacks', note: 'Languages, frameworks and stacks the roadmap uses', sort: 'text' },
	{ key: 'phases', label: 'Phases', note: 'Number of phases', sort: 'number' },
	{ key: 'projects', label: 'Projects', note: 'Number of projects the roadmap sets', sort: 'number' },
];

/** The figures of a pair, in table column order (the title is the pair's heading). */
export const pairFigureColumns = figureColumns.filter((column) => column.key !== 'title');
export type PairFigureKey = Exclude<FigureKey, 'title'>;

export interface PhaseSummary {
	number: number;
	title: string;
	url: string;
	/** When the phase starts, short: "wk 5", "wk 5–8", "wk ?". */
	week: string;
}

/** A phase teaching a topic: its number, and the link to the topic's chip on the phase page. */
export interface TopicLink {
	phase: number;
	href: string;
}

/** What a pair comparison needs to know about one roadmap. */
export interface CompareData {
	id: string;
	title: string;
	url: string;
	track: { id: string; name: string; url: string };
	/** Each figure's text, and whether it is known (unknown ones are shown dimmed). */
	figures: Record<PairFigureKey, { text: string; known: boolean }>;
	/** Every phase, in order. */
	phases: PhaseSummary[];
	/**
	 * Topics the roadmap teaches, in site order (taxonomy category, then name; `rank` is that position across the
	 * whole site), with the phase that first teaches each and the later ones that teach it again.
	 */
	topics: Array<{ id: string; name: string; url: string; rank: number; first: TopicLink; later: TopicLink[] }>;
}

export interface Teaching {
	phase: PhaseSummary;
	href: string;
	later: Array<{ phase: PhaseSummary; href: string }>;
}

export interface PairTopic {
	id: string;
	name: string;
	url: string;
}

/** Topics one roadmap alone teaches, under the phase that first teaches them. */
export interface PhaseTopics {
	phase: PhaseSummary;
	topics: PairTopic[];
}

export interface PairComparison {
	a: CompareData;
	b: CompareData;
	/** Topics both teach, in site order, with where each roadmap teaches them. */
	shared: Array<{ topic: PairTopic; a: Teaching; b: Teaching }>;
	onlyA: { count: number; byPhase: PhaseTopics[] };
	onlyB: { count: number; byPhase: PhaseTopics[] };
	figures: Array<{ column: FigureColumn; a: { text: string; known: boolean }; b: { text: string; known: boolean } }>;
}

function teachings(data: CompareData): Map<string, { topic: PairTopic; rank: number; teaching: Teaching }> {
	const phases = new Map(data.phases.map((phase) => [phase.number, phase]));
	const resolve = (link: TopicLink) => ({ phase: phases.get(link.phase)!, href: link.href });
	return new Map(
		data.topics.map(({ id, name, url, rank, first, later }) => [id, { topic: { id, name, url }, rank, teaching: { ...resolve(first), later: later.map(resolve) } }]),
	);
}

/** One-sided topics under the phase that first teaches them, in phase order; topics keep site order within a phase. */
function byFirstPhase(items: ReadonlyArray<{ topic: PairTopic; teaching: Teaching }>): PhaseTopics[] {
	const groups = new Map<number, PhaseTopics>();
	for (const { topic, teaching } of items) {
		let group = groups.get(teaching.phase.number);
		if (!group) groups.set(teaching.phase.number, (group = { phase: teaching.phase, topics: [] }));
		group.topics.push(topic);
	}
	return [...groups.values()].sort((x, y) => x.phase.number - y.phase.number);
}

/** Shared and one-sided topics of two roadmaps, with where each teaches them, and their figures side by side. */
export function comparePair(a: CompareData, b: CompareData): PairComparison {
	const inA = teachings(a);
	const inB = teachings(b);
	const shared: PairComparison['shared'] = [];
	const onlyA: Array<{ topic: PairTopic; teaching: Teaching }> = [];
	const onlyB: Array<{ topic: PairTopic; teaching: Teaching }> = [];
	const all = [...new Map([...inA, ...inB]).values()].sort((x, y) => x.rank - y.rank);
	for (const { topic } of all) {
		const left = inA.get(topic.id)?.teaching;
		const right = inB.get(topic.id)?.teaching;
		if (left && right) shared.push({ topic, a: left, b: right });
		else if (left) onlyA.push({ topic, teaching: left });
		else if (right) onlyB.push({ topic, teaching: right });
	}
	return {
		a,
		b,
		shared,
		onlyA: { count: onlyA.length, byPhase: byFirstPhase(onlyA) },
		onlyB: { count: onlyB.length, byPhase: byFirstPhase(onlyB) },
		figures: pairFigureColumns.map((column) => ({ column, a: a.figures[column.key as PairFigureKey], b: b.figures[column.key as PairFigureKey] })),
	};
}
