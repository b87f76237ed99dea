import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { defineToolRecordKind, toolFieldMisfit } from '../../../src/lib/store/tool-kinds.ts';

const kind = defineToolRecordKind({ kind: 'example', noun: 'example record', fields: { label: z.string().max(5), reading: z.strictObject({ at: z.iso.datetime(), value: z.number() }) } });

describe('tool record fields', () => {
	it('accepts JSON text its schema accepts, under a known field id or one with a suffix', () => {
		expect(toolFieldMisfit(kind, 'label', '"A.B."')).toBeUndefined();
		expect(toolFieldMisfit(kind, 'reading:7f3a', JSON.stringify({ at: '2026-11-28T09:00:00.000Z', value: 120 }))).toBeUndefined();
	});

	it('refuses an unknown field, a value that is not JSON text, and a value its schema refuses, saying where', () => {
		expect(toolFieldMisfit(kind, 'notes', '"x"')).toBe('A example record has no field "notes".');
		expect(toolFieldMisfit(kind, 'label', 5)).toMatch(/is not JSON text/);
		expect(toolFieldMisfit(kind, 'label', '{oops')).toMatch(/is not valid JSON/);
		expect(toolFieldMisfit(kind, 'label', '"too long"')).toMatch(/"label" is not possible: /);
		expect(toolFieldMisfit(kind, 'reading:1', JSON.stringify({ at: 'yesterday', value: 120 }))).toMatch(/\(at at\)/);
	});
});
