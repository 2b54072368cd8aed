// scripts/build.ts runs `astro build` as a child process with an IPC channel: it tells Astro what its content check
// found that the build's last steps need, and Astro's integrations tell it where the build has got to, so that it can
// check what is final while Astro writes the rest.

/**
 * Sent once Pagefind has read every page and written its index: the pages and `pagefind/` are final (what Astro writes
 * after them is word search, with one core), so the build script checks links and lists the offline files on the
 * other core. Not sooner: Pagefind keeps both cores busy.
 */
export const PAGES_INDEXED = 'waymark:pages-indexed';

/** Sent to Astro once the content is valid, with the facts its build hooks need (see content-facts.ts). */
export const CONTENT_FACTS = 'waymark:content-facts';

/** Set in the environment of the Astro that scripts/build.ts runs: its content facts come by message. */
export const FACTS_BY_MESSAGE = 'WAYMARK_FACTS_BY_MESSAGE';
