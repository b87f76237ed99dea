import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { emptySaved, parseImport, toExport, type Answer, type SavedAnswers } from '../../lib/answers';
import { adoptTyped, fieldsToKeep, mergeStored, type FormValues } from '../../lib/store/form-sync';
import { HEADER_FIELDS } from '../../lib/store/record';
import type { Worksheet } from '../../schemas/worksheet';
import { worksheetAnswers, type WorksheetAnswers } from '../../store/answers';
import { readTypedAnswer } from '../../fields/view-registry';
import { downloadFile } from '../download';
import { typedText } from '../../fields/view';

export type AnswersSheet = Pick<Worksheet, 'title' | 'version' | 'sections'>;

export interface SavedAnswersState {
	/** False until what the device holds has been read; the toolbar waits for it. */
	ready: boolean;
	/** True while the device lock hides the answers: the form shows none and takes none. */
	locked: boolean;
	saved: SavedAnswers;
	/** The last thing that happened to the answers, for a status line. */
	status: string;
	/** Why a save or an import failed; earlier answers stay saved. */
	error: string;
	setAnswer(fieldId: string, value: Answer): void;
	setHeader(header: Partial<SavedAnswers['header']>): void;
	/** Removes this worksheet's answers from the device (the caller has asked the reader). */
	clear(): void;
	exportFile(): void;
	importFile(file: File): Promise<void>;
}

const messageOf = (failure: unknown) => (failure instanceof Error ? failure.message : String(failure));

/**
 * A worksheet's answers as the form shows them, saved on this device field by field as they are
 * typed. Whatever the reader typed into the page before its script ran is adopted, never
 * overwritten; what another window saves appears here without moving the caret; a save the device
 * refuses says so and is offered again with the next change, and the form keeps what was typed.
 */
export function useSavedAnswers(id: string, worksheet: AnswersSheet, form: RefObject<HTMLElement | null>): SavedAnswersState {
	const [saved, setSaved] = useState<SavedAnswers>(() => emptySaved(worksheet.version));
	const [ready, setReady] = useState(false);
	const [locked, setLocked] = useState(false);
	const [status, setStatus] = useState('');
	const [error, setError] = useState('');
	const answers = useRef<WorksheetAnswers>(undefined);
	/** Answers of this window not yet saved: written in order, one field at a time. */
	const pending = useRef(new Map<string, Answer>());
	const writing = useRef(false);
	const typedBeforeLive = useRef<FormValues>({});
	/** Raised by every refresh: a read that an answer saved since has overtaken is dropped, not shown. */
	const refreshes = useRef(0);
	/** When each field last changed in this window, so that a read begun before it cannot undo it. */
	const changedAt = useRef(new Map<string, number>());

	// Runs right after hydration, before anything re-renders the form from the store.
	useLayoutEffect(() => {
		if (form.current) typedBeforeLive.current = readTyped(form.current, worksheet);
	}, []);

	const flush = useCallback(async () => {
		if (writing.current || !answers.current) return;
		writing.current = true;
		try {
			// A Map iterates live: a change typed while a write is under way is written after it.
			for (const [fieldId, value] of pending.current) {
				await answers.current.write(fieldId, value);
				if (pending.current.get(fieldId) === value) pending.current.delete(fieldId);
			}
			setError('');
			setStatus('Saved on this device.');
		} catch (failure) {
			// Kept pending: offered to the device again with the next change.
			setStatus('');
			setError(`Not saved: ${messageOf(failure)} What you typed is still in the form.`);
		} finally {
			writing.current = false;
		}
	}, []);

	const save = (fieldId: string, value: Answer) => {
		changedAt.current.set(fieldId, performance.now());
		answers.current?.remember(fieldId, value);
		pending.current.delete(fieldId);
		pending.current.set(fieldId, value);
		void flush();
	};

	/**
	 * Shows what the store holds now, except fields this window is saving or the reader is in; the
	 * first time it can (unlocked), adopts what was typed before the form was live and saves it.
	 */
	const refresh = useCallback(async () => {
		if (!answers.current) return;
		const mine = ++refreshes.current;
		const readBegan = performance.now();
		const isLocked = await answers.current.isLocked();
		const stored = isLocked ? undefined : await answers.current.read();
		if (mine !== refreshes.current) return;
		setLocked(isLocked);
		if (!stored) {
			setSaved(emptySaved(worksheet.version));
			return;
		}
		const typed = typedBeforeLive.current;
		if (Object.keys(typed).length) {
			typedBeforeLive.current = {};
			const adopted = adoptTyped(stored, typed);
			setSaved(adopted.saved);
			for (const [fieldId, value] of adopted.writes) save(fieldId, value);
			setStatus('What you typed while the page was loading is saved.');
			return;
		}
		const keep = fieldsToKeep(pending.current.keys(), form.current && focusedField(form.current), changedAt.current, readBegan);
		setSaved((shown) => mergeStored(shown, stored, keep));
	}, [worksheet]);

	useEffect(() => {
		let current = true;
		let stopListening: (() => void) | undefined;
		const start = async () => {
			const opened = await worksheetAnswers(id, worksheet);
			if (!current) return;
			answers.current = opened;
			stopListening = opened.onChange(() => void refresh());
			await refresh();
			setReady(true);
		};
		start().catch((failure: unknown) => {
			setError(messageOf(failure));
			setReady(true);
		});
		return () => {
			current = false;
			stopListening?.();
		};
	}, [id, worksheet]);

	// A field left after another window changed it shows that window's answer now.
	useEffect(() => {
		const element = form.current;
		const caughtUp = () => void refresh();
		element?.addEventListener('focusout', caughtUp);
		return () => element?.removeEventListener('focusout', caughtUp);
	}, [refresh]);

	const run = async (action: () => Promise<void>, done: string) => {
		try {
			await action();
			setError('');
			setStatus(done);
		} catch (failure) {
			setError(messageOf(failure));
		}
	};

	return {
		ready,
		locked,
		saved,
		status,
		error,
		setAnswer(fieldId, value) {
			setSaved((shown) => ({ ...shown, answers: { ...shown.answers, [fieldId]: value } }));
			save(fieldId, value);
		},
		setHeader(header) {
			setSaved((shown) => ({ ...shown, header: { ...shown.header, ...header } }));
			if (header.client !== undefined) save(HEADER_FIELDS.client, header.client);
			if (header.date !== undefined) save(HEADER_FIELDS.date, header.date);
		},
		clear() {
			pending.current.clear();
			void run(async () => {
				await answers.current?.clear();
				setSaved(emptySaved(worksheet.version));
			}, 'Answers cleared from this device.');
		},
		exportFile() {
			const file = toExport(id, saved, new Date());
			downloadFile(`${id}-answers-${file.exported.slice(0, 10)}.json`, JSON.stringify(file, null, 2), 'application/json');
			setStatus('Answers exported to a file.');
		},
		async importFile(file) {
			const result = parseImport(await file.text(), id, worksheet);
			if (!result.ok) {
				setError(result.message);
				return;
			}
			pending.current.clear();
			setSaved(result.saved);
			await run(() => answers.current!.replace(result.saved), `Answers imported from ${file.name}.`);
		},
	};
}

/** Every field (and header part) whose static control the reader changed before the form was live. */
function readTyped(form: HTMLElement, worksheet: AnswersSheet): FormValues {
	const typed: FormValues = {};
	for (const field of worksheet.sections.flatMap((section) => section.fields)) {
		const element = form.querySelector<HTMLElement>(`[data-field="${CSS.escape(field.id)}"]`);
		const value = element && readTypedAnswer(field, element);
		if (value !== undefined && value !== null) typed[field.id] = value;
	}
	const client = typedText(form.querySelector<HTMLInputElement>('#worksheet-client'));
	const date = typedText(form.querySelector<HTMLInputElement>('#worksheet-date'));
	if (client !== undefined) typed[HEADER_FIELDS.client] = client;
	if (date !== undefined) typed[HEADER_FIELDS.date] = date;
	return typed;
}

/** The store field id of the control that has focus in the form, if any. */
function focusedField(form: HTMLElement): string | undefined {
	const active = document.activeElement;
	if (!active || !form.contains(active)) return undefined;
	if (active.id === 'worksheet-client') return HEADER_FIELDS.client;
	if (active.id === 'worksheet-date') return HEADER_FIELDS.date;
	return active.closest<HTMLElement>('[data-field]')?.dataset.field;
}
