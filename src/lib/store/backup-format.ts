import { mergeRecords, type Conflict, type StoreRecord } from './record.ts';

/**
 * The device backup: one file holding every record of every kind the store keeps. Records carry
 * their kind, so plans, measures and session logs join the same file without a new format. This
 * part writes and applies a backup and needs no schema; `backup.ts` checks a file before import.
 */
export const BACKUP_FORMAT = 'kapkit-device-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const BACKUP_MAX_BYTES = 10 * 1024 * 1024;

export interface Backup {
	format: typeof BACKUP_FORMAT;
	formatVersion: typeof BACKUP_FORMAT_VERSION;
	exported: string;
	records: StoreRecord[];
}

export const toBackup = (records: StoreRecord[], now: Date): Backup => ({ format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, exported: now.toISOString(), records });
export const backupText = (backup: Backup) => JSON.stringify(backup, null, 1);

export type ImportMode = 'merge' | 'replace';

/**
 * What the store holds after importing a checked backup: `replace` keeps exactly the backup's
 * records; `merge` keeps every record of both, merged field by field, with the conflicts listed.
 */
export function applyBackup(current: StoreRecord[], backup: Backup, mode: ImportMode): { records: StoreRecord[]; conflicts: Conflict[] } {
	if (mode === 'replace') return { records: backup.records, conflicts: [] };
	const merged = new Map(current.map((record) => [`${record.kind}/${record.id}`, record]));
	const conflicts: Conflict[] = [];
	for (const incoming of backup.records) {
		const key = `${incoming.kind}/${incoming.id}`;
		const present = merged.get(key);
		if (!present) {
			merged.set(key, incoming);
			continue;
		}
		const result = mergeRecords(present, incoming);
		merged.set(key, result.record);
		conflicts.push(...result.conflicts);
	}
	return { records: [...merged.values()], conflicts };
}
