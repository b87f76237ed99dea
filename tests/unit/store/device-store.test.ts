import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseBackup } from '../../../src/lib/store/backup.ts';
import { PBKDF2_ITERATIONS, TamperedDataError, WrongPassphraseError } from '../../../src/lib/store/crypto.ts';
import { HEADER_FIELDS } from '../../../src/lib/store/record.ts';
import { toSavedAnswers } from '../../../src/lib/store/worksheet-record.ts';
import { openStore, StoreLockedError, StoreQuotaError, StoreUnavailableError, type DeviceStore, type StoreChange, type StoreOptions } from '../../../src/store/device-store.ts';
import { definitions, sheet } from './helpers.ts';

const FAST = 1_000;
let dbCount = 0;
const opened: DeviceStore[] = [];

/** Two `open` calls with one name are two windows of one browser profile. */
async function windows(count: number, options: StoreOptions = {}) {
	const name = `kapkit-test-${++dbCount}`;
	const stores = await Promise.all(Array.from({ length: count }, () => openStore({ name, iterations: FAST, ...options })));
	opened.push(...stores);
	return { name, stores };
}

afterEach(() => {
	for (const store of opened.splice(0)) store.close();
	vi.restoreAllMocks();
});

/** Everything the database holds, as a reader of the disk would see it (bytes decoded as text). */
async function rawContents(name: string): Promise<string> {
	const db = await openDB(name);
	const dump = { records: await db.getAll('records'), meta: await db.getAll('meta') };
	db.close();
	return JSON.stringify(dump, (_key, value) => (value instanceof Uint8Array ? new TextDecoder().decode(value) : value));
}

function memoryStorage(entries: Record<string, string>) {
	const map = new Map(Object.entries(entries));
	return {
		map,
		get length() {
			return map.size;
		},
		key: (index: number) => [...map.keys()][index] ?? null,
		getItem: (key: string) => map.get(key) ?? null,
		removeItem: (key: string) => void map.delete(key),
	};
}

const nextMessage = (store: DeviceStore) => new Promise<StoreChange>((resolve) => store.onChange(resolve));

describe('device store: writing per field', () => {
	it('keeps every field when two windows type in turn, and both read them all', async () => {
		const { stores: [a, b] } = await windows(2);
		await a!.writeField('worksheet', 'vitals-log', 'name', 'Jo', '1.0');
		await b!.writeField('worksheet', 'vitals-log', 'notes', 'Calm');
		await a!.writeField('worksheet', 'vitals-log', 'mood', 7);
		for (const store of [a!, b!]) {
			const record = await store.read('worksheet', 'vitals-log');
			expect(Object.fromEntries(Object.entries(record!.fields).map(([id, entry]) => [id, entry.value]))).toEqual({ name: 'Jo', notes: 'Calm', mood: 7 });
		}
	});

	it('keeps every field when two windows write at the same moment', async () => {
		const { stores: [a, b] } = await windows(2);
		const ids = ['name', 'notes', 'signature', 'date', 'time', 'stable'];
		await Promise.all(ids.map((id, index) => (index % 2 ? a! : b!).writeField('worksheet', 'vitals-log', id, index % 2 ? '' : 'x')));
		expect(Object.keys((await a!.read('worksheet', 'vitals-log'))!.fields).sort()).toEqual([...ids].sort());
	});

	it('never replaces a newer answer with an older write', async () => {
		let minute = 30;
		const { stores: [a] } = await windows(1, { now: () => new Date(Date.UTC(2026, 10, 28, 9, minute)) });
		await a!.writeField('worksheet', 'vitals-log', 'notes', 'newer');
		minute = 10;
		await a!.writeField('worksheet', 'vitals-log', 'notes', 'older');
		expect((await a!.read('worksheet', 'vitals-log'))!.fields.notes!.value).toBe('newer');
	});

	it('tells other windows which field changed, never what was typed', async () => {
		const { stores: [a, b] } = await windows(2);
		const heard = nextMessage(b!);
		await a!.writeField('worksheet', 'vitals-log', 'notes', 'private words');
		const message = await heard;
		expect(message).toEqual({ type: 'field', kind: 'worksheet', id: 'vitals-log', fieldId: 'notes' });
		expect(JSON.stringify(message)).not.toContain('private words');
	});

	it('clears every record of one kind and keeps the lock; replaces one record, sealed, leaving the others', async () => {
		const { name, stores: [a] } = await windows(1);
		await a!.setPassphrase('pass phrase');
		await a!.writeField('worksheet', 'vitals-log', 'notes', 'Calm');
		await a!.writeField('worksheet', 'intention', 'words', 'Kinder');
		await a!.replace({ kind: 'worksheet', id: 'vitals-log', version: '2.0', fields: { mood: { value: 4, updated: '2026-11-28T09:00:00.000Z' } }, orphaned: {} });
		expect(await rawContents(name)).not.toContain('Calm');
		const replaced = (await a!.read('worksheet', 'vitals-log'))!;
		expect([replaced.version, Object.keys(replaced.fields)]).toEqual(['2.0', ['mood']]);
		expect((await a!.read('worksheet', 'intention'))!.fields.words!.value).toBe('Kinder');

		expect(await a!.clearKind('worksheet')).toBe(2);
		expect(await a!.list()).toEqual([]);
		expect(await a!.hasPassphrase()).toBe(true);
	});

	it('lists, clears one record, and clears everything', async () => {
		const { stores: [a] } = await windows(1, { now: () => new Date('2026-11-28T09:00:00.000Z') });
		await a!.writeField('worksheet', 'vitals-log', 'notes', 'x');
		await a!.writeField('worksheet', 'integration-notes', 'notes', 'y');
		expect(await a!.list('worksheet')).toEqual([
			{ kind: 'worksheet', id: 'integration-notes', updated: '2026-11-28T09:00:00.000Z', fieldCount: 1 },
			{ kind: 'worksheet', id: 'vitals-log', updated: '2026-11-28T09:00:00.000Z', fieldCount: 1 },
		]);
		await a!.clear('worksheet', 'vitals-log');
		expect(await a!.read('worksheet', 'vitals-log')).toBeUndefined();
		expect((await a!.list()).map((summary) => summary.id)).toEqual(['integration-notes']);
		await a!.clearAll();
		expect(await a!.list()).toEqual([]);
	});
});

describe('device store: storage that fails or may be cleared', () => {
	it('turns a full device into StoreQuotaError, keeps earlier answers, and reports unavailable', async () => {
		const { stores: [a] } = await windows(1);
		await a!.writeField('worksheet', 'vitals-log', 'name', 'Jo');
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		});
		await expect(a!.writeField('worksheet', 'vitals-log', 'notes', 'lost?')).rejects.toThrow(StoreQuotaError);
		expect(a!.status()).toBe('unavailable');
		vi.restoreAllMocks();
		expect((await a!.read('worksheet', 'vitals-log'))!.fields).toEqual({ name: { value: 'Jo', updated: expect.any(String) } });
		await a!.writeField('worksheet', 'vitals-log', 'notes', 'kept');
		expect(a!.status()).not.toBe('unavailable');
	});

	it('asks for persistent storage on the first save only, and says whether it got it', async () => {
		const granted = { persisted: vi.fn(async () => false), persist: vi.fn(async () => true) };
		const { stores: [a] } = await windows(1, { storageManager: granted });
		expect(a!.status()).toBe('may-be-cleared');
		expect(granted.persist).not.toHaveBeenCalled();
		await a!.writeField('worksheet', 'vitals-log', 'name', 'Jo');
		await a!.writeField('worksheet', 'vitals-log', 'notes', 'Calm');
		expect(granted.persist).toHaveBeenCalledTimes(1);
		expect(a!.status()).toBe('saved');

		const refused = { persisted: vi.fn(async () => false), persist: vi.fn(async () => false) };
		const { stores: [b] } = await windows(1, { storageManager: refused });
		await b!.writeField('worksheet', 'vitals-log', 'name', 'Jo');
		expect(b!.status()).toBe('may-be-cleared');
	});
});

const saved2026 = (client: string, notes: string) => JSON.stringify({ worksheetVersion: '1.0', updated: '2026-11-21T10:00:00.000Z', header: { client, date: '2026-11-21' }, answers: { notes, mood: 4 }, orphaned: { 'old-question': 'kept' } });

describe('device store: no storage at all', () => {
	it('says storage is unavailable when the database cannot open', async () => {
		vi.spyOn(indexedDB, 'open').mockImplementation(() => {
			throw new DOMException('The operation is insecure.', 'SecurityError');
		});
		await expect(openStore({ name: `kapkit-test-${++dbCount}` })).rejects.toThrow(StoreUnavailableError);
	});
});

describe('device store: upgrade from edition 2026.1', () => {
	it('moves every answer into the store, then removes only the old answer keys', async () => {
		const { stores: [a] } = await windows(1);
		const storage = memoryStorage({ 'kapkit:answers:vitals-log': saved2026('J. D.', 'Calm'), 'kapkit:answers:broken': '{oops', 'kapkit:theme': 'dark' });
		const result = await a!.migrateLegacy(storage);
		expect(result).toEqual({ moved: ['vitals-log'], unreadable: [{ id: 'broken', reason: 'the saved answers to "broken" are not valid JSON' }], deferred: false });
		expect([...storage.map.keys()]).toEqual(['kapkit:answers:broken', 'kapkit:theme']);
		expect(toSavedAnswers((await a!.read('worksheet', 'vitals-log'))!, sheet)).toEqual({ worksheetVersion: '1.0', updated: '2026-11-21T10:00:00.000Z', header: { client: 'J. D.', date: '2026-11-21' }, answers: { notes: 'Calm', mood: 4 }, orphaned: { 'old-question': 'kept' } });
	});

	it('keeps newer answers already in the store', async () => {
		const { stores: [a] } = await windows(1, { now: () => new Date('2026-11-28T09:00:00.000Z') });
		await a!.writeField('worksheet', 'vitals-log', 'notes', 'typed since');
		await a!.migrateLegacy(memoryStorage({ 'kapkit:answers:vitals-log': saved2026('', 'Calm') }));
		const record = (await a!.read('worksheet', 'vitals-log'))!;
		expect(record.fields.notes!.value).toBe('typed since');
		expect(record.fields.mood!.value).toBe(4);
	});

	it('leaves the old keys in place when the write fails', async () => {
		const { stores: [a] } = await windows(1);
		const storage = memoryStorage({ 'kapkit:answers:vitals-log': saved2026('J. D.', 'Calm') });
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		});
		await expect(a!.migrateLegacy(storage)).rejects.toThrow(StoreQuotaError);
		expect(storage.map.has('kapkit:answers:vitals-log')).toBe(true);
	});

	it('waits while the store is locked', async () => {
		const { stores: [a] } = await windows(1);
		await a!.setPassphrase('pass phrase');
		await a!.lock();
		const storage = memoryStorage({ 'kapkit:answers:vitals-log': saved2026('J. D.', 'Calm') });
		expect(await a!.migrateLegacy(storage)).toEqual({ moved: [], unreadable: [], deferred: true });
		expect(storage.map.size).toBe(1);
	});
});

describe('device store: backup', () => {
	it('exports, clears all, imports: identical', async () => {
		const { stores: [a] } = await windows(1);
		await a!.writeField('worksheet', 'vitals-log', HEADER_FIELDS.client, 'J. D.', '1.0');
		await a!.writeField('worksheet', 'vitals-log', 'vitals', { '0': { bp: '120/80' } });
		await a!.writeField('worksheet', 'integration-notes', 'notes', '<img src=x onerror=alert(1)>');
		const exported = await a!.exportBackup();
		await a!.clearAll();
		const checked = parseBackup(JSON.stringify(exported), definitions);
		if (!checked.ok) throw new Error(checked.reason);
		expect(await a!.importBackup(checked.backup, 'replace')).toEqual({ conflicts: [] });
		expect((await a!.exportBackup()).records).toEqual(exported.records);
	});

	it('merges, listing conflicts, and keeps what only this device has', async () => {
		let minute = 0;
		const { stores: [a] } = await windows(1, { now: () => new Date(Date.UTC(2026, 10, 28, 9, minute)) });
		await a!.writeField('worksheet', 'vitals-log', 'notes', 'from the backup');
		const backup = await a!.exportBackup();
		minute = 5;
		await a!.writeField('worksheet', 'vitals-log', 'notes', 'typed later');
		await a!.writeField('worksheet', 'vitals-log', 'name', 'Jo');
		const { conflicts } = await a!.importBackup(backup, 'merge');
		expect(conflicts.map(({ fieldId, kept, replaced }) => [fieldId, kept.value, replaced.value])).toEqual([['notes', 'typed later', 'from the backup']]);
		expect(Object.keys((await a!.read('worksheet', 'vitals-log'))!.fields).sort()).toEqual(['name', 'notes']);
	});
});

describe('device store: the lock', () => {
	it('uses the production iteration count unless a test passes its own', async () => {
		const name = `kapkit-test-${++dbCount}`;
		const store = await openStore({ name });
		opened.push(store);
		await store.setPassphrase('long enough');
		const db = await openDB(name);
		expect((await db.get('meta', 'lock')).iterations).toBe(PBKDF2_ITERATIONS);
		db.close();
	});

	it('keeps no answer readable at rest, refuses a wrong passphrase without change, opens with the right one', async () => {
		const { name, stores: [a] } = await windows(1);
		await a!.writeField('worksheet', 'vitals-log', 'notes', 'Felt calm after the dose');
		await a!.writeField('worksheet', 'vitals-log', HEADER_FIELDS.client, 'J. D.');
		expect(await rawContents(name)).toContain('Felt calm after the dose');
		await a!.setPassphrase('correct horse battery');
		await a!.writeField('worksheet', 'vitals-log', 'name', 'Jocelyn');
		await a!.lock();
		expect(await a!.isLocked()).toBe(true);
		const atRest = await rawContents(name);
		for (const typed of ['Felt calm', 'J. D.', 'Jocelyn']) expect(atRest).not.toContain(typed);
		await expect(a!.read('worksheet', 'vitals-log')).rejects.toThrow(StoreLockedError);
		await expect(a!.writeField('worksheet', 'vitals-log', 'notes', 'x')).rejects.toThrow(StoreLockedError);
		await expect(a!.exportBackup()).rejects.toThrow(StoreLockedError);
		expect((await a!.list()).map((summary) => summary.id)).toEqual(['vitals-log']);

		await expect(a!.unlock('wrong horse')).rejects.toThrow(WrongPassphraseError);
		expect(await rawContents(name)).toBe(atRest);
		expect(await a!.isLocked()).toBe(true);

		await a!.unlock('correct horse battery');
		expect(await a!.isLocked()).toBe(false);
		const fields = (await a!.read('worksheet', 'vitals-log'))!.fields;
		expect([fields.notes!.value, fields[HEADER_FIELDS.client]!.value, fields.name!.value]).toEqual(['Felt calm after the dose', 'J. D.', 'Jocelyn']);
	});

	it('locks every window on "Lock now", and another window needs the passphrase too', async () => {
		const { stores: [a, b] } = await windows(2);
		await a!.setPassphrase('shared device');
		expect(await b!.isLocked()).toBe(true);
		await b!.unlock('shared device');
		await b!.writeField('worksheet', 'vitals-log', 'notes', 'from b');
		const heard = nextMessage(b!);
		await a!.lock();
		expect(await heard).toEqual({ type: 'locked' });
		expect(await b!.isLocked()).toBe(true);
	});

	it('tells this window, and no other, when it unlocks, so its views can show the answers again', async () => {
		const { stores: [a, b] } = await windows(2);
		await a!.setPassphrase('shared device');
		await a!.lock();
		const heardHere: StoreChange[] = [];
		const heardThere: StoreChange[] = [];
		a!.onChange((change) => heardHere.push(change));
		b!.onChange((change) => heardThere.push(change));
		await a!.unlock('shared device');
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(heardHere).toEqual([{ type: 'unlocked' }]);
		// Earlier broadcasts (the passphrase, the lock) may still arrive there; the unlock never does.
		expect(heardThere).not.toContainEqual({ type: 'unlocked' });
		expect(await b!.isLocked()).toBe(true);
	});

	it('refuses to change the passphrase or import while locked, changing nothing', async () => {
		const { name, stores: [a] } = await windows(1);
		await a!.setPassphrase('pass phrase');
		await a!.writeField('worksheet', 'vitals-log', 'notes', 'Calm');
		await a!.lock();
		const atRest = await rawContents(name);
		await expect(a!.setPassphrase('taken over')).rejects.toThrow(StoreLockedError);
		await expect(a!.importBackup({ format: 'kapkit-device-backup', formatVersion: 1, exported: '2026-11-28T09:00:00.000Z', records: [] }, 'replace')).rejects.toThrow(StoreLockedError);
		expect(await rawContents(name)).toBe(atRest);
	});

	it('refuses a tampered value instead of half-reading it', async () => {
		const { name, stores: [a] } = await windows(1);
		await a!.setPassphrase('pass phrase');
		await a!.writeField('worksheet', 'vitals-log', 'notes', 'Calm');
		const db = await openDB(name);
		const stored = await db.get('records', ['worksheet', 'vitals-log']);
		stored.fields.notes.sealed.data[3] ^= 0x01;
		await db.put('records', stored);
		db.close();
		await expect(a!.read('worksheet', 'vitals-log')).rejects.toThrow(TamperedDataError);
	});

	it('keeps an unlock for pages opened later, until Lock now or the idle time runs out', async () => {
		let now = Date.parse('2026-11-28T09:00:00.000Z');
		const clock = { now: () => new Date(now), idleMinutes: () => 15 };
		const { name, stores: [a] } = await windows(1, clock);
		await a!.setPassphrase('shared device');
		await a!.writeField('worksheet', 'vitals-log', 'notes', 'Calm');
		const nextPage = async () => {
			const store = await openStore({ name, iterations: FAST, ...clock });
			opened.push(store);
			return store;
		};

		now += 14 * 60_000;
		const sameVisit = await nextPage();
		expect(await sameVisit.isLocked()).toBe(false);
		expect((await sameVisit.read('worksheet', 'vitals-log'))!.fields.notes!.value).toBe('Calm');
		expect(await rawContents(name)).not.toContain('shared device');

		await sameVisit.stillActive();
		now += 14 * 60_000;
		expect(await (await nextPage()).isLocked()).toBe(false);

		now += 16 * 60_000;
		expect(await (await nextPage()).isLocked()).toBe(true);
		expect(await a!.unlockedUntil()).toBeUndefined();

		await a!.unlock('shared device');
		expect(await (await nextPage()).isLocked()).toBe(false);
		await a!.lock();
		expect(await (await nextPage()).isLocked()).toBe(true);
	});

	it('changes the passphrase when unlocked, and clear all removes the lock for a forgotten one', async () => {
		const { stores: [a] } = await windows(1);
		await a!.setPassphrase('first');
		await a!.writeField('worksheet', 'vitals-log', 'notes', 'Calm');
		await a!.setPassphrase('second');
		await a!.lock();
		await expect(a!.unlock('first')).rejects.toThrow(WrongPassphraseError);
		await a!.unlock('second');
		expect((await a!.read('worksheet', 'vitals-log'))!.fields.notes!.value).toBe('Calm');
		await a!.lock();
		await a!.clearAll();
		expect(await a!.hasPassphrase()).toBe(false);
		expect(await a!.isLocked()).toBe(false);
	});
});
