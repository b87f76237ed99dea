import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { STORAGE } from '../../lib/layout-state';
import { registerCommands } from '../../scripts/commands';
import { worksheetCommands } from '../../scripts/commands/answers';
import { local } from '../../store/web-storage';
import type { SavedAnswersState } from './useSavedAnswers';

type Paper = 'A4' | 'Letter';
type PrintMode = 'blank' | 'filled';

/** What a worksheet page lets the reader do with it, for the toolbar and the command palette alike. */
export interface WorksheetOperations {
	printBlank(): void;
	printFilled(): void;
	/** Asks, then removes this worksheet's answers from the device. */
	clear(): void;
}

/** Prints the page as a blank form or with its answers; the form reads `data-print` (see useBlankPrint). */
function printWorksheet(mode: PrintMode): void {
	const root = document.documentElement;
	root.dataset.print = mode;
	window.addEventListener('afterprint', () => root.removeAttribute('data-print'), { once: true });
	// Two frames: React renders the blank form before the browser takes its print snapshot.
	requestAnimationFrame(() => requestAnimationFrame(() => window.print()));
}

export function worksheetOperations(title: string, answers: Pick<SavedAnswersState, 'clear'>): WorksheetOperations {
	return {
		printBlank: () => printWorksheet('blank'),
		printFilled: () => printWorksheet('filled'),
		clear() {
			if (window.confirm(`Clear every answer to "${title}" saved on this device? This cannot be undone.`)) answers.clear();
		},
	};
}

/**
 * True while a blank copy prints: the form then shows no answers at all, because text made
 * invisible would still be in the printed PDF's text layer.
 */
export function useBlankPrint(): boolean {
	const [blank, setBlank] = useState(false);
	useEffect(() => {
		const root = document.documentElement;
		const observer = new MutationObserver(() => setBlank(root.dataset.print === 'blank'));
		observer.observe(root, { attributes: true, attributeFilter: ['data-print'] });
		return () => observer.disconnect();
	}, []);
	return blank;
}

/** The palette's worksheet commands, registered while the form is on the page; they run the latest operations. */
function useWorksheetCommands(operations: WorksheetOperations): void {
	const latest = useRef(operations);
	latest.current = operations;
	useEffect(
		() =>
			registerCommands(
				worksheetCommands({
					print: (mode) => (mode === 'blank' ? latest.current.printBlank() : latest.current.printFilled()),
					clear: () => latest.current.clear(),
				}),
			),
		[],
	);
}

const isPaper = (value: string | null): value is Paper => value === 'A4' || value === 'Letter';

export function WorksheetToolbar({ title, answers, defaultPaper }: { title: string; answers: SavedAnswersState; defaultPaper: Paper }) {
	const [paper, setPaper] = useState<Paper>(() => {
		const chosen = local.get(STORAGE.paper);
		return isPaper(chosen) ? chosen : defaultPaper;
	});
	const fileInput = useRef<HTMLInputElement>(null);
	const operations = worksheetOperations(title, answers);
	useWorksheetCommands(operations);

	useEffect(() => {
		document.documentElement.dataset.paper = paper;
	}, [paper]);

	const importFile = (event: ChangeEvent<HTMLInputElement>) => {
		const file = event.target.files?.[0];
		event.target.value = '';
		if (file) void answers.importFile(file);
	};

	return (
		<div className="worksheet-toolbar controls" role="toolbar" aria-label="Worksheet">
			<button type="button" onClick={operations.printBlank}>
				Print blank
			</button>
			<button type="button" onClick={operations.printFilled}>
				Print filled
			</button>
			<label className="worksheet-toolbar__paper">
				Paper
				<select
					className="control"
					value={paper}
					onChange={(event) => {
						const next = event.target.value as Paper;
						local.set(STORAGE.paper, next);
						setPaper(next);
					}}
				>
					<option value="A4">A4</option>
					<option value="Letter">Letter</option>
				</select>
			</label>
			<button type="button" onClick={answers.exportFile}>
				Export answers
			</button>
			<button type="button" onClick={() => fileInput.current?.click()}>
				Import answers…
			</button>
			<input ref={fileInput} type="file" accept="application/json,.json" hidden onChange={importFile} aria-label="Saved-answers file to import" />
			<button type="button" onClick={operations.clear}>
				Clear answers
			</button>
		</div>
	);
}
