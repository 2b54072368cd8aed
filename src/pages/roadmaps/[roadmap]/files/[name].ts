import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { roadmapFiles } from '../../../../lib/build/roadmap-files.ts';

// The files a roadmap carries for its links, as they are: a PDF of notes, a zip of exercises, a data set.
export const getStaticPaths = (() => roadmapFiles().map(({ roadmap, name, path }) => ({ params: { roadmap, name }, props: { path } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ path: string }> = ({ props }) => new Response(readFileSync(props.path));
