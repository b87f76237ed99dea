import { DEFAULT_STORE_NAME } from '../store/store-name';

type DeviceModule = typeof import('../store/device');

let loading: Promise<DeviceModule | undefined> | undefined;

/**
 * The device store's module, loaded only where it has something to do: on a page with an island (a
 * worksheet form, a tool), or once this browser keeps a store. A first visit to a protocol page
 * then carries none of the store's code.
 */
export function deviceInUse(): Promise<DeviceModule | undefined> {
	loading ??= (async () => {
		const needed = document.querySelector('astro-island') !== null || (await storeExists());
		return needed ? import('../store/device') : undefined;
	})();
	return loading;
}

async function storeExists(): Promise<boolean> {
	// Where the browser cannot list its databases, assume there is one: the lock must never be skipped.
	if (typeof indexedDB?.databases !== 'function') return true;
	try {
		return (await indexedDB.databases()).some((database) => database.name === DEFAULT_STORE_NAME);
	} catch {
		return true;
	}
}
