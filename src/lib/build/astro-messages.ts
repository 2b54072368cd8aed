// scripts/build.ts runs `astro build` as a child process with an IPC channel; Astro's integrations tell it where the
// build has got to, so that it can check what is final while Astro writes the rest.

/**
 * Sent once Pagefind has read every page and written its index: the pages and `pagefind/` are final (what Astro writes
 * after them is word search, with one core), so the build script checks links and lists the offline files on the
 * other core. Not sooner: Pagefind keeps both cores busy.
 */
export const PAGES_INDEXED = 'waymark:pages-indexed';
