import { z } from 'astro/zod';
import { answerSchema, fitsField, type Answer } from '../fields/registry.ts';
import type { Worksheet } from '../schemas/worksheet.ts';
import { STORAGE } from './layout-state.ts';

/**
 * Answers to a worksheet, kept on the device only. Keyed by the worksheet's id and the fields'
 * stable ids; answers to fields a later version removed are kept aside ("orphaned"), never lost.
 */
export type Answers = Record<string, Answer>;

export interface SavedAnswers {
	worksheetVersion: string;
	updated: string;
	/** Client name or initials, and the date, printed at the top. */
	header: { client: string; date: string };
	answers: Answers;
	orphaned: Answers;
}

export const ANSWERS_PREFIX = STORAGE.answers;
export const EXPORT_FORMAT = 'kapkit-worksheet-answers';
export const EXPORT_FORMAT_VERSION = 1;

// An answer's shapes, and which answer fits which field, are each field kind's own (src/fields/).
export { fitsField, type Answer };

export const emptySaved = (worksheetVersion: string): SavedAnswers => ({ worksheetVersion, updated: '', header: { client: '', date: '' }, answers: {}, orphaned: {} });

const header = z.strictObject({ client: z.string().max(200), date: z.string().max(40) });

export const exportFileSchema = z.strictObject({
	format: z.literal(EXPORT_FORMAT),
	formatVersion: z.literal(EXPORT_FORMAT_VERSION),
	worksheet: z.string(),
	worksheetVersion: z.string(),
	exported: z.string(),
	header,
	answers: z.record(z.string(), answerSchema),
	orphaned: z.record(z.string(), answerSchema).default({}),
});
export type ExportFile = z.infer<typeof exportFileSchema>;

export const fieldsOf = (worksheet: Pick<Worksheet, 'sections'>) => new Map(worksheet.sections.flatMap((section) => section.fields.map((field) => [field.id, field] as const)));

/**
 * Fits saved answers to the worksheet as it is now: answers to fields that still exist and still
 * fit stay; the others move to `orphaned`, so an edition that drops a field loses nothing.
 */
export function migrate(saved: SavedAnswers, worksheet: Pick<Worksheet, 'sections' | 'version'>): SavedAnswers {
	const fields = fieldsOf(worksheet);
	const answers: Answers = {};
	const orphaned: Answers = { ...saved.orphaned };
	for (const [id, value] of Object.entries({ ...saved.orphaned, ...saved.answers })) {
		const field = fields.get(id);
		if (field && fitsField(field, value)) {
			answers[id] = value;
			delete orphaned[id];
		} else if (id in saved.answers) orphaned[id] = value;
	}
	return { ...saved, worksheetVersion: worksheet.version, answers, orphaned };
}

export function toExport(id: string, saved: SavedAnswers, now: Date): ExportFile {
	return { format: EXPORT_FORMAT, formatVersion: EXPORT_FORMAT_VERSION, worksheet: id, worksheetVersion: saved.worksheetVersion, exported: now.toISOString(), header: saved.header, answers: saved.answers, orphaned: saved.orphaned };
}

/**
 * Checks an imported file. Refuses, with a message a clinician can act on, anything that is not a
 * kapkit answers file, is for another worksheet, or holds an answer that does not fit its field.
 */
export function parseImport(text: string, id: string, worksheet: Pick<Worksheet, 'sections' | 'version' | 'title'>): { ok: true; saved: SavedAnswers } | { ok: false; message: string } {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { ok: false, message: 'This file is not a saved-answers file: it is not valid JSON. Nothing was changed.' };
	}
	const parsed = exportFileSchema.safeParse(data);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		const where = issue.path.length ? ` (at ${issue.path.join('.')})` : '';
		return { ok: false, message: `This file is not a kapkit saved-answers file${where}: ${issue.message}. Nothing was changed.` };
	}
	const file = parsed.data;
	if (file.worksheet !== id) return { ok: false, message: `This file holds answers to the worksheet "${file.worksheet}", not "${worksheet.title}". Nothing was changed.` };
	const fields = fieldsOf(worksheet);
	for (const [fieldId, value] of Object.entries(file.answers)) {
		const field = fields.get(fieldId);
		if (field && !fitsField(field, value)) return { ok: false, message: `The answer to "${field.label}" in this file is not a possible answer to that question. Nothing was changed.` };
	}
	return { ok: true, saved: migrate({ worksheetVersion: file.worksheetVersion, updated: file.exported, header: file.header, answers: file.answers, orphaned: file.orphaned }, worksheet) };
}
