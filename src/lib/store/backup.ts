import { z } from 'astro/zod';
import type { Worksheet } from '../../schemas/worksheet.ts';
import { fieldsOf, fitsField } from '../answers.ts';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BACKUP_MAX_BYTES, type Backup } from './backup-format.ts';
import { isRecordKind, RECORD_KINDS, toolRecordKind } from './kinds.ts';
import { HEADER_MAX_LENGTH, isHeaderField, type StoreRecord } from './record.ts';
import { toolFieldMisfit } from './tool-kinds.ts';
import { findForbiddenKey } from './forbidden-keys.ts';
import { answerValueSchema } from './values.ts';

/** Checks a device backup file (`backup-format.ts`) before anything of it is imported. */
const entrySchema = z.strictObject({ value: answerValueSchema, updated: z.iso.datetime() });
const recordSchema = z.strictObject({
	kind: z.string(),
	id: z.string().min(1).max(200),
	version: z.string().max(40),
	fields: z.record(z.string(), entrySchema),
	orphaned: z.record(z.string(), entrySchema),
});
const backupSchema = z.strictObject({
	format: z.literal(BACKUP_FORMAT),
	formatVersion: z.literal(BACKUP_FORMAT_VERSION),
	exported: z.iso.datetime(),
	records: z.array(recordSchema),
});

/** What the checks need to know about the manual as built: each worksheet's definition by id. */
export interface BackupDefinitions {
	worksheet(id: string): Pick<Worksheet, 'sections' | 'title'> | undefined;
}

export type BackupCheck = { ok: true; backup: Backup } | { ok: false; reason: string };

const refuse = (reason: string): BackupCheck => ({ ok: false, reason: `${reason} Nothing was changed.` });

/**
 * Checks a whole backup file before anything is imported. Refuses, with a reason a clinician can
 * act on: more than 10 MB, not JSON, keys that could reach an object's prototype, another format,
 * a newer format version, a kind of record this edition does not know, and an answer that does
 * not fit its field. Answers to fields this edition's worksheet no longer has are accepted (they
 * are set aside when the worksheet is opened, never lost).
 */
export function parseBackup(text: string, definitions: BackupDefinitions): BackupCheck {
	const bytes = new TextEncoder().encode(text).byteLength;
	if (bytes > BACKUP_MAX_BYTES) return refuse(`This backup is ${(bytes / 1024 / 1024).toFixed(1)} MB; a device backup is at most 10 MB.`);
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return refuse('This file is not a kapkit device backup: it is not valid JSON.');
	}
	const forbidden = findForbiddenKey(data);
	if (forbidden) return refuse(`This backup holds the key "${forbidden.at(-1)}" (at ${forbidden.join('.')}), which a backup never contains.`);
	if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== BACKUP_FORMAT) return refuse('This file is not a kapkit device backup (its "format" is not "kapkit-device-backup").');
	const version = (data as { formatVersion?: unknown }).formatVersion;
	if (typeof version === 'number' && version > BACKUP_FORMAT_VERSION) return refuse(`This backup was written by a newer edition (format version ${version}; this edition reads version ${BACKUP_FORMAT_VERSION}). Update the manual, then import it.`);
	const parsed = backupSchema.safeParse(data);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		return refuse(`This backup is damaged (at ${issue.path.join('.') || 'the top'}): ${issue.message}.`);
	}
	const seen = new Set<string>();
	for (const [index, record] of parsed.data.records.entries()) {
		const where = `records.${index}`;
		if (!isRecordKind(record.kind)) return refuse(`This backup holds a record of kind "${record.kind}" (at ${where}), which this edition does not know (it knows: ${RECORD_KINDS.join(', ')}).`);
		const key = `${record.kind}/${record.id}`;
		if (seen.has(key)) return refuse(`This backup holds the ${record.kind} "${record.id}" twice (at ${where}).`);
		seen.add(key);
		const misfit = misfitAnswer(record as StoreRecord, definitions);
		if (misfit) return refuse(misfit);
	}
	return { ok: true, backup: { ...parsed.data, records: parsed.data.records as StoreRecord[] } };
}

function misfitAnswer(record: StoreRecord, definitions: BackupDefinitions): string | undefined {
	const tool = toolRecordKind(record.kind);
	if (tool) {
		for (const [fieldId, { value }] of Object.entries({ ...record.fields, ...record.orphaned })) {
			const misfit = toolFieldMisfit(tool, fieldId, value);
			if (misfit) return `${misfit} (record "${record.id}" in this backup)`;
		}
		return undefined;
	}
	const worksheet = definitions.worksheet(record.id);
	const fields = worksheet ? fieldsOf(worksheet) : new Map();
	for (const [fieldId, { value }] of Object.entries(record.fields)) {
		if (isHeaderField(fieldId)) {
			if (typeof value !== 'string' || value.length > HEADER_MAX_LENGTH[fieldId]!) return `The ${fieldId === 'header:client' ? 'client' : 'date'} at the top of "${worksheet?.title ?? record.id}" in this backup is not text of at most ${HEADER_MAX_LENGTH[fieldId]} characters.`;
			continue;
		}
		const field = fields.get(fieldId);
		if (field && !fitsField(field, value)) return `The answer to "${field.label}" in "${worksheet!.title}" in this backup is not a possible answer to that question.`;
	}
	return undefined;
}

