import { describe, expect, it } from 'vitest';
import { answerSchema, fieldKinds, fieldPrintRules, fieldTypes, worksheetFieldSchema } from '../../../src/fields/registry.ts';
import { parseField, problemsOf } from './helpers.ts';

describe('the field kinds registry', () => {
	it('derives the field types and the union from the registered kinds, in order', () => {
		expect(fieldTypes).toEqual(fieldKinds.map((kind) => kind.type));
		expect(new Set(fieldTypes).size).toBe(fieldKinds.length);
		expect(worksheetFieldSchema.options).toEqual(fieldKinds.map((kind) => kind.schema));
		expect(problemsOf({ id: 'x', type: 'slider', label: 'X' })).toEqual([`w.mdx: type: expected one of ${fieldTypes.map((type) => JSON.stringify(type)).join(' | ')}, found "slider"`]);
	});

	it('reads any registered kind’s answer shape, and nothing else', () => {
		for (const value of ['text', 7, ['a'], { '0': { bp: '120/80' } }]) expect(answerSchema.safeParse(value).success, JSON.stringify(value)).toBe(true);
		for (const value of [true, null, { '0': 'x' }, [1]]) expect(answerSchema.safeParse(value).success, JSON.stringify(value)).toBe(false);
	});

	it('prints the rules of the kinds a worksheet has, once each, then each field’s own', () => {
		const notes = (id: string) => parseField({ id, type: 'longtext', label: 'Notes', lines: 2 });
		const rules = fieldPrintRules([notes('a'), parseField({ id: 'n', type: 'text', label: 'Name' }), notes('b')]);
		expect(rules).toHaveLength(3);
		expect(rules[0]).toMatch(/^\.worksheet textarea \{/);
		expect(rules.slice(1)).toEqual(['#field-a { height: calc(2 * var(--kap-rule) + 1mm); }', '#field-b { height: calc(2 * var(--kap-rule) + 1mm); }']);
		expect(fieldPrintRules([parseField({ id: 'n', type: 'text', label: 'Name' })])).toEqual([]);
	});
});
