import { useRef } from 'react';
import { worksheetSectionId } from '../lib/outline';
import { emptySaved } from '../lib/answers';
import { FieldInput } from '../fields/view-registry';
import { useSavedAnswers, type AnswersSheet } from './worksheet/useSavedAnswers';
import { useBlankPrint, WorksheetToolbar } from './worksheet/WorksheetToolbar';

interface Props {
	id: string;
	worksheet: AnswersSheet;
	defaultPaper: 'A4' | 'Letter';
}

/**
 * A worksheet as a form. Rendered to HTML at build time, so it reads and prints blank without
 * scripts; once hydrated, every answer is saved on this device as it is typed (useSavedAnswers),
 * and the toolbar exports, imports, prints blank or filled, and clears. Each field is drawn by
 * its kind's view (src/fields/).
 */
export function WorksheetForm({ id, worksheet, defaultPaper }: Props) {
	const root = useRef<HTMLDivElement>(null);
	const answers = useSavedAnswers(id, worksheet, root);
	const blank = useBlankPrint();
	const shown = blank ? emptySaved(worksheet.version) : answers.saved;

	return (
		<div className="worksheet" data-worksheet={id} ref={root}>
			{answers.ready && <WorksheetToolbar title={worksheet.title} answers={answers} defaultPaper={defaultPaper} />}
			{answers.ready && (
				<p className="worksheet-note">
					Answers are saved only in this browser, on this device, as you type. They are never sent anywhere. On a shared computer, export them if you
					need them and clear them when you finish.
				</p>
			)}
			<p className="worksheet-status" role="status">
				{answers.locked ? 'The answers on this device are locked: unlock to see and change them.' : answers.status}
			</p>
			{answers.error && (
				<p className="worksheet-error" role="alert">
					{answers.error}
				</p>
			)}
			<form className="worksheet-form" aria-label={worksheet.title} onSubmit={(event) => event.preventDefault()} data-pagefind-ignore="" inert={answers.locked}>
				<div className="worksheet-form__client">
					<label htmlFor="worksheet-client">
						<span className="field__label">Client name or initials</span>
						<input id="worksheet-client" type="text" autoComplete="off" value={shown.header.client} onChange={(event) => answers.setHeader({ client: event.target.value })} />
					</label>
					<label htmlFor="worksheet-date">
						<span className="field__label">Date</span>
						<input id="worksheet-date" type="date" className={shown.header.date ? '' : 'is-empty'} value={shown.header.date} onChange={(event) => answers.setHeader({ date: event.target.value })} />
					</label>
				</div>
				{worksheet.sections.map((section) => (
					<section className="worksheet-form__section" id={worksheetSectionId(section.id)} aria-labelledby={`${worksheetSectionId(section.id)}-title`} key={section.id}>
						<h2 className="worksheet-form__title" id={`${worksheetSectionId(section.id)}-title`}>
							{section.title}
						</h2>
						{section.fields.map((field) => (
							<div className={`field field--${field.type}`} data-field={field.id} key={field.id}>
								<FieldInput field={field} value={shown.answers[field.id]} onChange={(value) => answers.setAnswer(field.id, value)} />
								{field.help && <p className="field__help">{field.help}</p>}
							</div>
						))}
					</section>
				))}
			</form>
		</div>
	);
}
