import { z } from 'astro/zod';
import { doseUnits } from '../../schemas/dose-units.ts';
import { plausibleRanges } from '../../schemas/threshold-rule.ts';
import { isLocalTime, toInstant, toLocal } from '../planner/calendar.ts';
import { defineToolRecordKind, toolFieldMisfit } from '../store/tool-kinds.ts';
import type { Reading } from './readings.ts';

/**
 * A live dosing session as the device store keeps it: one record of kind `session` with a random id.
 * `meta` holds what was set at the start (the clock is derived from `startedAt`, so a reload, a
 * sleeping tablet or a crash loses nothing); each reading is its own field `reading:<uuid>`, so two
 * windows adding readings never collide; `discharge` the checklist ticks; `end` the finish.
 */

export const CLIENT_LABEL_MAX_LENGTH = 40;

const instant = z.iso.datetime({ offset: true, error: 'expected a date and time (ISO 8601)' });

export const sessionMetaSchema = z.strictObject({
	protocolId: z.string().min(1),
	clientLabel: z.string().trim().min(1, 'expected a client label (initials or a pseudonym)').max(CLIENT_LABEL_MAX_LENGTH),
	dose: z.strictObject({ amount: z.number().positive(), unit: z.enum(doseUnits) }),
	startedAt: instant,
	/** The IANA time zone the vitals log's clock times are written in. */
	timeZone: z.string().min(1),
	device: z.string().max(80).optional(),
	lot: z.string().max(80).optional(),
});
export type SessionMeta = z.infer<typeof sessionMetaSchema>;

const measure = (range: { min: number; max: number }) => z.number().min(range.min).max(range.max);
export const readingSchema = z.discriminatedUnion('check', [
	z.strictObject({ check: z.literal('blood-pressure'), takenAt: instant, systolic: measure(plausibleRanges.systolic), diastolic: measure(plausibleRanges.diastolic) }),
	z.strictObject({ check: z.enum(['heart-rate', 'oxygen-saturation', 'respiratory-rate']), takenAt: instant, value: z.number().min(0).max(250) }),
	z.strictObject({ check: z.enum(['sedation', 'dissociation']), takenAt: instant, scale: z.string().min(1), score: z.number() }),
]) satisfies z.ZodType<Reading>;

export const dischargeSchema = z.strictObject({ checked: z.array(z.string()) });
export type DischargeTicks = z.infer<typeof dischargeSchema>;

export const endSchema = z.strictObject({ endedAt: instant, readyToLeaveAt: instant.optional() });
export type SessionEnd = z.infer<typeof endSchema>;

export const sessionRecordKind = defineToolRecordKind({
	kind: 'session',
	noun: 'dosing session',
	fields: { meta: sessionMetaSchema, reading: readingSchema, discharge: dischargeSchema, end: endSchema },
});

export const SESSION_FIELDS = { meta: 'meta', discharge: 'discharge', end: 'end' } as const;
export const readingFieldId = (uuid: string) => `reading:${uuid}`;

export interface SessionState {
	meta: SessionMeta;
	readings: Reading[];
	discharge: DischargeTicks;
	end?: SessionEnd | undefined;
	/** Fields that could not be read, named, so that nothing is silently dropped. */
	problems: string[];
}

/** Reads a session record's fields (JSON text checked by the kind's schemas); undefined when it has no readable start. */
export function readSession(fields: Readonly<Record<string, { value: unknown }>>): SessionState | undefined {
	const problems: string[] = [];
	const parsed = (fieldId: string): unknown => {
		const value = fields[fieldId]?.value;
		const misfit = toolFieldMisfit(sessionRecordKind, fieldId, value);
		if (misfit) {
			problems.push(misfit);
			return undefined;
		}
		return JSON.parse(value as string);
	};
	if (!fields[SESSION_FIELDS.meta]) return undefined;
	const meta = parsed(SESSION_FIELDS.meta) as SessionMeta | undefined;
	if (!meta) return undefined;
	const readings = Object.keys(fields)
		.filter((fieldId) => fieldId.startsWith('reading:'))
		.flatMap((fieldId) => {
			const reading = parsed(fieldId) as Reading | undefined;
			return reading ? [reading] : [];
		})
		.sort((a, b) => a.takenAt.localeCompare(b.takenAt) || a.check.localeCompare(b.check));
	const discharge = (fields[SESSION_FIELDS.discharge] && (parsed(SESSION_FIELDS.discharge) as DischargeTicks | undefined)) || { checked: [] };
	const end = fields[SESSION_FIELDS.end] ? (parsed(SESSION_FIELDS.end) as SessionEnd | undefined) : undefined;
	return { meta, readings, discharge, end, problems };
}

/** Checks the start form as typed; the message names the field. */
export function checkStart(input: { clientLabel: string; amount: string; unit: string }): { ok: true; clientLabel: string; dose: SessionMeta['dose'] } | { ok: false; field: 'clientLabel' | 'amount'; message: string } {
	const clientLabel = input.clientLabel.trim();
	if (!clientLabel) return { ok: false, field: 'clientLabel', message: 'Client label: expected initials or a pseudonym (not a full name), found nothing' };
	if (clientLabel.length > CLIENT_LABEL_MAX_LENGTH) return { ok: false, field: 'clientLabel', message: `Client label: expected at most ${CLIENT_LABEL_MAX_LENGTH} characters (initials or a pseudonym), found ${clientLabel.length}` };
	const amount = input.amount.trim();
	if (!/^\d+(\.\d+)?$/.test(amount) || Number(amount) <= 0) return { ok: false, field: 'amount', message: `Dose given: expected a positive number, found ${JSON.stringify(input.amount)}` };
	const unit = doseUnits.find((candidate) => candidate === input.unit);
	if (!unit) return { ok: false, field: 'amount', message: `Dose given: expected a unit, one of ${doseUnits.join(', ')}, found ${JSON.stringify(input.unit)}` };
	return { ok: true, clientLabel, dose: { amount: Number(amount), unit } };
}

/**
 * The instant a reading was taken: now, or the clock time the clinician typed, on the day of `now`
 * in the session's time zone (or the day before, when that time is still ahead of now: a reading
 * written up just after midnight).
 */
export function takenAtFrom(edited: string, now: Date, timeZone: string): { ok: true; takenAt: string } | { ok: false; message: string } {
	if (edited.trim() === '') return { ok: true, takenAt: now.toISOString() };
	if (!isLocalTime(edited)) return { ok: false, message: `Time taken: expected a clock time such as 09:40, found ${JSON.stringify(edited)}` };
	const today = toLocal(now.getTime(), timeZone).date;
	let taken = toInstant(today, edited, timeZone);
	if (taken > now.getTime() + 60_000) taken -= 24 * 60 * 60_000;
	return { ok: true, takenAt: new Date(taken).toISOString() };
}
