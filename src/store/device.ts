import { idleLockMinutes } from '../lib/store/policy.ts';
import { openStore, type DeviceStore } from './device-store.ts';
import { local } from './web-storage.ts';
import { JOURNAL_PREFIX, parseJournal, unsavedNotes } from '../lib/store/journal.ts';

// One device store per window: the unlock key lives in the store object, so every part of the
// page (workbench lock, Device data page, forms) must share it or an unlock would not reach them.
let opened: Promise<DeviceStore> | undefined;

/**
 * The window's store, opened once. Answers an edition before 2026.2 kept in localStorage move into
 * it first (only if there are any), so nothing reads the store before they are there.
 */
export function deviceStore(): Promise<DeviceStore> {
	opened ??= openStore({ idleMinutes: readIdleMinutes }).then(async (store) => {
		const migrate = () => store.migrateLegacy(localStorage).catch(() => undefined);
		await migrate();
		await writeJournals(store).catch(() => undefined);
		// Old answers found while the store was locked wait for the unlock.
		store.onChange((change) => void (change.type === 'unlocked' && migrate()));
		return store;
	});
	return opened;
}

/**
 * Writes what a form noted but had not written when its page went away (lib/store/journal.ts),
 * each with the time it was typed, so it never replaces an answer saved after it; then drops the notes.
 */
export async function writeJournals(store: DeviceStore): Promise<void> {
	for (const key of local.keys().filter((name) => name.startsWith(JOURNAL_PREFIX))) {
		const id = key.slice(JOURNAL_PREFIX.length);
		if (!(await store.hasPassphrase())) {
			const notes = unsavedNotes(parseJournal(local.get(key)), await store.read('worksheet', id));
			for (const [fieldId, note] of notes) await store.writeField('worksheet', id, fieldId, note.value, undefined, note.updated);
		}
		local.remove(key);
	}
}

/** The idle time before the lock closes: a setting of this browser, not a secret, readable while locked. */
const IDLE_MINUTES_KEY = 'kapkit:device-lock-idle-minutes';
export const readIdleMinutes = () => idleLockMinutes(Number(local.get(IDLE_MINUTES_KEY) ?? Number.NaN));
export const saveIdleMinutes = (minutes: number) => local.set(IDLE_MINUTES_KEY, String(idleLockMinutes(minutes)));
