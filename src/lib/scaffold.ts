import { stringify } from 'yaml';

export const scaffoldKinds = ['roadmap', 'phase', 'topic', 'role', 'track'] as const;
export type ScaffoldKind = (typeof scaffoldKinds)[number];

export interface ScaffoldFile {
	/** Path relative to the content folder. */
	path: string;
	text: string;
}

const titleOf = (id: string) => id.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
const mdx = (data: object, body: string) => `---\n${stringify(data, { lineWidth: 0 }).trimEnd()}\n---\n\n${body}\n`;

/**
 * Valid skeleton files for a new entry; every value an author must replace says so.
 * `id` is "<roadmap>/<phase>" for a phase. `context` supplies what a skeleton must reference.
 */
export function scaffold(
	kind: ScaffoldKind,
	id: string,
	context: { nextPhaseOrder: number; nextRoadmapOrder: number; nextTrackOrder?: number; roadmap?: string | undefined; track?: string | undefined },
): ScaffoldFile[] {
	switch (kind) {
		case 'roadmap':
			return [
				{
					path: `roadmaps/${id}/index.mdx`,
					text: mdx(
						{
							title: titleOf(id),
							summary: 'TODO: one or two sentences describing what the source covers.',
							order: context.nextRoadmapOrder,
							track: context.track ?? 'TODO',
							source: { file: `${id}.md`, title: 'TODO: how the original document is titled' },
							duration: null,
						},
						'TODO: the source’s introduction and notes, verbatim.',
					),
				},
				{ path: `sources/${id}.md`, text: `# ${titleOf(id)}\n\nTODO: paste the original document here.\n` },
			];
		case 'phase': {
			const [roadmap, phase] = id.split('/') as [string, string];
			return [
				{
					path: `roadmaps/${roadmap}/${phase}.mdx`,
					text: mdx(
						{ title: titleOf(phase), order: context.nextPhaseOrder, kind: 'step', duration: null, topics: [] },
						'## TODO\n\n- The phase’s text from the source, verbatim.',
					),
				},
			];
		}
		case 'topic':
			return [{ path: `topics/${id}.yaml`, text: stringify({ name: titleOf(id), category: 'practice', aliases: [] }) }];
		case 'track':
			return [{ path: `tracks/${id}.yaml`, text: stringify({ name: titleOf(id), summary: 'TODO: one or two sentences saying what the track\'s roadmaps prepare for.', order: context.nextTrackOrder ?? 0 }) }];
		case 'role':
			return [
				{
					path: `roles/${id}.yaml`,
					text: stringify({
						title: titleOf(id),
						category: 'core-backend',
						mentions: [{ roadmap: context.roadmap ?? 'TODO', heading: 'TODO: the source heading it is listed under', title: titleOf(id), definition: '' }],
						topics: [],
						related: [],
					}),
				},
			];
	}
}
