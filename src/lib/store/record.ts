import type { toolRecordKinds } from './kinds.ts';
import type { Answer } from '../answers.ts';

/**
 * The device store's record model, free of schemas so every page's store code stays small. One record per worksheet, and one per tool record (plans,
 * measures, session logs: `kinds.ts`). Every value carries its own `updated` time, so two windows or a backup
 * merge field by field instead of one whole copy overwriting another.
 */
export type RecordKind = 'worksheet' | (typeof toolRecordKinds)[number]['kind'];

/** The worksheet header's two values live beside the answers under ids no field id can take. */
export const HEADER_FIELDS = { client: 'header:client', date: 'header:date' } as const;
export const HEADER_MAX_LENGTH: Record<string, number> = { [HEADER_FIELDS.client]: 200, [HEADER_FIELDS.date]: 40 };
export const isHeaderField = (fieldId: string) => fieldId in HEADER_MAX_LENGTH;

export interface FieldEntry {
	value: Answer;
	/** ISO 8601 time of the write; the later one wins a merge. */
	updated: string;
}

/** A record whose entries are `E`: plain `FieldEntry`s in memory, sealed ones at rest when locked. */
export interface RecordOf<E> {
	kind: RecordKind;
	id: string;
	/** The worksheet version the answers were last fitted to. */
	version: string;
	fields: Record<string, E>;
	/** Answers to fields a later version removed or changed so they no longer fit: kept, never lost. */
	orphaned: Record<string, E>;
}
export type StoreRecord = RecordOf<FieldEntry>;


/** The time of the newest entry, or '' for a record nothing was written to. */
export function lastUpdated(record: RecordOf<{ updated: string }>): string {
	let latest = '';
	for (const entry of [...Object.values(record.fields), ...Object.values(record.orphaned)]) if (entry.updated > latest) latest = entry.updated;
	return latest;
}

export function withField(record: StoreRecord, fieldId: string, value: Answer, updated: string): StoreRecord {
	return { ...record, fields: { ...record.fields, [fieldId]: { value, updated } } };
}

/** A stable text form of a value, so equal answers compare equal whatever their key order. */
export function canonical(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	if (typeof value === 'object' && value !== null) {
		return `{${Object.keys(value)
			.sort()
			.map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
			.join(',')}}`;
	}
	return JSON.stringify(value);
}

export interface Conflict {
	kind: RecordKind;
	id: string;
	fieldId: string;
	/** The answer kept (the newer one). */
	kept: FieldEntry;
	/** The answer set aside; the reader is shown it. */
	replaced: FieldEntry;
}

/** Which of two entries for one field wins: the newer; on the same time, a fixed order so merging is commutative. */
export function newer(a: FieldEntry, b: FieldEntry): FieldEntry {
	if (a.updated !== b.updated) return a.updated > b.updated ? a : b;
	return canonical(a.value) >= canonical(b.value) ? a : b;
}

function mergeEntries(record: { kind: RecordKind; id: string }, a: Record<string, FieldEntry>, b: Record<string, FieldEntry>, conflicts: Conflict[]) {
	const merged: Record<string, FieldEntry> = { ...a };
	for (const [fieldId, theirs] of Object.entries(b)) {
		const ours = merged[fieldId];
		if (!ours) {
			merged[fieldId] = theirs;
			continue;
		}
		const kept = newer(ours, theirs);
		merged[fieldId] = kept;
		if (canonical(ours.value) !== canonical(theirs.value)) conflicts.push({ kind: record.kind, id: record.id, fieldId, kept, replaced: kept === ours ? theirs : ours });
	}
	return merged;
}

/**
 * Merges two copies of one record field by field: the newer answer wins each field, and every
 * field where the two held different answers is listed as a conflict.
 */
export function mergeRecords(a: StoreRecord, b: StoreRecord): { record: StoreRecord; conflicts: Conflict[] } {
	if (a.kind !== b.kind || a.id !== b.id) throw new Error(`Cannot merge record ${a.kind}/${a.id} with ${b.kind}/${b.id}.`);
	const conflicts: Conflict[] = [];
	const fields = mergeEntries(a, a.fields, b.fields, conflicts);
	const orphaned = mergeEntries(a, a.orphaned, b.orphaned, conflicts);
	const version = a.version >= b.version ? a.version : b.version;
	return { record: { kind: a.kind, id: a.id, version, fields, orphaned }, conflicts };
}
