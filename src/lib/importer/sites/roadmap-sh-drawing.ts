/**
 * The boxes of a roadmap.sh drawing (its JSON's `nodes`) and where they stand on its canvas: what the reader of
 * roadmap-sh.ts measures to tell which boxes go together.
 */
import { field, text } from './js-literal.ts';

// Boxes this close (in canvas pixels) are drawn touching: a stack of subtopics leaves 4 or 5 between them.
export const TOUCHING = 10;

export interface Box {
	id: string;
	type: string;
	label: string;
	x: number;
	y: number;
	width: number;
	height: number;
}

const number = (value: unknown, fallback: number) => (typeof value === 'number' && Number.isFinite(value) ? value : fallback);

export function boxOf(node: unknown): Box | null {
	const id = text(field(node, 'id'));
	if (!id) return null;
	return {
		id,
		type: text(field(node, 'type')) ?? '',
		label: text(field(node, 'data', 'label')) ?? '',
		x: number(field(node, 'position', 'x'), Infinity),
		y: number(field(node, 'position', 'y'), Infinity),
		width: number(field(node, 'width'), number(field(node, 'measured', 'width'), 0)),
		height: number(field(node, 'height'), number(field(node, 'measured', 'height'), 0)),
	};
}

export const drawnOrder = (a: Box, b: Box) => a.y - b.y || a.x - b.x;
export const touching = (a: Box, b: Box) =>
	a.x <= b.x + b.width + TOUCHING && b.x <= a.x + a.width + TOUCHING && a.y <= b.y + b.height + TOUCHING && b.y <= a.y + a.height + TOUCHING;
export const centre = (boxes: readonly Box[]) => {
	const left = Math.min(...boxes.map((box) => box.x));
	const top = Math.min(...boxes.map((box) => box.y));
	const right = Math.max(...boxes.map((box) => box.x + box.width));
	const bottom = Math.max(...boxes.map((box) => box.y + box.height));
	return { x: (left + right) / 2, y: (top + bottom) / 2 };
};
// A box drawn in a frame, though it may stick out of its edge by a little (the Design Engineer roadmap's last topics do).
export const inside = (box: Box, frame: Box) => {
	const { x, y } = centre([box]);
	return x >= frame.x && y >= frame.y && x <= frame.x + frame.width && y <= frame.y + frame.height;
};
// A box drawn within a frame's width against its top or bottom edge: the column the frame holds goes on past it (a
// caption at the frame's foot leaves its last box 50 pixels from the next, which is drawn against the frame).
export const inColumn = (box: Box, frame: Box) =>
	touching(box, frame) && box.x >= frame.x - TOUCHING && box.x + box.width <= frame.x + frame.width + TOUCHING;
// A box as wide as a frame drawn across its top edge, the edge running through it or along its top: the frame's
// heading. One merely drawn against the edge from above is the last of a column over the frame.
export const acrossTop = (box: Box, frame: Box) =>
	Math.abs(box.x - frame.x) <= TOUCHING && box.width >= frame.width - TOUCHING && box.y <= frame.y + TOUCHING && box.y + box.height > frame.y + TOUCHING;
export const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);
