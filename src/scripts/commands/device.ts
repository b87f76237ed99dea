import type { Command } from '../../lib/commands';

declare module '../../lib/commands' {
	interface CommandIds {
		device: 'device.backup' | 'device.lock-now';
	}
}

/** Registered on every page: a backup of the whole device is one command away. */
export const backUpCommand = (backUp: () => void): Command => ({ id: 'device.backup', title: 'Device: Back Up…', run: backUp });

/** Registered only while a passphrase is set (there is nothing to lock otherwise). */
export const lockNowCommand = (lockNow: () => void): Command => ({ id: 'device.lock-now', title: 'Device: Lock Now', run: lockNow });
