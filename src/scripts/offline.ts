import { pageData } from './page-data';
import { statusBar, type StatusEntryAccessor } from './status-bar';

/**
 * Registers the service worker and keeps the status bar's offline item true: "Saving for offline
 * use…", "Offline ready · 2.1 MB", "Offline" while the network is down, and "New edition
 * available — reload" when an update waits. The update is applied only when the reader asks, so
 * nothing reloads under a half-filled worksheet.
 */
export function mountOffline(): void {
	// Nothing here is needed before the page is usable: load Workbox's window helper afterwards.
	if (document.readyState === 'complete') void start();
	else window.addEventListener('load', () => void start(), { once: true });
}

async function start(): Promise<void> {
	const { Workbox } = await import('workbox-window');
	const { base } = pageData();
	if (!('serviceWorker' in navigator)) return;

	let ready = '';
	let waiting: (() => void) | undefined;
	let entry: StatusEntryAccessor | undefined;
	const render = () => {
		let content: string | Node[];
		if (waiting) {
			const button = document.createElement('button');
			button.type = 'button';
			button.className = 'statusbar__update';
			button.textContent = 'New edition available — reload';
			button.addEventListener('click', waiting);
			content = navigator.onLine ? [button] : [button, document.createTextNode(' · Offline')];
		} else if (!navigator.onLine) content = ready ? `Offline · ${ready}` : 'Offline';
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

	const workbox = new Workbox(`${base}sw.js`, { scope: base });
	workbox.addEventListener('waiting', () => {
		waiting = () => {
			workbox.addEventListener('controlling', () => location.reload());
			workbox.messageSkipWaiting();
		};
		render();
	});
	workbox.addEventListener('activated', (event) => {
		if (!event.isUpdate) void showReady();
	});
	window.addEventListener('online', render);
	window.addEventListener('offline', render);
	void workbox.register().then(async (registration) => {
		if (registration?.active && !registration.installing) await showReady();
		else render();
	});
}
