import { withBase } from '../lib/format';
import { deviceInUse } from './device-in-use';
import { registerCommands } from './commands';
import { backUpCommand } from './commands/device';
import { pageData } from './page-data';

/**
 * The device lock in the workbench: "Device: Back Up…" on every page; while a passphrase is set,
 * "Device: Lock Now", a status bar entry, the idle lock and the unlock dialog (device-lock-ui.ts,
 * loaded only once this browser keeps a store, so a first visit carries none of it).
 */
export function mountDeviceLock(): void {
	const { base } = pageData();
	registerCommands([backUpCommand(() => location.assign(withBase(base, '/device/#backup')))]);
	void deviceInUse().then(async (device) => {
		if (!device) return;
		const [store, { DeviceLock }] = await Promise.all([device.deviceStore(), import('./device-lock-ui')]);
		new DeviceLock(store, base, device.readIdleMinutes).start();
	}).catch(() => undefined);
}
