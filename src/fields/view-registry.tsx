import type { FieldView, FieldViewParts, ReadTyped } from './view.tsx';
import { checklistView } from './checklist.view.tsx';
import { dateView } from './date.view.tsx';
import { fieldKinds, type Answer, type WorksheetField, type WorksheetFieldType } from './registry.ts';
import { longTextView } from './longtext.view.tsx';
import { scaleView } from './scale.view.tsx';
import { signatureView } from './signature.view.tsx';
import { tableView } from './table.view.tsx';
import { textView } from './text.view.tsx';
import { timeView } from './time.view.tsx';
import { yesNoView } from './yesno.view.tsx';

/** Every kind's view: a kind registered in registry.ts without one here is a type error. */
const fieldViews: { [Type in WorksheetFieldType]: FieldViewParts<Type> } = {
	text: textView,
	longtext: longTextView,
	scale: scaleView,
	checklist: checklistView,
	yesno: yesNoView,
	date: dateView,
	time: timeView,
	table: tableView,
	signature: signatureView,
};

const kinds = new Map(fieldKinds.map((kind) => [kind.type, kind]));

/** A field as its kind shows it; a value not of the kind's answer shape shows as no answer. */
export function FieldInput({ field, value, onChange }: { field: WorksheetField; value: Answer | undefined; onChange(value: Answer): void }) {
	// Each field comes with its own kind's view; TypeScript cannot follow that through the lookup.
	const View = fieldViews[field.type].View as FieldView<WorksheetFieldType>;
	const shown = value !== undefined && kinds.get(field.type)!.answer.safeParse(value).success ? value : undefined;
	return <View field={field} value={shown} onChange={onChange} />;
}

/** The answer a reader typed into this field's static controls before the form came alive, if any. */
export function readTypedAnswer(field: WorksheetField, element: HTMLElement): Answer | undefined {
	const read = fieldViews[field.type].readTyped as ReadTyped<WorksheetFieldType>;
	return read(field, element);
}
