// Highlights the words a reader searched for when they arrive from a search result (?highlight=…).
// Pagefind's highlighter loads only on such visits.
if (new URLSearchParams(location.search).has('highlight')) {
	const script = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/pagefind-highlight.js`;
	import(/* @vite-ignore */ script).then(({ default: PagefindHighlight }) => {
		new PagefindHighlight({ highlightParam: 'highlight', addStyles: false });
	});
}
