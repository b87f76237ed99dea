import type { Answer } from '../answers.ts';
import { canonical, type FieldEntry, type StoreRecord } from './record.ts';
import { findForbiddenKey } from './forbidden-keys.ts';

/**
 * The unsaved-answers journal: each change a form makes is noted synchronously (localStorage)
 * before its asynchronous write to the store, and the note is removed once the write committed. A
 * page closed, reloaded or crashed in between leaves the note, and the next load writes it. Kept
 * only while no passphrase is set: answers then sit unsealed in the store anyway.
 */
export type Journal = Record<string, FieldEntry>;

export const JOURNAL_PREFIX = 'kapkit:unsaved:';

/** A journal as stored; anything unreadable counts as empty (nothing to recover, nothing thrown). */
export function parseJournal(text: string | null): Journal {
	if (!text) return {};
	try {
		const data: unknown = JSON.parse(text);
		if (typeof data !== 'object' || data === null || Array.isArray(data) || findForbiddenKey(data)) return {};
		return Object.fromEntries(
			Object.entries(data).filter((entry): entry is [string, FieldEntry] => {
				const value = entry[1] as Partial<FieldEntry> | null;
				return typeof value === 'object' && value !== null && 'value' in value && typeof value.updated === 'string';
			}),
		);
	} catch {
		return {};
	}
}

export const withNote = (journal: Journal, fieldId: string, value: Answer, updated: string): Journal => ({ ...journal, [fieldId]: { value, updated } });

/** The journal once the write of `value` to `fieldId` committed; a newer note for the field stays. */
export function withoutNote(journal: Journal, fieldId: string, value: Answer): Journal {
	const note = journal[fieldId];
	if (!note || canonical(note.value) !== canonical(value)) return journal;
	const { [fieldId]: _written, ...rest } = journal;
	return rest;
}

/** The noted answers the store does not have yet: those newer than what it holds for their field. */
export function unsavedNotes(journal: Journal, stored: StoreRecord | undefined): [fieldId: string, note: FieldEntry][] {
	return Object.entries(journal).filter(([fieldId, note]) => {
		const present = stored?.fields[fieldId];
		return !present || present.updated < note.updated;
	});
}
