import type { DoseBasis, PeakMeasure } from '../schemas/dose.ts';

// The row labels of a dosing page's "Session at a glance" table. A figure's label says what the
// figure is, so an estimate is never read as a published range, nor a plasma peak as the felt peak.

const doseLabels: Record<DoseBasis, string> = {
	'published-range': 'Published dose range',
	label: 'Dose in the label',
	'iv-equivalent-estimate': 'Estimated IV-equivalent dose (not a recommended dose)',
};

export function doseRowLabel(basis: DoseBasis): string {
	return doseLabels[basis];
}

const peakLabels: Record<PeakMeasure, string> = {
	effect: 'Peak effect',
	'plasma-tmax': 'Peak plasma level (Tmax), not the felt peak',
};

export function peakRowLabel(measure: PeakMeasure): string {
	return peakLabels[measure];
}
