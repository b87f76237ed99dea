import { defineKapkitConfig } from './src/integration/site-config.ts';

/** The settings a practice or training programme changes: see "Configure" in the README. */
export default defineKapkitConfig({
	name: 'KAP Clinical Manual',
	shortName: 'KAP Manual',
	practiceName: 'Your Practice Name',
	logo: '/logo.svg',
	accentColor: '#0078d4',
	paperSize: 'A4',
	edition: '2026.2',
	contact: { email: 'clinical-lead@example.org' },
	base: '/',
	reviewIntervalMonths: 12,
	lang: 'en-GB',
	timeZone: 'Europe/London',
});
