import { typedChoices, type FieldViewParts, type FieldViewProps } from './view.tsx';

export function ScaleView({ field, value, onChange }: FieldViewProps<'scale'>) {
	return (
		<fieldset className="scale">
			<legend className="field__label">{field.label}</legend>
			<div className="scale__steps">
				{Array.from({ length: field.max - field.min + 1 }, (_, i) => field.min + i).map((step) => (
					<label key={step}>
						<input type="radio" name={field.id} value={step} checked={value === step} onChange={() => onChange(step)} />
						<span>{step}</span>
					</label>
				))}
			</div>
			<p className="scale__anchors">
				<span>
					{field.min} = {field.anchors.min}
				</span>
				<span>
					{field.max} = {field.anchors.max}
				</span>
			</p>
		</fieldset>
	);
}

export const scaleView: FieldViewParts<'scale'> = {
	View: ScaleView,
	readTyped: (field, element) => {
		const checked = typedChoices(element.querySelectorAll<HTMLInputElement>(`input[name="${field.id}"]`))?.[0];
		return checked ? Number(checked.value) : undefined;
	},
};
