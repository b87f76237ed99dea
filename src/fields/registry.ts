import { z } from 'astro/zod';
import { checklistField } from './checklist.ts';
import { dateField } from './date.ts';
import { longTextField } from './longtext.ts';
import { scaleField } from './scale.ts';
import { signatureField } from './signature.ts';
import { tableField } from './table.ts';
import { textField } from './text.ts';
import { timeField } from './time.ts';
import { yesNoField } from './yesno.ts';

/** Every kind of worksheet field, in the order error messages list them. Its view goes in view-registry.tsx. */
export const fieldKinds = [textField, longTextField, scaleField, checklistField, yesNoField, dateField, timeField, tableField, signatureField] as const;

type Kind = (typeof fieldKinds)[number];
type SchemasOf<Kinds extends readonly { schema: unknown }[]> = { -readonly [I in keyof Kinds]: Kinds[I]['schema'] };

export const worksheetFieldSchema = z.discriminatedUnion('type', fieldKinds.map((kind) => kind.schema) as unknown as SchemasOf<typeof fieldKinds>);
export type WorksheetField = z.infer<typeof worksheetFieldSchema>;
export type WorksheetFieldType = WorksheetField['type'];
export type FieldOf<Type extends WorksheetFieldType> = Extract<WorksheetField, { type: Type }>;
export type AnswerOf<Type extends WorksheetFieldType> = z.output<Extract<Kind, { type: Type }>['answer']>;
/** Any answer to any field, as kept on the device. */
export type Answer = AnswerOf<WorksheetFieldType>;

export const fieldTypes: WorksheetFieldType[] = fieldKinds.map((kind) => kind.type);

// The union above ties each field to its kind; TypeScript cannot follow that through a lookup.
const kindOf = (type: WorksheetFieldType) => fieldKinds.find((kind) => kind.type === type) as unknown as { answer: z.ZodType; fits(field: WorksheetField, value: unknown): boolean; print: string; printField?(field: WorksheetField): string[] };

/** Every shape an answer may have, for reading saved answers and files before fitting them to fields. */
export const answerSchema = z.union([...new Set(fieldKinds.map((kind) => kind.answer))] as unknown as [z.ZodType<Answer>, ...z.ZodType<Answer>[]]);

/** Whether `value` is a possible answer to `field` (the right shape, within its range, options or rows). */
export function fitsField(field: WorksheetField, value: unknown): boolean {
	const kind = kindOf(field.type);
	const parsed = kind.answer.safeParse(value);
	return parsed.success && kind.fits(field, parsed.data);
}

/** The print rules a worksheet with these fields needs: each kind's once, then each field's own. */
export function fieldPrintRules(fields: WorksheetField[]): string[] {
	const kinds = new Set(fields.map((field) => field.type));
	return [...fieldKinds.filter((kind) => kinds.has(kind.type) && kind.print).map((kind) => kind.print), ...fields.flatMap((field) => kindOf(field.type).printField?.(field) ?? [])];
}
