import { describe, expect, it } from 'vitest';
import { citeLabel, formatDate, formatMinutes, formatReference, referenceHref, withBase, withoutBase } from '../../../src/lib/format.ts';
import { referenceSchema } from '../../../src/schemas/reference.ts';

describe('format helpers', () => {
	it('writes author–year labels', () => {
		expect(citeLabel({ authors: ['Murrough JW', 'Perez AM', 'Pillemer S'], etAl: true, year: 2013 })).toBe('Murrough et al., 2013');
		expect(citeLabel({ authors: ['Watts R', 'Luoma JB'], etAl: false, year: 2020 })).toBe('Watts & Luoma, 2020');
		expect(citeLabel({ authors: ['Andrade C'], etAl: false, year: 2017 })).toBe('Andrade, 2017');
		expect(citeLabel({ authors: ['Janssen Pharmaceuticals'], etAl: false, year: 2020 })).toBe('Janssen Pharmaceuticals, 2020');
	});

	it('writes a full reference and its link', () => {
		const reference = referenceSchema.parse({ id: 'x-2013', authors: ['Smith A', 'Jones B'], etAl: true, year: 2013, title: 'A trial.', journal: 'Biol Psychiatry', volume: '74', pages: '250-256', doi: '10.1016/j.x' });
		expect(formatReference(reference)).toBe('Smith A, Jones B, et al. A trial. Biol Psychiatry. 2013 74:250-256.');
		expect(referenceHref(reference)).toBe('https://doi.org/10.1016/j.x');
		expect(referenceHref({ url: 'https://example.org/' })).toBe('https://example.org/');
	});

	it('formats minutes, dates and base paths', () => {
		expect([formatMinutes(40), formatMinutes(120), formatMinutes(150)]).toEqual(['40 min', '2 h', '2 h 30 min']);
		expect(formatDate('2026-03-12', 'en-GB')).toBe('12 March 2026');
		expect(withBase('/', '/protocols/')).toBe('/protocols/');
		expect(withBase('/manual/', '/protocols/')).toBe('/manual/protocols/');
		expect(withBase('/manual/', 'logo.svg')).toBe('/manual/logo.svg');
		for (const base of ['/', '/manual/']) expect(withoutBase(base, withBase(base, '/protocols/dosing/'))).toBe('/protocols/dosing/');
		expect(withoutBase('/manual/', '/elsewhere/'), 'a link outside the base is left as it is').toBe('/elsewhere/');
	});
});
