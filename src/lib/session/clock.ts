import type { DosingSession } from '../../schemas/dose.ts';
import type { Reading } from './readings.ts';

const MINUTE = 60_000;

/**
 * A monitoring point is due from DUE_EARLY minutes before its time until DUE_LATE minutes after;
 * after that, a check not yet recorded is overdue. A reading counts for the point whose window
 * holds it: from DUE_EARLY minutes before the point to DUE_EARLY minutes before the next point.
 * Once the next point's window opens, a point still missing a check is "missed".
 */
export const DUE_EARLY = 2;
export const DUE_LATE = 5;

export type PointStatus = 'upcoming' | 'due' | 'overdue' | 'missed' | 'done';

export interface ClockPoint {
	/** Minutes after the dose started, as the protocol gives them. */
	at: number;
	/** The instant the point falls at (ISO 8601). */
	time: string;
	checks: DosingSession['monitoring'][number]['checks'];
	note?: string | undefined;
	/** Checks the reading form takes (observation and nausea are watched, not measured). */
	measured: string[];
	missing: string[];
	status: PointStatus;
}

export interface SessionClock {
	/** Minutes since the dose started (negative before it). */
	elapsedMinutes: number;
	baseline: { checks: string[]; recorded: string[]; missing: string[] };
	points: ClockPoint[];
	dueNow: ClockPoint[];
	next: ClockPoint | null;
	overdue: ClockPoint[];
	observation: { startsAt: string; endsAt: string; remainingMinutes: number; complete: boolean };
}

const measuredChecks = new Set(['blood-pressure', 'heart-rate', 'oxygen-saturation', 'respiratory-rate', 'sedation', 'dissociation']);

export const minutesAfter = (startedAt: string, instant: string) => (Date.parse(instant) - Date.parse(startedAt)) / MINUTE;

/** The index of the monitoring point whose window holds a reading taken `minute` minutes after the dose, or -1 before the dose. */
export function pointIndexFor(session: Pick<DosingSession, 'monitoring'>, minute: number): number {
	if (minute < 0) return -1;
	let index = 0;
	session.monitoring.forEach((point, i) => {
		if (minute >= point.at - DUE_EARLY) index = i;
	});
	return index;
}

/** The session's schedule at `now`, derived only from the stored start and the readings, so a reload changes nothing. */
export function sessionClock(session: DosingSession, startedAt: string, now: Date, readings: readonly Reading[]): SessionClock {
	const start = Date.parse(startedAt);
	if (Number.isNaN(start)) throw new Error(`expected the session's start as an ISO 8601 instant, found ${JSON.stringify(startedAt)}`);
	const elapsed = (now.getTime() - start) / MINUTE;
	const recordedAt = (index: number) => new Set(readings.filter((reading) => pointIndexFor(session, minutesAfter(startedAt, reading.takenAt)) === index).map((reading) => reading.check as string));

	const baselineDone = recordedAt(-1);
	const baselineChecks = session.baseline.filter((check) => measuredChecks.has(check));
	const points = session.monitoring.map((point, index): ClockPoint => {
		const done = recordedAt(index);
		const measured = point.checks.filter((check) => measuredChecks.has(check));
		const missing = measured.filter((check) => !done.has(check));
		const nextAt = session.monitoring[index + 1]?.at;
		let status: PointStatus;
		if (measured.length > 0 && missing.length === 0) status = 'done';
		else if (elapsed < point.at - DUE_EARLY) status = 'upcoming';
		else if (elapsed <= point.at + DUE_LATE) status = 'due';
		else if (nextAt !== undefined && elapsed >= nextAt - DUE_EARLY) status = missing.length ? 'missed' : 'done';
		else status = missing.length ? 'overdue' : 'done';
		return { at: point.at, time: new Date(start + point.at * MINUTE).toISOString(), checks: point.checks, note: point.note, measured, missing, status };
	});
	const observationStart = start + session.administrationMinutes * MINUTE;
	const observationEnd = observationStart + session.observationMinutes * MINUTE;
	return {
		elapsedMinutes: elapsed,
		baseline: { checks: baselineChecks, recorded: baselineChecks.filter((check) => baselineDone.has(check)), missing: baselineChecks.filter((check) => !baselineDone.has(check)) },
		points,
		dueNow: points.filter((point) => point.status === 'due'),
		next: points.find((point) => point.status === 'upcoming') ?? null,
		overdue: points.filter((point) => point.status === 'overdue'),
		observation: {
			startsAt: new Date(observationStart).toISOString(),
			endsAt: new Date(observationEnd).toISOString(),
			remainingMinutes: Math.max(0, (observationEnd - now.getTime()) / MINUTE),
			complete: now.getTime() >= observationEnd,
		},
	};
}
