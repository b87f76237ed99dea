import type { FieldView } from './view.tsx';
import { ChecklistView } from './checklist.view.tsx';
import { DateView } from './date.view.tsx';
import { fieldKinds, type Answer, type WorksheetField, type WorksheetFieldType } from './registry.ts';
import { LongTextView } from './longtext.view.tsx';
import { ScaleView } from './scale.view.tsx';
import { SignatureView } from './signature.view.tsx';
import { TableView } from './table.view.tsx';
import { TextView } from './text.view.tsx';
import { TimeView } from './time.view.tsx';
import { YesNoView } from './yesno.view.tsx';

/** Every kind's view: a kind registered in registry.ts without one here is a type error. */
const fieldViews: { [Type in WorksheetFieldType]: FieldView<Type> } = {
	text: TextView,
	longtext: LongTextView,
	scale: ScaleView,
	checklist: ChecklistView,
	yesno: YesNoView,
	date: DateView,
	time: TimeView,
	table: TableView,
	signature: SignatureView,
};

const kinds = new Map(fieldKinds.map((kind) => [kind.type, kind]));

/** A field as its kind shows it; a value not of the kind's answer shape shows as no answer. */
export function FieldInput({ field, value, onChange }: { field: WorksheetField; value: Answer | undefined; onChange(value: Answer): void }) {
	// Each field comes with its own kind's view; TypeScript cannot follow that through the lookup.
	const View = fieldViews[field.type] as FieldView<WorksheetFieldType>;
	const shown = value !== undefined && kinds.get(field.type)!.answer.safeParse(value).success ? value : undefined;
	return <View field={field} value={shown} onChange={onChange} />;
}
