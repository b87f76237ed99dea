import { worksheetSchema } from '../../../src/schemas/worksheet.ts';
import type { StoreRecord } from '../../../src/lib/store/record.ts';
import { worksheet as fixture } from '../fixtures.ts';

/** The fixture worksheet (fields: name, notes, mood 0–10, checks, stable, date, time, signature, vitals). */
export const sheet = { ...worksheetSchema.parse(fixture()), title: 'Vitals log' };
export const definitions = { worksheet: (id: string) => (id === 'vitals-log' ? sheet : undefined) };

export const at = (minute: number) => new Date(Date.UTC(2026, 10, 28, 9, minute)).toISOString();

export const record = (fields: StoreRecord['fields'], orphaned: StoreRecord['orphaned'] = {}): StoreRecord => ({ kind: 'worksheet', id: 'vitals-log', version: sheet.version, fields, orphaned });
