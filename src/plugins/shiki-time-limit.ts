import type { ShikiTransformer } from 'shiki';

/**
 * Shiki stops highlighting a line after 500 ms and leaves its rest one plain token. Compiling a language's grammar
 * counts towards its first line, so on a busy machine (CI, a build beside other builds) the same code block came out
 * highlighted one way in one build and another way in the next, and the content layer's cache kept whichever it got.
 * Ten seconds still stops a line whose grammar backtracks without end.
 */
export const TOKENIZE_TIME_LIMIT_MS = 10_000;

/** Gives every highlighted block Shiki's time limit above: the options a transformer sees are those it tokenizes with. */
export const shikiTimeLimit: ShikiTransformer = {
	name: 'waymark:shiki-time-limit',
	preprocess(_code, options) {
		options.tokenizeTimeLimit = TOKENIZE_TIME_LIMIT_MS;
	},
};
