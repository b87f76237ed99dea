import { phases, type Phase } from '../schemas/common.ts';

interface Ordered {
	id: string;
	data: { phase: Phase; order?: number; title: string };
}

/** Entries grouped by phase in care order, each group sorted by `order`, then title. */
export function groupByPhase<T extends Ordered>(entries: readonly T[]): { phase: Phase; entries: T[] }[] {
	return phases.map((phase) => ({
		phase,
		entries: entries
			.filter((entry) => entry.data.phase === phase)
			.sort((a, b) => (a.data.order ?? 0) - (b.data.order ?? 0) || a.data.title.localeCompare(b.data.title)),
	}));
}

/** The URL path (below the base) of a protocol: "protocols/dosing/iv-racemic-infusion/". */
export const protocolPath = (id: string) => `/protocols/${id}/`;
export const worksheetPath = (id: string) => `/worksheets/${id}/`;
export const coursePath = (id: string) => `/courses/${id}/`;
