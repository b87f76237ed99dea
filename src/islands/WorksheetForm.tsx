import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { ANSWERS_PREFIX, emptySaved, parseImport, readSaved, toExport, type Answer, type SavedAnswers, type TableAnswer } from '../lib/answers';
import { STORAGE } from '../lib/layout-state';
import { registerCommands } from '../scripts/commands';
import { worksheetCommands } from '../scripts/commands/answers';
import { onAllAnswersCleared } from '../store/answers';
import type { Worksheet, WorksheetField } from '../schemas/worksheet';

interface Props {
	id: string;
	worksheet: Pick<Worksheet, 'title' | 'version' | 'sections'>;
	defaultPaper: 'A4' | 'Letter';
}

const storageKey = (id: string) => `${ANSWERS_PREFIX}${id}`;
const fieldId = (field: WorksheetField) => `field-${field.id}`;
const tableRows = (rows: number | string[]) => (typeof rows === 'number' ? Array.from({ length: rows }, (_, i) => `${i + 1}`) : rows);

/**
 * A worksheet as a form. Rendered to HTML at build time, so it reads and prints blank without
 * scripts; once hydrated, every answer is saved as it is typed, in this browser only (localStorage),
 * and can be exported to a file, imported back, printed blank or filled, and cleared.
 */
export function WorksheetForm({ id, worksheet, defaultPaper }: Props) {
	const [saved, setSaved] = useState<SavedAnswers>(() => emptySaved(worksheet.version));
	const [ready, setReady] = useState(false);
	const [status, setStatus] = useState('');
	const [error, setError] = useState('');
	const [paper, setPaper] = useState(defaultPaper);
	// While a blank copy prints, the form shows no answers at all: text made invisible would
	// still be in the printed PDF's text layer.
	const [blank, setBlank] = useState(false);
	const fileInput = useRef<HTMLInputElement>(null);
	const shown = blank ? emptySaved(worksheet.version) : saved;

	useEffect(() => {
		const root = document.documentElement;
		const observer = new MutationObserver(() => setBlank(root.dataset.print === 'blank'));
		observer.observe(root, { attributes: true, attributeFilter: ['data-print'] });
		return () => observer.disconnect();
	}, []);

	useEffect(() => {
		setSaved(readSaved(localStorage.getItem(storageKey(id)), worksheet));
		setPaper((localStorage.getItem(STORAGE.paper) as 'A4' | 'Letter' | null) ?? defaultPaper);
		setReady(true);
	}, [id, worksheet, defaultPaper]);

	useEffect(() => {
		document.documentElement.dataset.paper = paper;
	}, [paper]);

	useEffect(() => registerCommands(worksheetCommands({ print, clear })));
	useEffect(
		() =>
			onAllAnswersCleared(() => {
				setSaved(emptySaved(worksheet.version));
				setStatus('All saved answers were cleared from this device.');
			}),
		[worksheet.version],
	);

	const store = (next: SavedAnswers, message = 'Saved on this device.') => {
		const stamped = { ...next, updated: new Date().toISOString() };
		setSaved(stamped);
		try {
			localStorage.setItem(storageKey(id), JSON.stringify(stamped));
			setStatus(message);
		} catch {
			setStatus('Could not save on this device (storage is full or turned off). Export the answers to keep them.');
		}
	};
	const answer = (field: WorksheetField, value: Answer) => store({ ...saved, answers: { ...saved.answers, [field.id]: value } });
	const text = (field: WorksheetField) => (typeof shown.answers[field.id] === 'string' ? (shown.answers[field.id] as string) : '');

	const print = (mode: 'blank' | 'filled') => {
		const root = document.documentElement;
		root.dataset.print = mode;
		const done = () => root.removeAttribute('data-print');
		window.addEventListener('afterprint', done, { once: true });
		// Two frames: React renders the blank form before the browser takes its print snapshot.
		requestAnimationFrame(() => requestAnimationFrame(() => window.print()));
	};

	const clear = () => {
		if (!window.confirm(`Clear every answer to "${worksheet.title}" saved on this device? This cannot be undone.`)) return;
		localStorage.removeItem(storageKey(id));
		setSaved(emptySaved(worksheet.version));
		setStatus('Answers cleared from this device.');
	};

	const exportFile = () => {
		const file = toExport(id, saved, new Date());
		const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
		const link = document.createElement('a');
		link.href = url;
		link.download = `${id}-answers-${file.exported.slice(0, 10)}.json`;
		link.click();
		setTimeout(() => URL.revokeObjectURL(url), 1000);
		setStatus('Answers exported to a file.');
	};

	const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
		const file = event.target.files?.[0];
		event.target.value = '';
		if (!file) return;
		const result = parseImport(await file.text(), id, { ...worksheet });
		if (!result.ok) {
			setError(result.message);
			return;
		}
		setError('');
		store(result.saved, `Answers imported from ${file.name}.`);
	};

	const renderField = (field: WorksheetField) => {
		switch (field.type) {
			case 'text':
			case 'signature':
				return (
					<label htmlFor={fieldId(field)}>
						<span className="field__label">{field.label}</span>
						<input id={fieldId(field)} type="text" autoComplete="off" value={text(field)} onChange={(event) => answer(field, event.target.value)} placeholder={field.type === 'signature' ? 'Name of the person signing' : undefined} />
					</label>
				);
			case 'longtext':
				return (
					<label htmlFor={fieldId(field)}>
						<span className="field__label">{field.label}</span>
						<textarea id={fieldId(field)} rows={field.lines} data-lines={field.lines} value={text(field)} onChange={(event) => answer(field, event.target.value)} />
					</label>
				);
			case 'date':
			case 'time':
				return (
					<label htmlFor={fieldId(field)}>
						<span className="field__label">{field.label}</span>
						<input id={fieldId(field)} type={field.type} className={text(field) ? '' : 'is-empty'} value={text(field)} onChange={(event) => answer(field, event.target.value)} />
					</label>
				);
			case 'yesno':
				return (
					<fieldset>
						<legend className="field__label">{field.label}</legend>
						{(['yes', 'no'] as const).map((value) => (
							<label className="choice" key={value}>
								<input type="radio" name={field.id} value={value} checked={shown.answers[field.id] === value} onChange={() => answer(field, value)} /> {value === 'yes' ? 'Yes' : 'No'}
							</label>
						))}
					</fieldset>
				);
			case 'scale':
				return (
					<fieldset className="scale">
						<legend className="field__label">{field.label}</legend>
						<div className="scale__steps">
							{Array.from({ length: field.max - field.min + 1 }, (_, i) => field.min + i).map((step) => (
								<label key={step}>
									<input type="radio" name={field.id} value={step} checked={shown.answers[field.id] === step} onChange={() => answer(field, step)} />
									<span>{step}</span>
								</label>
							))}
						</div>
						<p className="scale__anchors">
							<span>
								{field.min} = {field.anchors.min}
							</span>
							<span>
								{field.max} = {field.anchors.max}
							</span>
						</p>
					</fieldset>
				);
			case 'checklist': {
				const checked = Array.isArray(shown.answers[field.id]) ? (shown.answers[field.id] as string[]) : [];
				return (
					<fieldset>
						<legend className="field__label">{field.label}</legend>
						{field.options.map((option) => (
							<label className="choice choice--block" key={option.id}>
								<input
									type="checkbox"
									name={`${field.id}.${option.id}`}
									checked={checked.includes(option.id)}
									onChange={(event) => answer(field, event.target.checked ? [...checked, option.id] : checked.filter((other) => other !== option.id))}
								/>{' '}
								{option.label}
							</label>
						))}
					</fieldset>
				);
			}
			case 'table': {
				const value = (typeof shown.answers[field.id] === 'object' && !Array.isArray(shown.answers[field.id]) ? shown.answers[field.id] : {}) as TableAnswer;
				const set = (row: number, column: string, cell: string) => answer(field, { ...value, [row]: { ...value[row], [column]: cell } });
				return (
					<>
					<p className="field__label" id={`${fieldId(field)}-label`}>{field.label}</p>
					<table className="field-table" id={fieldId(field)} aria-labelledby={`${fieldId(field)}-label`}>
						<thead>
							<tr>
								<td />
								{field.columns.map((column) => (
									<th scope="col" key={column.id}>
										{column.label}
									</th>
								))}
							</tr>
						</thead>
						<tbody>
							{tableRows(field.rows).map((row, r) => (
								<tr key={r}>
									<th scope="row">{row}</th>
									{field.columns.map((column) => (
										<td key={column.id}>
											<input
												type={column.kind === 'number' ? 'number' : column.kind === 'time' ? 'time' : 'text'}
												className={value[r]?.[column.id] ? '' : 'is-empty'}
												aria-label={`${column.label}, ${row}`}
												value={value[r]?.[column.id] ?? ''}
												onChange={(event) => set(r, column.id, event.target.value)}
											/>
										</td>
									))}
								</tr>
							))}
						</tbody>
					</table>
					</>
				);
			}
		}
	};

	return (
		<div className="worksheet" data-worksheet={id}>
			{ready && (
				<div className="worksheet-toolbar" role="toolbar" aria-label="Worksheet">
					<button type="button" onClick={() => print('blank')}>
						Print blank
					</button>
					<button type="button" onClick={() => print('filled')}>
						Print filled
					</button>
					<label className="worksheet-toolbar__paper">
						Paper
						<select value={paper} onChange={(event) => {
							const next = event.target.value as 'A4' | 'Letter';
							localStorage.setItem(STORAGE.paper, next);
							setPaper(next);
						}}>
							<option value="A4">A4</option>
							<option value="Letter">Letter</option>
						</select>
					</label>
					<button type="button" onClick={exportFile}>
						Export answers
					</button>
					<button type="button" onClick={() => fileInput.current?.click()}>
						Import answers…
					</button>
					<input ref={fileInput} type="file" accept="application/json,.json" hidden onChange={importFile} aria-label="Saved-answers file to import" />
					<button type="button" onClick={clear}>
						Clear answers
					</button>
				</div>
			)}
			{ready && (
				<p className="worksheet-note">
					Answers are saved only in this browser, on this device, as you type. They are never sent anywhere. On a shared computer, export them if you
					need them and clear them when you finish.
				</p>
			)}
			<p className="worksheet-status" role="status">
				{status}
			</p>
			{error && (
				<p className="worksheet-error" role="alert">
					{error}
				</p>
			)}
			<form className="worksheet-form" aria-label={worksheet.title} onSubmit={(event) => event.preventDefault()} data-pagefind-ignore="">
				<div className="worksheet-form__client">
					<label htmlFor="worksheet-client">
						<span className="field__label">Client name or initials</span>
						<input id="worksheet-client" type="text" autoComplete="off" value={shown.header.client} onChange={(event) => store({ ...saved, header: { ...saved.header, client: event.target.value } })} />
					</label>
					<label htmlFor="worksheet-date">
						<span className="field__label">Date</span>
						<input id="worksheet-date" type="date" className={shown.header.date ? '' : 'is-empty'} value={shown.header.date} onChange={(event) => store({ ...saved, header: { ...saved.header, date: event.target.value } })} />
					</label>
				</div>
				{worksheet.sections.map((section) => (
					<section className="worksheet-form__section" id={`section-${section.id}`} aria-labelledby={`section-${section.id}-title`} key={section.id}>
						<h2 className="worksheet-form__title" id={`section-${section.id}-title`}>
							{section.title}
						</h2>
						{section.fields.map((field) => (
							<div className={`field field--${field.type}`} key={field.id}>
								{renderField(field)}
								{field.help && <p className="field__help">{field.help}</p>}
							</div>
						))}
					</section>
				))}
			</form>
		</div>
	);
}
