import { fieldElementId, LabelledControl, readSingleControl, type FieldViewParts, type FieldViewProps } from './view.tsx';

export function DateView({ field, value = '', onChange }: FieldViewProps<'date'>) {
	return (
		<LabelledControl field={field}>
			{/* "is-empty" lets paper hide the browser's dd/mm/yyyy mask, leaving a line to write on. */}
			<input id={fieldElementId(field)} type="date" className={value ? '' : 'is-empty'} value={value} onChange={(event) => onChange(event.target.value)} />
		</LabelledControl>
	);
}

export const dateView: FieldViewParts<'date'> = { View: DateView, readTyped: readSingleControl };
