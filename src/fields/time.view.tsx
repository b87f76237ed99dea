import { fieldElementId, LabelledControl, readSingleControl, type FieldViewParts, type FieldViewProps } from './view.tsx';

export function TimeView({ field, value = '', onChange }: FieldViewProps<'time'>) {
	return (
		<LabelledControl field={field}>
			<input id={fieldElementId(field)} type="time" className={value ? '' : 'is-empty'} value={value} onChange={(event) => onChange(event.target.value)} />
		</LabelledControl>
	);
}

export const timeView: FieldViewParts<'time'> = { View: TimeView, readTyped: readSingleControl };
