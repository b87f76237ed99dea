/**
 * Wall-clock dates and times in a practice's named time zone. Sessions are booked as local dates
 * and times (a 09:00 clinic stays 09:00 across a daylight-saving change); hours after a dose are
 * real elapsed time, so windows are computed on instants. Intl knows every IANA zone, so the two
 * conversions below are all the time-zone code the planner needs (no date library in the island).
 */

/** 'YYYY-MM-DD' */
export type LocalDate = string;
/** 'HH:MM', 24-hour */
export type LocalTime = string;
/** ISO weekday: 1 Monday … 7 Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export const weekdays: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 7];
export const weekdayNames: Record<Weekday, string> = { 1: 'Monday', 2: 'Tuesday', 3: 'Wednesday', 4: 'Thursday', 5: 'Friday', 6: 'Saturday', 7: 'Sunday' };

const DAY_MS = 86_400_000;

const parseDate = (date: LocalDate) => {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	return Date.UTC(y, m - 1, d);
};
const formatDate = (utcMidnight: number): LocalDate => new Date(utcMidnight).toISOString().slice(0, 10);

export const isLocalDate = (text: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(text) && formatDate(parseDate(text)) === text;
export const isLocalTime = (text: string): boolean => /^([01]\d|2[0-3]):[0-5]\d$/.test(text);

export const addDays = (date: LocalDate, days: number): LocalDate => formatDate(parseDate(date) + days * DAY_MS);
export const daysBetween = (from: LocalDate, to: LocalDate): number => Math.round((parseDate(to) - parseDate(from)) / DAY_MS);
export const weekdayOf = (date: LocalDate): Weekday => (((new Date(parseDate(date)).getUTCDay() + 6) % 7) + 1) as Weekday;

export function isValidTimeZone(timeZone: string): boolean {
	try {
		new Intl.DateTimeFormat('en-GB', { timeZone });
		return true;
	} catch {
		return false;
	}
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function partsIn(timeZone: string, instant: number) {
	let format = formatters.get(timeZone);
	if (!format) {
		format = new Intl.DateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
		formatters.set(timeZone, format);
	}
	const parts = Object.fromEntries(format.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
	return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** The zone's offset from UTC at an instant, in minutes (London in summer: 60). */
function offsetAt(timeZone: string, instant: number): number {
	const { date, time } = partsIn(timeZone, instant);
	const [h, m] = time.split(':').map(Number) as [number, number];
	return (parseDate(date) + (h * 60 + m) * 60_000 - Math.floor(instant / 60_000) * 60_000) / 60_000;
}

/**
 * The instant (ms since the epoch) of a wall-clock time in a zone, disambiguated as calendar apps
 * and Temporal's "compatible" mode do: a time repeated when clocks go back is the earlier one; a
 * time skipped when clocks go forward moves on by the length of the gap (01:30 → 02:30).
 */
export function toInstant(date: LocalDate, time: LocalTime, timeZone: string): number {
	const [h, m] = time.split(':').map(Number) as [number, number];
	const wall = parseDate(date) + (h * 60 + m) * 60_000;
	const before = wall - offsetAt(timeZone, wall - DAY_MS) * 60_000;
	const after = wall - offsetAt(timeZone, wall + DAY_MS) * 60_000;
	const fits = (instant: number) => {
		const local = partsIn(timeZone, instant);
		return local.date === date && local.time === time;
	};
	const candidates = [before, after].filter(fits);
	return candidates.length ? Math.min(...candidates) : before;
}

/** The wall-clock date and time of an instant in a zone. */
export const toLocal = (instant: number, timeZone: string): { date: LocalDate; time: LocalTime } => partsIn(timeZone, instant);
