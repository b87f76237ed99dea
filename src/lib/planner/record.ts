import { z } from 'astro/zod';
import { defineToolRecordKind, toolFieldMisfit } from '../store/tool-kinds.ts';
import { isLocalDate, isLocalTime, type Weekday } from './calendar.ts';
import type { PracticeHours, SessionEvent } from './schedule.ts';

const localDate = z.string().refine(isLocalDate, { error: 'expected a date as YYYY-MM-DD' });
const localTime = z.string().refine(isLocalTime, { error: 'expected a time as HH:MM (24-hour)' });
const weekdaySet = z.array(z.number().int().min(1).max(7)).max(7);
export const CLIENT_LABEL_MAX = 40;

/** What the clinician chose for one client's course: everything the plan is computed from. */
export const planSetupSchema = z.strictObject({
	/** Initials or a pseudonym; the page asks for no full names. */
	label: z.string().trim().min(1).max(CLIENT_LABEL_MAX),
	/** The course template's id, e.g. "iv-acute-series". */
	template: z.string().min(1),
	timeZone: z.string().min(1),
	firstDose: z.strictObject({ date: localDate, time: localTime }),
	dosing: z.strictObject({ weekdays: weekdaySet, time: localTime }),
	integration: z.strictObject({ weekdays: weekdaySet, times: z.array(localTime).max(8) }),
	closed: z.array(z.strictObject({ from: localDate, to: localDate })).max(100),
	/** Session lengths for the calendar export. */
	minutes: z.strictObject({ dosing: z.number().int().min(10).max(720), integration: z.number().int().min(10).max(480) }),
	created: z.iso.datetime(),
});
export type PlanSetup = z.infer<typeof planSetupSchema>;

/** What happened to one session (field "event:<session id>"); null once the mark is taken back. */
export const sessionEventSchema = z.nullable(
	z.discriminatedUnion('status', [
		z.strictObject({ status: z.enum(['done', 'moved']), date: localDate, time: localTime }),
		z.strictObject({ status: z.literal('missed'), date: localDate }),
	]),
);
export type StoredSessionEvent = z.infer<typeof sessionEventSchema>;

/**
 * A client's course plan on this device: the set-up in one field, and each session's mark in a
 * field of its own ("event:dose-3"), so two windows marking different sessions never collide.
 */
export const planRecordKind = defineToolRecordKind({
	kind: 'plan',
	noun: 'course plan',
	fields: { setup: planSetupSchema, event: sessionEventSchema },
});

export const SETUP_FIELD = 'setup';
export const eventField = (sessionId: string) => `event:${sessionId}`;

/** The marks a record holds, as the scheduler takes them (taken-back marks dropped). */
export function sessionEvents(fields: Record<string, unknown>): SessionEvent[] {
	return Object.entries(fields).flatMap(([fieldId, value]) => {
		if (!fieldId.startsWith('event:') || value === null || value === undefined) return [];
		return [{ session: fieldId.slice('event:'.length), ...(value as NonNullable<StoredSessionEvent>) }];
	});
}

export const practiceHours = (setup: PlanSetup): PracticeHours => ({
	timeZone: setup.timeZone,
	dosing: { weekdays: setup.dosing.weekdays as Weekday[], time: setup.dosing.time },
	integration: { weekdays: setup.integration.weekdays as Weekday[], times: setup.integration.times },
	closed: setup.closed,
});

/** A client's course plan as read from the device store. */
export interface KeptPlan {
	id: string;
	setup: PlanSetup;
	events: SessionEvent[];
}

/** Reads a kept plan's fields, each checked against the record kind; what does not read is named, not used. */
export function readPlan(id: string, fields: Readonly<Record<string, { value: unknown }>>): KeptPlan | string {
	const values: Record<string, unknown> = {};
	for (const [fieldId, entry] of Object.entries(fields)) {
		const misfit = toolFieldMisfit(planRecordKind, fieldId, entry.value);
		if (misfit) return misfit;
		values[fieldId] = JSON.parse(entry.value as string);
	}
	const setup = planSetupSchema.safeParse(values[SETUP_FIELD]);
	if (!setup.success) return `A course plan on this device has no set-up (record ${id}): delete it, or restore it from a backup.`;
	return { id, setup: setup.data, events: sessionEvents(values) };
}
