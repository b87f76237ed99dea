import type { Worksheet } from '../../schemas/worksheet.ts';
import type { Answer } from '../answers.ts';
import { toolRecordKind } from './kinds.ts';
import { HEADER_FIELDS, type RecordKind } from './record.ts';

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

/**
 * A kept record in a line: a worksheet by its title and answer count; a tool's record by its noun
 * and the start of its random id (its client label is inside, and sealed while locked).
 */
export function recordLine(record: { kind: RecordKind; id: string; fieldCount: number }, worksheetTitle: (id: string) => string | undefined): string {
	const tool = toolRecordKind(record.kind);
	if (!tool) return `${worksheetTitle(record.id) ?? record.id}: ${record.fieldCount} answer${record.fieldCount === 1 ? '' : 's'}`;
	const noun = tool.noun.charAt(0).toUpperCase() + tool.noun.slice(1);
	return `${noun} ${record.id.slice(0, 8)}: ${record.fieldCount} entr${record.fieldCount === 1 ? 'y' : 'ies'}`;
}

/** The file a backup downloads as: dated, so several backups sort by day. */
export const backupFileName = (now: Date) => `kapkit-device-backup-${now.toISOString().slice(0, 10)}.json`;
