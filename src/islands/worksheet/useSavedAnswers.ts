import { useCallback, useEffect, useRef, useState } from 'react';
import { emptySaved, parseImport, toExport, type Answer, type SavedAnswers } from '../../lib/answers';
import type { Worksheet } from '../../schemas/worksheet';
import { clearAnswers, onAllAnswersCleared, readAnswers, replaceAnswers, writeAnswers, type AnswersChange } from '../../store/answers';

export type AnswersSheet = Pick<Worksheet, 'title' | 'version' | 'sections'>;

export interface SavedAnswersState {
	/** False until what the device holds has been read; the toolbar waits for it. */
	ready: boolean;
	saved: SavedAnswers;
	/** The last thing that happened to the answers, for a status line. */
	status: string;
	/** Why an import was refused, until the next import. */
	error: string;
	setAnswer(fieldId: string, value: Answer): void;
	setHeader(header: Partial<SavedAnswers['header']>): void;
	/** Removes this worksheet's answers from the device (the caller has asked the reader). */
	clear(): void;
	exportFile(): void;
	importFile(file: File): Promise<void>;
	/** Shows the form empty after every worksheet's answers were cleared elsewhere on the page. */
	allCleared(): void;
}

const notSaved = 'Could not save on this device (storage is full or turned off). Export the answers to keep them.';
const noChange = (): Required<AnswersChange> => ({ answers: {}, header: {} });

/**
 * A worksheet's answers as the form shows them, saved on this device through the answers store as
 * they are typed. What the form holds is what an export writes, even when the device refused to
 * store it; changes the device refused are offered to it again with the next one.
 */
export function useSavedAnswers(id: string, worksheet: AnswersSheet): SavedAnswersState {
	const [saved, setSaved] = useState<SavedAnswers>(() => emptySaved(worksheet.version));
	const [ready, setReady] = useState(false);
	const [status, setStatus] = useState('');
	const [error, setError] = useState('');
	const unsaved = useRef(noChange());

	useEffect(() => {
		let current = true;
		void readAnswers(id, worksheet).then((stored) => {
			if (!current) return;
			setSaved(stored);
			setReady(true);
		});
		return () => {
			current = false;
		};
	}, [id, worksheet]);

	const save = (change: AnswersChange) => {
		const pending = { answers: { ...unsaved.current.answers, ...change.answers }, header: { ...unsaved.current.header, ...change.header } };
		unsaved.current = pending;
		void writeAnswers(id, worksheet, pending).then((stored) => {
			if (stored && unsaved.current === pending) unsaved.current = noChange();
			setStatus(stored ? 'Saved on this device.' : notSaved);
		});
	};

	const forget = (message: string) => {
		unsaved.current = noChange();
		setSaved(emptySaved(worksheet.version));
		setStatus(message);
	};

	const allCleared = useCallback(() => forget('All saved answers were cleared from this device.'), [worksheet.version]);
	useEffect(() => onAllAnswersCleared(allCleared), [allCleared]);

	return {
		ready,
		saved,
		status,
		error,
		setAnswer(fieldId, value) {
			setSaved((current) => ({ ...current, answers: { ...current.answers, [fieldId]: value } }));
			save({ answers: { [fieldId]: value } });
		},
		setHeader(header) {
			setSaved((current) => ({ ...current, header: { ...current.header, ...header } }));
			save({ header });
		},
		clear() {
			void clearAnswers(id).then((cleared) => (cleared ? forget('Answers cleared from this device.') : setStatus('Could not clear the answers on this device (storage is turned off).')));
		},
		exportFile() {
			const file = toExport(id, saved, new Date());
			const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
			const link = document.createElement('a');
			link.href = url;
			link.download = `${id}-answers-${file.exported.slice(0, 10)}.json`;
			link.click();
			setTimeout(() => URL.revokeObjectURL(url), 1000);
			setStatus('Answers exported to a file.');
		},
		async importFile(file) {
			const result = parseImport(await file.text(), id, worksheet);
			if (!result.ok) {
				setError(result.message);
				return;
			}
			setError('');
			setSaved(result.saved);
			const stored = await replaceAnswers(id, result.saved);
			unsaved.current = stored ? noChange() : { answers: { ...result.saved.answers }, header: { ...result.saved.header } };
			setStatus(stored ? `Answers imported from ${file.name}.` : notSaved);
		},
		allCleared,
	};
}
