import { typedChoices, type FieldViewParts, type FieldViewProps } from './view.tsx';

export function ChecklistView({ field, value = [], onChange }: FieldViewProps<'checklist'>) {
	return (
		<fieldset>
			<legend className="field__label">{field.label}</legend>
			{field.options.map((option) => (
				<label className="choice choice--block" key={option.id}>
					<input
						type="checkbox"
						name={`${field.id}.${option.id}`}
						checked={value.includes(option.id)}
						onChange={(event) => onChange(event.target.checked ? [...value, option.id] : value.filter((other) => other !== option.id))}
					/>{' '}
					{option.label}
				</label>
			))}
		</fieldset>
	);
}

export const checklistView: FieldViewParts<'checklist'> = {
	View: ChecklistView,
	readTyped: (field, element) => typedChoices(element.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'))?.map((box) => box.name.slice(field.id.length + 1)),
};
