// Offline reading: registers the service worker Workbox writes after the build (src/integrations/offline.ts), which
// keeps the pages a reader opens, and the roadmaps they save, readable without a connection.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
	void navigator.serviceWorker.register(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}sw.js`);
}
