import 'fake-indexeddb/auto';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { emptySaved } from '../../../src/lib/answers.ts';
import { HEADER_FIELDS } from '../../../src/lib/store/record.ts';
import { worksheetSchema } from '../../../src/schemas/worksheet.ts';
import { clearAllAnswers, savedWorksheetIds, worksheetAnswers, type AnswersChange } from '../../../src/store/answers.ts';
import { deviceStore, writeJournals } from '../../../src/store/device.ts';

const sheet = worksheetSchema.parse((await import('../fixtures.ts')).worksheet());

/** The worksheet form's path through the store: one window (the module's store), field by field. */
beforeAll(() => {
	const items = new Map<string, string>([['kapkit:answers:intentions', JSON.stringify({ worksheetVersion: '1.0', updated: '2026-11-01T09:00:00.000Z', header: { client: 'A. B.', date: '' }, answers: { name: 'From 2026.1' } })]]);
	const storage = {
		get length() {
			return items.size;
		},
		key: (index: number) => [...items.keys()][index] ?? null,
		getItem: (key: string) => items.get(key) ?? null,
		setItem: (key: string, value: string) => void items.set(key, value),
		removeItem: (key: string) => void items.delete(key),
	};
	vi.stubGlobal('localStorage', storage);
	vi.stubGlobal('window', { localStorage: storage });
});
afterEach(async () => {
	await clearAllAnswers();
});

describe('a worksheet’s answers in the device store', () => {
	it('moves 2026.1 answers in before anything reads them', async () => {
		const intentions = await worksheetAnswers('intentions', sheet);
		expect((await intentions.read()).answers).toEqual({ name: 'From 2026.1' });
		expect(localStorage.getItem('kapkit:answers:intentions')).toBeNull();
	});

	it('saves field by field (header parts too) and reads them back fitted to the worksheet', async () => {
		const log = await worksheetAnswers('vitals-log', sheet);
		await log.write('name', 'Jo');
		await log.write(HEADER_FIELDS.client, 'J. D.');
		await log.write('mood', 7);
		await log.write('retired-question', 'kept aside');
		const saved = await log.read();
		expect(saved.answers).toEqual({ name: 'Jo', mood: 7 });
		expect(saved.header).toEqual({ client: 'J. D.', date: '' });
		expect(saved.orphaned).toEqual({ 'retired-question': 'kept aside' });
	});

	it('replaces with an imported set, clears, and tells its forms only about its own worksheet', async () => {
		const log = await worksheetAnswers('vitals-log', sheet);
		const other = await worksheetAnswers('reflection', sheet);
		const told: AnswersChange[] = [];
		const stop = log.onChange((change) => told.push(change));
		await log.write('notes', 'Calm');
		await other.write('notes', 'Elsewhere');
		await log.replace({ ...emptySaved('1.0'), header: { client: 'K. L.', date: '2026-11-28' }, answers: { mood: 3 } });
		expect(await log.read()).toMatchObject({ header: { client: 'K. L.', date: '2026-11-28' }, answers: { mood: 3 } });
		await log.clear();
		expect(await log.read()).toEqual(emptySaved('1.0'));
		expect(told).toEqual(['changed', 'changed', 'changed']);
		stop();
	});

	it('notes each change until it is written; the next page writes a note left behind, never over a newer answer', async () => {
		const log = await worksheetAnswers('vitals-log', sheet);
		log.remember('notes', 'Calm');
		expect(localStorage.getItem('kapkit:unsaved:vitals-log')).toContain('Calm');
		await log.write('notes', 'Calm');
		expect(localStorage.getItem('kapkit:unsaved:vitals-log')).toBeNull();

		// The page went away between the note and the write; another window saved "mood" afterwards.
		log.remember('notes', 'Calm, then the tab closed');
		log.remember('mood', 2);
		await new Promise((resolve) => setTimeout(resolve, 5));
		await log.write('mood', 6);
		localStorage.setItem('kapkit:unsaved:vitals-log', JSON.stringify({ ...JSON.parse(localStorage.getItem('kapkit:unsaved:vitals-log')!), mood: { value: 2, updated: '2026-01-01T00:00:00.000Z' } }));
		await writeJournals(await deviceStore());
		expect(await log.read()).toMatchObject({ answers: { notes: 'Calm, then the tab closed', mood: 6 } });
		expect(localStorage.getItem('kapkit:unsaved:vitals-log')).toBeNull();
	});

	it('clears every worksheet with a count', async () => {
		for (const id of ['vitals-log', 'reflection', 'intentions']) await (await worksheetAnswers(id, sheet)).write('name', id);
		expect((await savedWorksheetIds()).sort()).toEqual(['intentions', 'reflection', 'vitals-log']);
		expect(await clearAllAnswers()).toBe(3);
		expect(await savedWorksheetIds()).toEqual([]);
	});
});
