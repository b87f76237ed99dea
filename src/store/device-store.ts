import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { applyBackup, toBackup, type Backup, type ImportMode } from '../lib/store/backup-format.ts';
import { newLock, open, seal, unlockKey, type LockSettings, type Sealed } from '../lib/store/crypto.ts';
import { STORAGE } from '../lib/layout-state.ts';
import { IDLE_LOCK_DEFAULT_MINUTES, storageStatus, type StorageStatus } from '../lib/store/policy.ts';
import { lastUpdated, type Conflict, type FieldEntry, type RecordKind, type RecordOf, type StoreRecord } from '../lib/store/record.ts';
import type { Answer } from '../lib/answers.ts';

/**
 * The device store: everything a reader types, in IndexedDB, never sent anywhere. Writes are per
 * field, in a transaction that reads the latest record first, so two windows never overwrite each
 * other. With a passphrase set, every value is sealed at rest (AES-GCM); what stays readable is the
 * index: kinds, ids, field ids and times. Ids of future tool records must therefore not be client
 * labels: keep labels inside the record's values.
 */

interface SealedEntry {
	updated: string;
	sealed: Sealed;
}
type StoredEntry = FieldEntry | SealedEntry;
interface StoredRecord extends RecordOf<StoredEntry> {
	/** Raised on every write: a multi-record rewrite checks nobody wrote in between. */
	rev: number;
	updated: string;
}

/**
 * The key of an unlocked store, kept (non-extractable: script can use it, never read it out) so
 * that opening another page does not ask for the passphrase again; it expires with the idle time.
 */
interface UnlockedKey {
	key: CryptoKey;
	salt: Uint8Array<ArrayBuffer>;
	/** Epoch milliseconds after which the store is locked again. */
	expires: number;
}

interface StoreSchema extends DBSchema {
	records: { key: [string, string]; value: StoredRecord };
	meta: { key: 'lock'; value: LockSettings };
	unlocked: { key: 'key'; value: UnlockedKey };
}

export const DEFAULT_STORE_NAME = 'kapkit';
const DB_VERSION = 2;
const CHANNEL = 'kapkit:store';
/** Another window may write between our read and our write; a few tries always suffice in practice. */
const ATTEMPTS = 5;

/** Told to other windows (and this one's listeners): ids only, never an answer. */
export type StoreChange = { type: 'field'; kind: RecordKind; id: string; fieldId: string } | { type: 'record'; kind: RecordKind; id: string } | { type: 'all' } | { type: 'locked' } | { type: 'unlocked' } | { type: 'status' };

export interface RecordSummary {
	kind: RecordKind;
	id: string;
	updated: string;
	fieldCount: number;
}

export class StoreLockedError extends Error {
	constructor() {
		super('The answers on this device are locked: unlock with the passphrase to read or change them.');
		this.name = 'StoreLockedError';
	}
}

export class StoreQuotaError extends Error {
	constructor(cause: unknown) {
		super('This device has no room left for answers: the last change was not saved. Export a backup, then free some space.', { cause });
		this.name = 'StoreQuotaError';
	}
}

export class StoreUnavailableError extends Error {
	constructor(cause: unknown) {
		super('Answers cannot be saved on this device: the browser does not allow storage here (private window or storage turned off).', { cause });
		this.name = 'StoreUnavailableError';
	}
}

/** Another window kept changing the store while this one tried to write: nothing was half-written. */
export class StoreBusyError extends Error {
	constructor() {
		super('The answers kept changing in another window; this change was not saved. Try again.');
		this.name = 'StoreBusyError';
	}
}

export interface StoreOptions {
	/** The IndexedDB database name; tests give each store its own. */
	name?: string;
	/** PBKDF2 iterations for a new passphrase; never below the production default outside tests. */
	iterations?: number;
	now?: () => Date;
	storageManager?: Pick<StorageManager, 'persist' | 'persisted'>;
	/** How long an unlock lasts without activity (the reader's idle-lock choice); 15 minutes if not given. */
	idleMinutes?: () => number;
}

export interface LegacyMigration {
	/** Worksheet ids moved into the store and removed from localStorage. */
	moved: string[];
	/** Records left where they were, with why. */
	unreadable: { id: string; reason: string }[];
	/** True when the store is locked: nothing was moved; try again after unlocking. */
	deferred: boolean;
}

const isQuotaError = (error: unknown) => error instanceof DOMException && error.name === 'QuotaExceededError';
const isSealed = (entry: StoredEntry): entry is SealedEntry => 'sealed' in entry;
const entryContext = (kind: string, id: string, part: string, fieldId: string, updated: string) => JSON.stringify([kind, id, part, fieldId, updated]);
const sameSalt = (a: LockSettings | undefined, b: LockSettings | undefined) => (a === undefined || b === undefined ? a === b : a.salt.length === b.salt.length && a.salt.every((byte, index) => byte === b.salt[index]));

export async function openStore(options: StoreOptions = {}): Promise<DeviceStore> {
	let db: IDBPDatabase<StoreSchema>;
	try {
		db = await openDB<StoreSchema>(options.name ?? DEFAULT_STORE_NAME, DB_VERSION, {
			upgrade(database, oldVersion) {
				if (oldVersion < 1) {
					database.createObjectStore('records', { keyPath: ['kind', 'id'] });
					database.createObjectStore('meta');
				}
				if (oldVersion < 2) database.createObjectStore('unlocked');
			},
		});
	} catch (error) {
		throw new StoreUnavailableError(error);
	}
	const store = new DeviceStore(db, options.name ?? DEFAULT_STORE_NAME, options);
	await Promise.all([store.refreshPersisted(), store.resumeUnlocked()]);
	return store;
}

export class DeviceStore {
	#db: IDBPDatabase<StoreSchema>;
	#now: () => Date;
	#iterations: number | undefined;
	#storageManager: StoreOptions['storageManager'];
	#idleMs: () => number;
	#channel: BroadcastChannel | undefined;
	#listeners = new Set<(change: StoreChange) => void>();
	/** The unlocked key and the lock it opens; dropped on lock. */
	#unlocked: { key: CryptoKey; settings: LockSettings } | undefined;
	#persisted: boolean | undefined;
	#askedToPersist = false;
	#lastWriteFailed = false;

	constructor(db: IDBPDatabase<StoreSchema>, name: string, options: StoreOptions) {
		this.#db = db;
		this.#now = options.now ?? (() => new Date());
		this.#iterations = options.iterations;
		this.#storageManager = options.storageManager ?? globalThis.navigator?.storage;
		this.#idleMs = () => (options.idleMinutes?.() ?? IDLE_LOCK_DEFAULT_MINUTES) * 60_000;
		if (typeof BroadcastChannel === 'function') {
			this.#channel = new BroadcastChannel(`${CHANNEL}:${name}`);
			this.#channel.onmessage = (event: MessageEvent<StoreChange>) => {
				if (event.data.type === 'locked') this.#unlocked = undefined;
				this.#tell(event.data);
			};
		}
	}

	/** Calls `listener` on every change made here or in another window. Returns the unsubscribe. */
	onChange(listener: (change: StoreChange) => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	status(): StorageStatus {
		return storageStatus({ open: true, lastWriteFailed: this.#lastWriteFailed, persisted: this.#persisted });
	}

	async refreshPersisted(): Promise<void> {
		try {
			this.#persisted = await this.#storageManager?.persisted();
		} catch {
			this.#persisted = undefined;
		}
	}

	async read(kind: RecordKind, id: string): Promise<StoreRecord | undefined> {
		const stored = await this.#db.get('records', [kind, id]);
		return stored && this.#openRecord(stored, this.#unlocked);
	}

	/** Every record's kind, id and last change: readable while locked (it holds no answer). */
	async list(kind?: RecordKind): Promise<RecordSummary[]> {
		const all = await this.#db.getAll('records');
		return all.filter((record) => kind === undefined || record.kind === kind).map((record) => ({ kind: record.kind, id: record.id, updated: record.updated, fieldCount: Object.keys(record.fields).length }));
	}

	/**
	 * Saves one field. The transaction reads the record as it is now and changes only this field,
	 * so a field another window saved meanwhile stays; a newer answer to the same field is kept.
	 * `updated` is now, unless the answer was typed earlier (a journal note written late).
	 */
	async writeField(kind: RecordKind, id: string, fieldId: string, value: Answer, version?: string, updated = this.#now().toISOString()): Promise<void> {
		for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
			const lock = await this.#lockSettings();
			const entry: StoredEntry = lock ? { updated, sealed: await seal(this.#keyFor(lock), value, entryContext(kind, id, 'fields', fieldId, updated)) } : { value, updated };
			const done = await this.#write(async () => {
				const tx = this.#db.transaction(['records', 'meta'], 'readwrite');
				if (!sameSalt(await tx.objectStore('meta').get('lock'), lock)) {
					tx.abort();
					await tx.done.catch(() => undefined);
					return false;
				}
				const records = tx.objectStore('records');
				const stored: StoredRecord = (await records.get([kind, id])) ?? { kind, id, version: version ?? '', fields: {}, orphaned: {}, rev: 0, updated: '' };
				const present = stored.fields[fieldId];
				if (!present || present.updated <= updated) {
					const next: StoredRecord = { ...stored, version: version ?? stored.version, fields: { ...stored.fields, [fieldId]: entry }, rev: stored.rev + 1 };
					await records.put({ ...next, updated: lastUpdated(next) });
				}
				await tx.done;
				return true;
			});
			if (done) {
				this.#announce({ type: 'field', kind, id, fieldId });
				await this.#askToPersist();
				return;
			}
		}
		throw new StoreBusyError();
	}

	async clear(kind: RecordKind, id: string): Promise<void> {
		await this.#write(() => this.#db.delete('records', [kind, id]));
		this.#announce({ type: 'record', kind, id });
	}

	/** Removes every record of one kind (all worksheet answers, say), leaving the other kinds and the lock. */
	async clearKind(kind: RecordKind): Promise<number> {
		let cleared = 0;
		await this.#write(async () => {
			const tx = this.#db.transaction('records', 'readwrite');
			let cursor = await tx.store.openCursor();
			while (cursor) {
				if (cursor.value.kind === kind) {
					await cursor.delete();
					cleared++;
				}
				cursor = await cursor.continue();
			}
			await tx.done;
		});
		this.#announce({ type: 'all' });
		return cleared;
	}

	/**
	 * Replaces one record with `record` (a file imported into one worksheet), in one transaction:
	 * sealed with the lock if one is set. Other records are untouched.
	 */
	async replace(record: StoreRecord): Promise<void> {
		const lock = await this.#lockSettings();
		// Sealed before the transaction: an IndexedDB transaction closes while WebCrypto works.
		const sealed = await this.#sealRecord(record, lock ? this.#keyFor(lock) : undefined, 0);
		await this.#write(async () => {
			const tx = this.#db.transaction(['records', 'meta'], 'readwrite');
			const records = tx.objectStore('records');
			const [present, presentLock] = await Promise.all([records.get([record.kind, record.id]), tx.objectStore('meta').get('lock')]);
			if (!sameSalt(presentLock, lock)) {
				tx.abort();
				await tx.done.catch(() => undefined);
				throw new StoreBusyError();
			}
			await Promise.all([records.put({ ...sealed, rev: (present?.rev ?? 0) + 1 }), tx.done]);
		});
		this.#announce({ type: 'record', kind: record.kind, id: record.id });
	}

	/** Removes everything, the passphrase too: the way out when a passphrase is forgotten. */
	async clearAll(): Promise<void> {
		await this.#write(async () => {
			const tx = this.#db.transaction(['records', 'meta', 'unlocked'], 'readwrite');
			await Promise.all([tx.objectStore('records').clear(), tx.objectStore('meta').clear(), tx.objectStore('unlocked').clear(), tx.done]);
		});
		this.#unlocked = undefined;
		this.#announce({ type: 'all' });
	}

	async exportBackup(): Promise<Backup> {
		const { records } = await this.#snapshot();
		return toBackup(records, this.#now());
	}

	/** Imports a backup `parseBackup` accepted: merged field by field (conflicts listed) or replacing everything. */
	async importBackup(backup: Backup, mode: ImportMode): Promise<{ conflicts: Conflict[] }> {
		let conflicts: Conflict[] = [];
		await this.#rewriteAll((current) => {
			const result = applyBackup(current, backup, mode);
			conflicts = result.conflicts;
			return result.records;
		});
		this.#announce({ type: 'all' });
		return { conflicts };
	}

	/**
	 * Moves edition 2026.1's answers (`kapkit:answers:<id>` in localStorage) into the store, merged
	 * with anything already there, and removes each old key only once the write has committed.
	 */
	async migrateLegacy(storage: Pick<Storage, 'length' | 'key' | 'getItem' | 'removeItem'>): Promise<LegacyMigration> {
		const keys = Array.from({ length: storage.length }, (_, index) => storage.key(index)).filter((key): key is string => key?.startsWith(STORAGE.answers) ?? false);
		if (keys.length === 0) return { moved: [], unreadable: [], deferred: false };
		// The old format's checks (and their schemas) load only on a device that still has old answers.
		const { fromLegacy, legacyWorksheetId } = await import('../lib/store/legacy.ts');
		const found: { key: string; record: StoreRecord }[] = [];
		const unreadable: LegacyMigration['unreadable'] = [];
		for (const key of keys) {
			const id = legacyWorksheetId(key);
			if (id === undefined) continue;
			const result = fromLegacy(id, storage.getItem(key) ?? '');
			if (result.ok) found.push({ key, record: result.record });
			else unreadable.push({ id, reason: result.reason });
		}
		if (found.length === 0) return { moved: [], unreadable, deferred: false };
		if (await this.isLocked()) return { moved: [], unreadable, deferred: true };
		await this.#rewriteAll((current) => applyBackup(current, toBackup(found.map(({ record }) => record), this.#now()), 'merge').records);
		for (const { key } of found) storage.removeItem(key);
		this.#announce({ type: 'all' });
		return { moved: found.map(({ record }) => record.id), unreadable, deferred: false };
	}

	async hasPassphrase(): Promise<boolean> {
		return (await this.#lockSettings()) !== undefined;
	}

	/** Whether answers are sealed and this window holds no key for them. */
	async isLocked(): Promise<boolean> {
		const lock = await this.#lockSettings();
		return lock !== undefined && !sameSalt(lock, this.#unlocked?.settings);
	}

	/**
	 * Sets (or changes, when unlocked) the passphrase and seals every stored value with the new key
	 * in one transaction. A forgotten passphrase cannot be recovered: the UI says so and offers an
	 * export first.
	 */
	async setPassphrase(passphrase: string): Promise<void> {
		const fresh = await newLock(passphrase, this.#iterations);
		await this.#rewriteAll((current) => current, fresh);
		this.#unlocked = fresh;
		await this.#keepKey();
		this.#announce({ type: 'all' });
	}

	/** Unlocks with the passphrase; a wrong one throws WrongPassphraseError and changes nothing. */
	async unlock(passphrase: string): Promise<void> {
		const lock = await this.#lockSettings();
		if (!lock) return;
		this.#unlocked = { key: await unlockKey(passphrase, lock), settings: lock };
		await this.#keepKey();
		// This window only: other windows keep their own lock until their reader unlocks them.
		this.#tell({ type: 'unlocked' });
	}

	/**
	 * Takes up an unlock made on an earlier page of this browser, if its idle time has not run out,
	 * so moving between pages does not ask for the passphrase again. An expired one is deleted.
	 */
	async resumeUnlocked(): Promise<void> {
		const [lock, kept] = await Promise.all([this.#lockSettings(), this.#db.get('unlocked', 'key')]);
		if (!kept) return;
		if (lock && kept.expires > this.#now().getTime() && sameSalt(lock, { ...lock, salt: kept.salt })) this.#unlocked = { key: kept.key, settings: lock };
		else await this.#db.delete('unlocked', 'key');
	}

	/** When the kept unlock runs out (activity in any window of this browser moves it on), if one is kept. */
	async unlockedUntil(): Promise<number | undefined> {
		return (await this.#db.get('unlocked', 'key'))?.expires;
	}

	/** The reader is still here: the unlock lasts the idle time from now. */
	async stillActive(): Promise<void> {
		if (this.#unlocked) await this.#keepKey();
	}

	/** Forgets the key here, in every other window and on the device. */
	async lock(): Promise<void> {
		this.#unlocked = undefined;
		await this.#db.delete('unlocked', 'key').catch(() => undefined);
		this.#announce({ type: 'locked' });
	}

	async #keepKey() {
		if (!this.#unlocked) return;
		const kept: UnlockedKey = { key: this.#unlocked.key, salt: this.#unlocked.settings.salt, expires: this.#now().getTime() + this.#idleMs() };
		await this.#db.put('unlocked', kept, 'key').catch(() => undefined);
	}

	close(): void {
		this.#channel?.close();
		this.#db.close();
	}

	#tell(change: StoreChange) {
		for (const listener of this.#listeners) listener(change);
	}

	#announce(change: StoreChange) {
		this.#tell(change);
		this.#channel?.postMessage(change);
	}

	#lockSettings(): Promise<LockSettings | undefined> {
		return this.#db.get('meta', 'lock');
	}

	#keyFor(lock: LockSettings): CryptoKey {
		if (!this.#unlocked || !sameSalt(lock, this.#unlocked.settings)) throw new StoreLockedError();
		return this.#unlocked.key;
	}

	/** Runs a write, turning a full device into StoreQuotaError and remembering the outcome for the status. */
	async #write<T>(run: () => Promise<T>): Promise<T> {
		try {
			const result = await run();
			this.#lastWriteFailed = false;
			return result;
		} catch (error) {
			this.#lastWriteFailed = true;
			this.#tell({ type: 'status' });
			if (isQuotaError(error) || (error instanceof Error && isQuotaError(error.cause))) throw new StoreQuotaError(error);
			throw error;
		}
	}

	async #askToPersist() {
		if (this.#askedToPersist || !this.#storageManager) return;
		this.#askedToPersist = true;
		try {
			this.#persisted = (await this.#storageManager.persisted()) || (await this.#storageManager.persist());
		} catch {
			this.#persisted = undefined;
		}
		this.#tell({ type: 'status' });
	}

	async #openRecord(stored: StoredRecord, unlocked: { key: CryptoKey; settings: LockSettings } | undefined): Promise<StoreRecord> {
		const openPart = async (part: 'fields' | 'orphaned') => {
			const entries: Record<string, FieldEntry> = {};
			for (const [fieldId, entry] of Object.entries(stored[part])) {
				if (!isSealed(entry)) entries[fieldId] = entry;
				else if (!unlocked) throw new StoreLockedError();
				else entries[fieldId] = { value: (await open(unlocked.key, entry.sealed, entryContext(stored.kind, stored.id, part, fieldId, entry.updated))) as Answer, updated: entry.updated };
			}
			return entries;
		};
		return { kind: stored.kind, id: stored.id, version: stored.version, fields: await openPart('fields'), orphaned: await openPart('orphaned') };
	}

	async #sealRecord(record: StoreRecord, key: CryptoKey | undefined, rev: number): Promise<StoredRecord> {
		const sealPart = async (part: 'fields' | 'orphaned') => {
			const entries: Record<string, StoredEntry> = {};
			for (const [fieldId, entry] of Object.entries(record[part])) {
				entries[fieldId] = key ? { updated: entry.updated, sealed: await seal(key, entry.value, entryContext(record.kind, record.id, part, fieldId, entry.updated)) } : entry;
			}
			return entries;
		};
		return { kind: record.kind, id: record.id, version: record.version, fields: await sealPart('fields'), orphaned: await sealPart('orphaned'), rev, updated: lastUpdated(record) };
	}

	/** Every record, opened, with the lock and the revisions it was read at. */
	async #snapshot() {
		const tx = this.#db.transaction(['records', 'meta'], 'readonly');
		const [lock, stored] = await Promise.all([tx.objectStore('meta').get('lock'), tx.objectStore('records').getAll(), tx.done]);
		const unlocked = lock ? { key: this.#keyFor(lock), settings: lock } : undefined;
		const records = await Promise.all(stored.map((record) => this.#openRecord(record, unlocked)));
		return { lock, revs: new Map(stored.map((record) => [`${record.kind}/${record.id}`, record.rev])), records };
	}

	/**
	 * Replaces every record with `next(current)` (sealed with `newLock` if given, else the current
	 * lock), in one transaction that first checks no window wrote since the records were read.
	 */
	async #rewriteAll(next: (current: StoreRecord[]) => StoreRecord[], newLock?: { key: CryptoKey; settings: LockSettings }): Promise<void> {
		for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
			const snapshot = await this.#snapshot();
			const lock = newLock ?? (snapshot.lock ? { key: this.#keyFor(snapshot.lock), settings: snapshot.lock } : undefined);
			const sealed = await Promise.all(next(snapshot.records).map((record) => this.#sealRecord(record, lock?.key, (snapshot.revs.get(`${record.kind}/${record.id}`) ?? 0) + 1)));
			const done = await this.#write(async () => {
				const tx = this.#db.transaction(['records', 'meta'], 'readwrite');
				const records = tx.objectStore('records');
				const [presentLock, present] = await Promise.all([tx.objectStore('meta').get('lock'), records.getAll()]);
				const unchanged = sameSalt(presentLock, snapshot.lock) && present.length === snapshot.revs.size && present.every((record) => snapshot.revs.get(`${record.kind}/${record.id}`) === record.rev);
				if (!unchanged) {
					tx.abort();
					await tx.done.catch(() => undefined);
					return false;
				}
				const writes: Promise<unknown>[] = [records.clear(), ...sealed.map((record) => records.put(record))];
				if (lock) writes.push(tx.objectStore('meta').put(lock.settings, 'lock'));
				await Promise.all([...writes, tx.done]);
				return true;
			});
			if (done) return;
		}
		throw new StoreBusyError();
	}
}
