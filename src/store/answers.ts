import { emptySaved, type Answer, type SavedAnswers } from '../lib/answers.ts';
import { JOURNAL_PREFIX, parseJournal, withNote, withoutNote, type Journal } from '../lib/store/journal.ts';
import { HEADER_FIELDS, type FieldEntry, type StoreRecord } from '../lib/store/record.ts';
import { toSavedAnswers } from '../lib/store/worksheet-record.ts';
import type { Worksheet } from '../schemas/worksheet.ts';
import { deviceStore } from './device.ts';
import { local } from './web-storage.ts';

// A worksheet's answers in the device store: the only way the worksheet form reads or writes them.
// One record per worksheet, one write per field (header parts under HEADER_FIELDS), so two windows
// of one worksheet never overwrite each other.

type Sheet = Pick<Worksheet, 'sections' | 'version'>;

/** What happened to a worksheet's stored answers, told to its open forms (here and in other windows). */
export type AnswersChange = 'changed' | 'locked' | 'unlocked';

export interface WorksheetAnswers {
	/** What is saved, fitted to the worksheet as it is now (nothing saved reads as empty). */
	read(): Promise<SavedAnswers>;
	/**
	 * Notes a change at once, before its write (see lib/store/journal.ts), so closing the page while
	 * the write is under way loses nothing. Call it as the reader types; `write` follows.
	 */
	remember(fieldId: string, value: Answer): void;
	/** Saves one field's answer; throws the store's errors (full, locked, unavailable) with their message. */
	write(fieldId: string, value: Answer): Promise<void>;
	/** Replaces everything saved for the worksheet (a file imported into it). */
	replace(saved: SavedAnswers): Promise<void>;
	clear(): Promise<void>;
	isLocked(): Promise<boolean>;
	onChange(listener: (change: AnswersChange) => void): () => void;
}

export async function worksheetAnswers(id: string, sheet: Sheet): Promise<WorksheetAnswers> {
	const store = await deviceStore();
	const journalKey = `${JOURNAL_PREFIX}${id}`;
	const journal = () => parseJournal(local.get(journalKey));
	const keepJournal = (next: Journal) => (Object.keys(next).length ? local.set(journalKey, JSON.stringify(next)) : local.remove(journalKey));
	// Sealed answers never go to the journal in plain text: with a passphrase set, there is none.
	let journalled = !(await store.hasPassphrase());
	store.onChange(async (change) => {
		if (change.type !== 'all') return;
		journalled = !(await store.hasPassphrase());
		if (!journalled) local.remove(journalKey);
	});
	return {
		async read() {
			const record = await store.read('worksheet', id);
			return record ? toSavedAnswers(record, sheet) : emptySaved(sheet.version);
		},
		remember(fieldId, value) {
			if (journalled) keepJournal(withNote(journal(), fieldId, value, new Date().toISOString()));
		},
		async write(fieldId, value) {
			await store.writeField('worksheet', id, fieldId, value, sheet.version);
			if (journalled) keepJournal(withoutNote(journal(), fieldId, value));
		},
		replace: (saved) => store.replace(toRecord(id, saved, new Date().toISOString())),
		clear: () => store.clear('worksheet', id),
		isLocked: () => store.isLocked(),
		onChange(listener) {
			return store.onChange((change) => {
				if (change.type === 'locked' || change.type === 'unlocked') listener(change.type);
				else if (change.type === 'all' || ((change.type === 'field' || change.type === 'record') && change.kind === 'worksheet' && change.id === id)) listener('changed');
			});
		},
	};
}

function toRecord(id: string, saved: SavedAnswers, updated: string): StoreRecord {
	const entries = (values: Record<string, Answer>) => Object.fromEntries(Object.entries(values).map(([fieldId, value]): [string, FieldEntry] => [fieldId, { value, updated }]));
	const header: Record<string, Answer> = {};
	if (saved.header.client) header[HEADER_FIELDS.client] = saved.header.client;
	if (saved.header.date) header[HEADER_FIELDS.date] = saved.header.date;
	return { kind: 'worksheet', id, version: saved.worksheetVersion, fields: entries({ ...saved.answers, ...header }), orphaned: entries(saved.orphaned) };
}

/** The ids of the worksheets that have answers saved on this device. */
export async function savedWorksheetIds(): Promise<string[]> {
	return (await (await deviceStore()).list('worksheet')).map((summary) => summary.id);
}

/** Removes every worksheet's answers (other tools' records and the lock stay); returns how many worksheets had some. */
export async function clearAllAnswers(): Promise<number> {
	return (await deviceStore()).clearKind('worksheet');
}
