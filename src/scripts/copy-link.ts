// Copy-link buttons: rendered hidden (they need JS), revealed here. They copy the absolute URL of the
// linked place and announce it to screen readers.
const announcer = document.getElementById('announcer');

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-link]')) {
	button.hidden = false;
	button.addEventListener('click', async () => {
		const url = new URL(button.dataset['copyLink'] ?? '', `${location.origin}${location.pathname}`).href;
		try {
			await navigator.clipboard.writeText(url);
			if (announcer) announcer.textContent = 'Link copied';
			button.dataset['copied'] = '';
		} catch {
			if (announcer) announcer.textContent = `Copy failed. The link is ${url}`;
		}
		setTimeout(() => {
			delete button.dataset['copied'];
			if (announcer) announcer.textContent = '';
		}, 2000);
	});
}
