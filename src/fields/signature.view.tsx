import { fieldElementId, LabelledControl, readSingleControl, type FieldViewParts, type FieldViewProps } from './view.tsx';

export function SignatureView({ field, value = '', onChange }: FieldViewProps<'signature'>) {
	return (
		<LabelledControl field={field}>
			<input id={fieldElementId(field)} type="text" autoComplete="off" value={value} onChange={(event) => onChange(event.target.value)} placeholder="Name of the person signing" />
		</LabelledControl>
	);
}

export const signatureView: FieldViewParts<'signature'> = { View: SignatureView, readTyped: readSingleControl };
