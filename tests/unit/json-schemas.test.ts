import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../../src/schemas/json-schemas.ts';

describe('editor JSON Schemas in .vscode/schemas', () => {
	it.each(Object.entries(jsonSchemas()))('%s is current (run `npm run schemas` after changing src/schemas)', (name, text) => {
		expect(readFileSync(`.vscode/schemas/${name}`, 'utf8')).toBe(text);
	});

	it('describes the protocol phases as a choice an editor can complete', () => {
		const protocol = JSON.parse(jsonSchemas()['protocol.schema.json']!);
		const phases = protocol.oneOf.map((branch: { properties: { phase: { const: string } } }) => branch.properties.phase.const);
		expect(phases).toEqual(['preparation', 'dosing', 'integration', 'maintenance']);
	});
});
