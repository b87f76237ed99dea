import { z } from 'astro/zod';
import { slug } from '../schemas/common.ts';

/**
 * A kind of worksheet field (text, scale, table, ...): everything about it that plain Node needs
 * — its frontmatter schema, which answers fit it, its print rules. Its React view is beside it in
 * `<kind>.view.tsx`; `registry.ts` and `view-registry.tsx` list every kind, and TypeScript refuses a kind
 * that lacks one of these parts.
 */
export interface FieldKind<Schema extends FieldSchema = FieldSchema, Value = unknown> {
	/** The `type` a worksheet's frontmatter names the kind by. */
	readonly type: z.output<Schema>['type'];
	readonly schema: Schema;
	/** The shape of any answer to a field of this kind, as saved on the device and in exports. */
	readonly answer: z.ZodType<Value>;
	/** Whether an answer of that shape is possible for this field (its range, options, rows). */
	fits(field: z.output<Schema>, value: Value): boolean;
	/** Print rules for every field of this kind, added to the print sheet of a worksheet that has one. */
	readonly print: string;
	/** Print rules for one field, e.g. the height of its ruled lines. */
	printField?(field: z.output<Schema>): string[];
}

type FieldSchema = z.ZodObject & z.ZodType<{ type: string; id: string; label: string; help?: string | undefined }>;

/** Checks a kind's parts against each other, and keeps its exact types for the registry. */
export const defineFieldKind = <Schema extends FieldSchema, Value>(kind: FieldKind<Schema, Value>) => kind;

/** What every field has. */
export const fieldBase = {
	/** Saved answers are keyed by it: keep it stable across versions. */
	id: slug,
	label: z.string().min(1),
	help: z.string().optional(),
};

/** Answer shapes shared by several kinds (one schema each, so saved answers parse against few). */
export const textAnswer = z.string();

/** Adds an issue for every item whose id an earlier item already has. */
export function uniqueIds(items: { id: string }[], what: string, ctx: z.RefinementCtx, path: (string | number)[]) {
	const seen = new Map<string, number>();
	items.forEach((item, index) => {
		const first = seen.get(item.id);
		if (first !== undefined) {
			ctx.addIssue({ code: 'custom', path: [...path, index, 'id'], message: `expected a ${what} id not used before (first at [${first}]), found duplicate ${JSON.stringify(item.id)}` });
		} else {
			seen.set(item.id, index);
		}
	});
}
