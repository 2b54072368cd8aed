/** Levenshtein distance, for "did you mean" hints. */
export function editDistance(a: string, b: string): number {
	const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		let diagonal = previous[0]!;
		previous[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const above = previous[j]!;
			previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
			diagonal = above;
		}
	}
	return previous[b.length]!;
}

/** The candidate closest to `value`, if it is close enough to be a plausible typo. */
export function closestMatch(value: string, candidates: readonly string[]): string | undefined {
	const needle = value.toLowerCase();
	let best: { candidate: string; distance: number } | undefined;
	for (const candidate of candidates) {
		const distance = editDistance(needle, candidate.toLowerCase());
		if (!best || distance < best.distance) best = { candidate, distance };
	}
	if (!best) return undefined;
	const tolerance = Math.max(2, Math.floor(best.candidate.length / 3));
	return best.distance <= tolerance ? best.candidate : undefined;
}
