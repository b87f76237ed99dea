import { fieldElementId, LabelledControl, readSingleControl, type FieldViewParts, type FieldViewProps } from './view.tsx';

export function TextView({ field, value = '', onChange }: FieldViewProps<'text'>) {
	return (
		<LabelledControl field={field}>
			<input id={fieldElementId(field)} type="text" autoComplete="off" value={value} onChange={(event) => onChange(event.target.value)} />
		</LabelledControl>
	);
}

export const textView: FieldViewParts<'text'> = { View: TextView, readTyped: readSingleControl };
