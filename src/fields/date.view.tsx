import { fieldElementId, LabelledControl, type FieldViewProps } from './view.tsx';

export function DateView({ field, value = '', onChange }: FieldViewProps<'date'>) {
	return (
		<LabelledControl field={field}>
			{/* "is-empty" lets paper hide the browser's dd/mm/yyyy mask, leaving a line to write on. */}
			<input id={fieldElementId(field)} type="date" className={value ? '' : 'is-empty'} value={value} onChange={(event) => onChange(event.target.value)} />
		</LabelledControl>
	);
}
