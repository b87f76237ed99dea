import type { Worksheet } from '../../schemas/worksheet.ts';
import type { Answer } from '../answers.ts';
import { HEADER_FIELDS } from './record.ts';

/** How the Device data page names what the store holds, in a reader's words. Pure: no DOM. */

type Sheet = Pick<Worksheet, 'title' | 'sections'>;

const HEADER_LABELS: Record<string, string> = { [HEADER_FIELDS.client]: 'Client name or initials', [HEADER_FIELDS.date]: 'Date' };

/** The question a field id stands for, or the id itself when this edition no longer has the field. */
export function fieldLabel(worksheet: Sheet | undefined, fieldId: string): string {
	return HEADER_LABELS[fieldId] ?? worksheet?.sections.flatMap((section) => section.fields).find((field) => field.id === fieldId)?.label ?? fieldId;
}

/** An answer as plain text: text as typed, a scale's number, a checklist's ticked option ids, a table one row a line. */
export function answerText(value: Answer): string {
	if (typeof value === 'string') return value;
	if (typeof value === 'number') return String(value);
	if (Array.isArray(value)) return value.join(', ');
	return Object.values(value)
		.map((cells) => Object.values(cells).join(' · '))
		.join('\n');
}

/** The file a backup downloads as: dated, so several backups sort by day. */
export const backupFileName = (now: Date) => `kapkit-device-backup-${now.toISOString().slice(0, 10)}.json`;
