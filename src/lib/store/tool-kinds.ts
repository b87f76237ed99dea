import type { z } from 'astro/zod';

/**
 * What the tools keep in the device store, beside worksheet answers: one record kind per tool
 * (course plans, measure scores, dosing-session logs). A tool's record is a set of fields whose
 * values are JSON text, each checked by the tool's own schema when it is read, written or imported
 * from a backup. Record ids are random (never a client label: ids stay readable while the store is
 * locked); the client label lives inside a field value.
 */
export interface ToolRecordKind<Kind extends string = string> {
	kind: Kind;
	/** The record in words, for messages: "course plan". */
	noun: string;
	/** The schema of each field's value, by field id (the id's part before any ':'). */
	fields: Record<string, z.ZodType>;
}

export const defineToolRecordKind = <Kind extends string>(definition: ToolRecordKind<Kind>) => definition;

/** Why `value` cannot be stored under `fieldId` of a record of this kind, or undefined when it can. */
export function toolFieldMisfit(kind: ToolRecordKind, fieldId: string, value: unknown): string | undefined {
	const schema = kind.fields[fieldId.split(':')[0]!];
	if (!schema) return `A ${kind.noun} has no field "${fieldId}".`;
	if (typeof value !== 'string') return `The ${kind.noun}'s "${fieldId}" is not JSON text.`;
	let data: unknown;
	try {
		data = JSON.parse(value);
	} catch {
		return `The ${kind.noun}'s "${fieldId}" is not valid JSON.`;
	}
	const parsed = schema.safeParse(data);
	if (parsed.success) return undefined;
	const issue = parsed.error.issues[0]!;
	return `The ${kind.noun}'s "${fieldId}" is not possible${issue.path.length ? ` (at ${issue.path.join('.')})` : ''}: ${issue.message}.`;
}
