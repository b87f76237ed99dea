import { pageData } from './page-data';
import { statusBar, type StatusEntryAccessor } from './status-bar';

/**
 * Registers the service worker and keeps the status bar's offline item true: "Saving for offline
 * use…", "Offline ready · 2.1 MB", "Offline" while the network is down, and "New edition
 * available — reload" when an update waits. The update is applied only when the reader asks, so
 * nothing reloads under a half-filled worksheet.
 */
export function mountOffline(): void {
	// Nothing here is needed before the page is usable: register after the load event.
	if (document.readyState === 'complete') void start();
	else window.addEventListener('load', () => void start(), { once: true });
}

// The browser's own registration API, not workbox-window: it is three events, and this file's
// 1 KB against Workbox-window's 2.2 KB gzip counts on every first load (issue 18). The service
// worker itself is Workbox's (its SKIP_WAITING message is Workbox's convention).
async function start(): Promise<void> {
	if (!('serviceWorker' in navigator)) return;
	const { base } = pageData();
	const container = navigator.serviceWorker;
	// A first install has no controller; an install while one controls this page is an update.
	const hadController = container.controller !== null;

	let ready = '';
	let update: HTMLButtonElement | undefined;
	let entry: StatusEntryAccessor | undefined;
	const render = () => {
		let content: string | Node[];
		if (update) content = navigator.onLine ? [update] : [update, document.createTextNode(' · Offline')];
		else if (!navigator.onLine) content = ready ? `Offline · ${ready}` : 'Offline';
		else content = ready || 'Saving for offline use…';
		if (entry) entry.update(content);
		else entry = statusBar.addEntry({ id: 'offline', alignment: 'end' }, content);
	};

	const showReady = async () => {
		try {
			const response = await fetch(`${base}offline.json`);
			const { bytes } = (await response.json()) as { bytes: number };
			ready = `Offline ready · ${(bytes / 1024 / 1024).toFixed(1)} MB`;
		} catch {
			ready = 'Offline ready';
		}
		render();
	};

	// Only after an update: the offer's code loads then.
	const offerUpdate = (worker: ServiceWorker) =>
		void import('./offline-update').then(
			({ updateButton }) => {
				update = updateButton(worker);
				render();
			},
			// Not loaded: the next page load offers the waiting edition again.
			() => undefined,
		);

	// "updatefound" may fire for the worker already installing when registration resolved: track each once.
	const tracked = new WeakSet<ServiceWorker>();
	const track = (worker: ServiceWorker) => {
		if (tracked.has(worker)) return;
		tracked.add(worker);
		worker.addEventListener('statechange', () => {
			if (worker.state === 'installed' && hadController) offerUpdate(worker);
			else if (worker.state === 'activated' && !hadController) void showReady();
		});
	};

	window.addEventListener('online', render);
	window.addEventListener('offline', render);
	// Refused (a private window, a policy), or blocked (an automation setting answers with nothing):
	// the manual still works online.
	const registration: ServiceWorkerRegistration | undefined = await container.register(`${base}sw.js`, { scope: base }).catch(() => undefined);
	if (!registration) return;
	registration.addEventListener('updatefound', () => {
		if (registration.installing) track(registration.installing);
	});
	if (registration.installing) track(registration.installing);
	if (registration.waiting && hadController) offerUpdate(registration.waiting);
	if (registration.active && !registration.installing) await showReady();
	else render();
}
