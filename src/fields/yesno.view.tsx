import { typedChoices, type FieldViewParts, type FieldViewProps } from './view.tsx';

export function YesNoView({ field, value, onChange }: FieldViewProps<'yesno'>) {
	return (
		<fieldset>
			<legend className="field__label">{field.label}</legend>
			{(['yes', 'no'] as const).map((choice) => (
				<label className="choice" key={choice}>
					<input type="radio" name={field.id} value={choice} checked={value === choice} onChange={() => onChange(choice)} /> {choice === 'yes' ? 'Yes' : 'No'}
				</label>
			))}
		</fieldset>
	);
}

export const yesNoView: FieldViewParts<'yesno'> = {
	View: YesNoView,
	readTyped: (field, element) => typedChoices(element.querySelectorAll<HTMLInputElement>(`input[name="${field.id}"]`))?.[0]?.value,
};
