import { fieldElementId, LabelledControl, readSingleControl, type FieldViewParts, type FieldViewProps } from './view.tsx';

export function LongTextView({ field, value = '', onChange }: FieldViewProps<'longtext'>) {
	return (
		<LabelledControl field={field}>
			<textarea id={fieldElementId(field)} rows={field.lines} data-lines={field.lines} value={value} onChange={(event) => onChange(event.target.value)} />
		</LabelledControl>
	);
}

export const longTextView: FieldViewParts<'longtext'> = { View: LongTextView, readTyped: readSingleControl };
