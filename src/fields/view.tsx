import type { ComponentType, ReactNode } from 'react';
import type { AnswerOf, FieldOf, WorksheetFieldType } from './registry.ts';

/** What the form hands a field's view: the field, its answer, and where a new answer goes. */
export interface FieldViewProps<Type extends WorksheetFieldType> {
	field: FieldOf<Type>;
	/** Undefined when there is no answer, or while a blank copy prints. */
	value: AnswerOf<Type> | undefined;
	onChange(value: AnswerOf<Type>): void;
}

export type FieldView<Type extends WorksheetFieldType> = ComponentType<FieldViewProps<Type>>;

/** The id of a field's control; the print sheet sizes long answers by it. */
export const fieldElementId = (field: { id: string }) => `field-${field.id}`;

/** A single control with the field's label above it. */
export function LabelledControl({ field, children }: { field: { id: string; label: string }; children: ReactNode }) {
	return (
		<label htmlFor={fieldElementId(field)}>
			<span className="field__label">{field.label}</span>
			{children}
		</label>
	);
}
