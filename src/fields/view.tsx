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

/**
 * What a reader typed into a field's server-rendered controls before the form came alive, read from
 * the field's element (`[data-field]`); undefined when the controls still hold what the server drew.
 */
export type ReadTyped<Type extends WorksheetFieldType> = (field: FieldOf<Type>, element: HTMLElement) => AnswerOf<Type> | undefined;

/** A kind's view and how to read its static controls: one entry per kind in view-registry.tsx. */
export interface FieldViewParts<Type extends WorksheetFieldType> {
	View: FieldView<Type>;
	readTyped: ReadTyped<Type>;
}

type TextControl = HTMLInputElement | HTMLTextAreaElement;

/** The text a control holds if the reader changed it from what the server rendered. */
export const typedText = (control: TextControl | null): string | undefined => (control && control.value !== control.defaultValue ? control.value : undefined);

/** The checked boxes or radios among `controls`, if the reader changed any of them. */
export function typedChoices(controls: Iterable<HTMLInputElement>): HTMLInputElement[] | undefined {
	const all = [...controls];
	return all.some((control) => control.checked !== control.defaultChecked) ? all.filter((control) => control.checked) : undefined;
}

/** For the kinds drawn as one text-like control. */
export const readSingleControl = (_field: unknown, element: HTMLElement) => typedText(element.querySelector<TextControl>('input, textarea'));
