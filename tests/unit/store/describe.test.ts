import { describe, expect, it } from 'vitest';
import { answerText, backupFileName, fieldLabel } from '../../../src/lib/store/describe.ts';
import { HEADER_FIELDS } from '../../../src/lib/store/record.ts';
import { sheet } from './helpers.ts';

describe('how the Device data page names stored answers', () => {
	it('names a field by its question, the header parts by theirs, and a removed field by its id', () => {
		expect(fieldLabel(sheet, 'mood')).toBe('Mood');
		expect(fieldLabel(sheet, HEADER_FIELDS.client)).toBe('Client name or initials');
		expect(fieldLabel(sheet, 'removed-question')).toBe('removed-question');
		expect(fieldLabel(undefined, 'notes')).toBe('notes');
	});

	it('writes every kind of answer as plain text, markup left as typed', () => {
		expect(answerText('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
		expect(answerText(7)).toBe('7');
		expect(answerText(['consent', 'checked'])).toBe('consent, checked');
		expect(answerText({ 0: { bp: '128/82', pulse: '74' }, 1: { bp: '120/80' } })).toBe('128/82 · 74\n120/80');
	});

	it('dates the backup file by the day it was made', () => {
		expect(backupFileName(new Date('2026-11-28T23:30:00.000Z'))).toBe('kapkit-device-backup-2026-11-28.json');
	});
});
