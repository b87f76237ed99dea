import { fieldElementId, LabelledControl, type FieldViewProps } from './view.tsx';

export function SignatureView({ field, value = '', onChange }: FieldViewProps<'signature'>) {
	return (
		<LabelledControl field={field}>
			<input id={fieldElementId(field)} type="text" autoComplete="off" value={value} onChange={(event) => onChange(event.target.value)} placeholder="Name of the person signing" />
		</LabelledControl>
	);
}
