/**
 * The status bar's offer of a new edition: the waiting service worker takes over and the page
 * reloads only when the reader asks, so nothing reloads under a half-filled worksheet.
 */
export function updateButton(worker: ServiceWorker): HTMLButtonElement {
	const button = document.createElement('button');
	button.type = 'button';
	button.className = 'statusbar__update';
	button.textContent = 'New edition available — reload';
	button.addEventListener('click', () => {
		navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
		worker.postMessage({ type: 'SKIP_WAITING' });
	});
	return button;
}
