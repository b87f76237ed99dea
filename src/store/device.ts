import { idleLockMinutes } from '../lib/store/policy.ts';
import { openStore, type DeviceStore } from './device-store.ts';
import { local } from './web-storage.ts';

// One device store per window: the unlock key lives in the store object, so every part of the
// page (workbench lock, Device data page, forms) must share it or an unlock would not reach them.
let opened: Promise<DeviceStore> | undefined;

export function deviceStore(): Promise<DeviceStore> {
	opened ??= openStore();
	return opened;
}

/** The idle time before the lock closes: a setting of this browser, not a secret, readable while locked. */
const IDLE_MINUTES_KEY = 'kapkit:device-lock-idle-minutes';
export const readIdleMinutes = () => idleLockMinutes(Number(local.get(IDLE_MINUTES_KEY) ?? Number.NaN));
export const saveIdleMinutes = (minutes: number) => local.set(IDLE_MINUTES_KEY, String(idleLockMinutes(minutes)));
