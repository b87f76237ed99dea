import { z } from 'astro/zod';
import { ANSWERS_PREFIX } from '../answers.ts';
import { HEADER_FIELDS, type FieldEntry, type StoreRecord } from './record.ts';
import { findForbiddenKey } from './forbidden-keys.ts';
import { answerValueSchema } from './values.ts';

/** Edition 2026.1 kept each worksheet's answers in localStorage as one JSON `SavedAnswers`. */
const legacySchema = z.object({
	worksheetVersion: z.string(),
	updated: z.string(),
	header: z.object({ client: z.string(), date: z.string() }),
	answers: z.record(z.string(), answerValueSchema),
	orphaned: z.record(z.string(), answerValueSchema).default({}),
});

/** The worksheet id a localStorage key holds answers for, or undefined for any other key. */
export function legacyWorksheetId(key: string): string | undefined {
	return key.startsWith(ANSWERS_PREFIX) && key.length > ANSWERS_PREFIX.length ? key.slice(ANSWERS_PREFIX.length) : undefined;
}

/** Written before per-field times existed: older than anything written since. */
const UNKNOWN_TIME = '1970-01-01T00:00:00.000Z';

/**
 * Turns an edition-2026.1 record into a store record. Every answer takes the old record's save
 * time. Refuses (returns the reason) anything it cannot read, so the caller leaves it in place.
 */
export function fromLegacy(worksheetId: string, text: string): { ok: true; record: StoreRecord } | { ok: false; reason: string } {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { ok: false, reason: `the saved answers to "${worksheetId}" are not valid JSON` };
	}
	const forbidden = findForbiddenKey(data);
	if (forbidden) return { ok: false, reason: `the saved answers to "${worksheetId}" hold the key "${forbidden.join('.')}"` };
	const parsed = legacySchema.safeParse(data);
	if (!parsed.success) return { ok: false, reason: `the saved answers to "${worksheetId}" are not in edition 2026.1's form (${parsed.error.issues[0]!.message})` };
	const saved = parsed.data;
	const updated = Number.isNaN(Date.parse(saved.updated)) ? UNKNOWN_TIME : new Date(saved.updated).toISOString();
	const entries = (answers: Record<string, FieldEntry['value']>) => Object.fromEntries(Object.entries(answers).map(([fieldId, value]) => [fieldId, { value, updated }]));
	const fields = entries(saved.answers);
	// An empty header was never typed: migrating it would only add noise to later merges.
	if (saved.header.client) fields[HEADER_FIELDS.client] = { value: saved.header.client, updated };
	if (saved.header.date) fields[HEADER_FIELDS.date] = { value: saved.header.date, updated };
	return { ok: true, record: { kind: 'worksheet', id: worksheetId, version: saved.worksheetVersion, fields, orphaned: entries(saved.orphaned) } };
}
