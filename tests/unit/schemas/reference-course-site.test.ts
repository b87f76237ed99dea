import { describe, expect, it } from 'vitest';
import { courseSchema } from '../../../src/schemas/course.ts';
import { referencesFileSchema } from '../../../src/schemas/reference.ts';
import { formatProblem, issuesToProblems } from '../../../src/lib/problems.ts';
import { resolveSiteConfig } from '../../../src/integration/site-config.ts';
import userConfig from '../../../kapkit.config.ts';
import { course, references } from '../fixtures.ts';

const check = (schema: typeof courseSchema | typeof referencesFileSchema, data: unknown) => {
	const result = schema.safeParse(data, { reportInput: true });
	return result.success ? [] : issuesToProblems('f.yaml', result.error.issues).map(formatProblem);
};

describe('reference schema', () => {
	it('accepts articles with a DOI and labels with a URL', () => {
		expect(check(referencesFileSchema, references())).toEqual([]);
	});

	it('requires a DOI or a URL, and a well-formed DOI', () => {
		const [first] = references();
		delete first!.doi;
		expect(check(referencesFileSchema, [first])).toEqual(['f.yaml: [0].doi: expected a doi or a url so a reader can find the source, found neither']);
		first!.doi = 'doi:10.1000/x';
		expect(check(referencesFileSchema, [first])).toEqual(['f.yaml: [0].doi: expected a DOI such as 10.1000/xyz123, found "doi:10.1000/x"']);
	});
});

describe('course schema', () => {
	it('accepts a course template', () => {
		expect(check(courseSchema, course())).toEqual([]);
	});

	it('refuses a taper that starts with a shorter interval than the acute series, and a bad protocol id', () => {
		expect(check(courseSchema, { ...course(), acute: { sessions: 6, daysBetween: [3, 4] }, taper: [{ intervalDays: 2, sessions: 2 }], protocol: 'iv' })).toEqual([
			'f.yaml: protocol: expected a dosing protocol id such as "dosing/iv-racemic-infusion", found "iv"',
			'f.yaml: taper[0].intervalDays: expected ≥ the acute series\' widest interval (4 days): a taper never shortens the interval, found 2',
		]);
	});
});

describe('site config', () => {
	it('accepts the shipped kapkit.config.ts and lets KAPKIT_BASE override the base', () => {
		expect(resolveSiteConfig(userConfig).base).toBe('/');
		expect(resolveSiteConfig(userConfig, { KAPKIT_BASE: '/manual/' }).base).toBe('/manual/');
	});

	it('refuses a bad base, colour and paper size, naming the config file', () => {
		expect(() => resolveSiteConfig({ ...userConfig, base: 'manual', accentColor: 'blue', paperSize: 'A5' as 'A4' })).toThrow(
			[
				'The site config is not valid:',
				'kapkit.config.ts: accentColor: expected a colour as #rrggbb, found "blue"',
				'kapkit.config.ts: paperSize: expected one of "A4" | "Letter", found "A5"',
				'kapkit.config.ts: base: expected a path starting and ending with "/", such as "/" or "/manual/", found "manual"',
			].join('\n'),
		);
	});

	it('refuses a time zone that is an offset or unknown, naming the setting', () => {
		expect(() => resolveSiteConfig({ ...userConfig, timeZone: 'UTC+1' })).toThrow('kapkit.config.ts: timeZone: expected an IANA time zone such as "Europe/London" or "America/New_York", found "UTC+1"');
		expect(() => resolveSiteConfig({ ...userConfig, timeZone: 'Mars/Olympus_Mons' })).toThrow(/timeZone: expected an IANA time zone/);
		expect(resolveSiteConfig({ ...userConfig, timeZone: 'America/New_York' }).timeZone).toBe('America/New_York');
	});
});
