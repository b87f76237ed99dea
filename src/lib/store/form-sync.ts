import type { Answer, SavedAnswers } from '../answers.ts';
import { HEADER_FIELDS } from './record.ts';

/**
 * How a worksheet form and the device store stay in step, as pure rules. The form's values are
 * keyed by store field id: field ids, and `HEADER_FIELDS` for the client and date at the top.
 */
export type FormValues = Record<string, Answer>;

export function formValues(saved: SavedAnswers): FormValues {
	const values: FormValues = { ...saved.answers };
	if (saved.header.client) values[HEADER_FIELDS.client] = saved.header.client;
	if (saved.header.date) values[HEADER_FIELDS.date] = saved.header.date;
	return values;
}

/** `saved` with each of `values` in place (header ids go to the header). */
export function withValues(saved: SavedAnswers, values: FormValues): SavedAnswers {
	const answers = { ...saved.answers };
	const header = { ...saved.header };
	for (const [fieldId, value] of Object.entries(values)) {
		if (fieldId === HEADER_FIELDS.client) header.client = String(value);
		else if (fieldId === HEADER_FIELDS.date) header.date = String(value);
		else answers[fieldId] = value;
	}
	return { ...saved, answers, header };
}

/**
 * What the form shows once it is live: what is stored, except that a field the reader typed into
 * before the page's script ran keeps what they typed (typed beats stored), and is to be saved.
 */
export function adoptTyped(stored: SavedAnswers, typed: FormValues): { saved: SavedAnswers; writes: [fieldId: string, value: Answer][] } {
	return { saved: withValues(stored, typed), writes: Object.entries(typed) };
}

/**
 * The fields a refresh must leave as the form shows them: those with a write of this window still
 * pending, the one being edited, and any changed here after the refresh began to read: its read
 * may predate that change even though the change's write has finished since.
 */
export function fieldsToKeep(pending: Iterable<string>, editing: string | null | undefined, changedAt: ReadonlyMap<string, number>, readBegan: number): Set<string> {
	const keep = new Set(pending);
	if (editing) keep.add(editing);
	for (const [fieldId, at] of changedAt) if (at >= readBegan) keep.add(fieldId);
	return keep;
}

/**
 * The form after the store changed (another window, a clear, an import): what is stored now, but
 * a field with a write of this window still pending, or the one being edited, keeps what the form
 * shows, so nothing typed here is undone and the caret stays where it is. A field the store no
 * longer holds is emptied, unless kept.
 */
export function mergeStored(shown: SavedAnswers, stored: SavedAnswers, keep: ReadonlySet<string>): SavedAnswers {
	const kept = Object.fromEntries(Object.entries(formValues(shown)).filter(([fieldId]) => keep.has(fieldId)));
	const cleared = { ...stored, header: { client: keep.has(HEADER_FIELDS.client) ? shown.header.client : stored.header.client, date: keep.has(HEADER_FIELDS.date) ? shown.header.date : stored.header.date } };
	return withValues(cleared, kept);
}
