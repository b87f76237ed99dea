import type { Worksheet } from '../../schemas/worksheet.ts';
import { fieldsOf, fitsField, type Answers, type SavedAnswers } from '../answers.ts';
import { HEADER_FIELDS, HEADER_MAX_LENGTH, isHeaderField, lastUpdated, newer, type FieldEntry, type StoreRecord } from './record.ts';

/** A worksheet record against the worksheet as built: which answers fit, and the form's view of it. */

const fitsHeader = (fieldId: string, value: unknown) => typeof value === 'string' && value.length <= HEADER_MAX_LENGTH[fieldId]!;

/** Whether a value may be stored under `fieldId` of this worksheet (header values included). */
export function fitsWorksheetField(worksheet: Pick<Worksheet, 'sections'>, fieldId: string, value: unknown): boolean {
	if (isHeaderField(fieldId)) return fitsHeader(fieldId, value);
	const field = fieldsOf(worksheet).get(fieldId);
	return field !== undefined && fitsField(field, value);
}

/**
 * Fits a record to the worksheet as it is now: answers that no longer fit move to `orphaned`,
 * set-aside answers that fit again come back (unless a newer answer took their place).
 */
export function fitToWorksheet(record: StoreRecord, worksheet: Pick<Worksheet, 'sections' | 'version'>): StoreRecord {
	const fields: Record<string, FieldEntry> = {};
	const orphaned: Record<string, FieldEntry> = {};
	const setAside = (fieldId: string, entry: FieldEntry) => {
		const present = orphaned[fieldId];
		orphaned[fieldId] = present ? newer(present, entry) : entry;
	};
	for (const [fieldId, entry] of Object.entries(record.fields)) {
		if (fitsWorksheetField(worksheet, fieldId, entry.value)) fields[fieldId] = entry;
		else setAside(fieldId, entry);
	}
	for (const [fieldId, entry] of Object.entries(record.orphaned)) {
		const current = fields[fieldId];
		if (fitsWorksheetField(worksheet, fieldId, entry.value) && (!current || entry.updated > current.updated)) {
			fields[fieldId] = entry;
			if (current) setAside(fieldId, current);
		} else setAside(fieldId, entry);
	}
	return { ...record, version: worksheet.version, fields, orphaned };
}

/** The record as the worksheet form reads it today (`SavedAnswers`), after fitting it to the worksheet. */
export function toSavedAnswers(record: StoreRecord, worksheet: Pick<Worksheet, 'sections' | 'version'>): SavedAnswers {
	const fitted = fitToWorksheet(record, worksheet);
	const answers: Answers = {};
	const header = { client: '', date: '' };
	for (const [fieldId, entry] of Object.entries(fitted.fields)) {
		if (fieldId === HEADER_FIELDS.client) header.client = entry.value as string;
		else if (fieldId === HEADER_FIELDS.date) header.date = entry.value as string;
		else answers[fieldId] = entry.value;
	}
	const orphaned: Answers = Object.fromEntries(Object.entries(fitted.orphaned).map(([fieldId, entry]) => [fieldId, entry.value]));
	return { worksheetVersion: fitted.version, updated: lastUpdated(fitted), header, answers, orphaned };
}
