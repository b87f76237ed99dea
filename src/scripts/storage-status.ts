import { deviceInUse } from './device-in-use';

/**
 * Where the reader's answers stand, in the status bar (storage-status-entry.ts). Where nothing is
 * kept yet and the page has nothing to keep, the entry stays away, and so does its code.
 */
export function mountStorageStatus(): void {
	void deviceInUse().then(async (device) => {
		if (!device) return;
		const { startStorageStatus } = await import('./storage-status-entry');
		startStorageStatus(device);
	});
}
