import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptySaved } from '../../../src/lib/answers.ts';
import { worksheetSchema } from '../../../src/schemas/worksheet.ts';
import { clearAllAnswers, clearAnswers, onAllAnswersCleared, readAnswers, replaceAnswers, savedWorksheetIds, writeAnswers } from '../../../src/store/answers.ts';
import { local } from '../../../src/store/web-storage.ts';
import { worksheet as fixture } from '../fixtures.ts';

const sheet = worksheetSchema.parse(fixture());

/** A browser's localStorage, which can be made to refuse writes as a full or disabled one does. */
class MemoryStorage {
	items = new Map<string, string>();
	refuse = false;
	get length() {
		return this.items.size;
	}
	key(index: number) {
		return [...this.items.keys()][index] ?? null;
	}
	getItem(key: string) {
		return this.items.get(key) ?? null;
	}
	setItem(key: string, value: string) {
		if (this.refuse) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		this.items.set(key, value);
	}
	removeItem(key: string) {
		this.items.delete(key);
	}
}

let storage: MemoryStorage;
beforeEach(() => {
	storage = new MemoryStorage();
	vi.stubGlobal('window', { localStorage: storage });
});
afterEach(() => vi.unstubAllGlobals());

describe('the worksheet answers store (localStorage)', () => {
	it('writes field by field onto the latest record, so another window’s answers stay', async () => {
		expect(await writeAnswers('vitals-log', sheet, { answers: { name: 'Jo' } })).toBe(true);
		// Another window of the same worksheet saves a different field in between.
		expect(await writeAnswers('vitals-log', sheet, { answers: { mood: 7 }, header: { client: 'J. D.' } })).toBe(true);
		expect(await writeAnswers('vitals-log', sheet, { answers: { notes: 'Calm' } })).toBe(true);
		const saved = await readAnswers('vitals-log', sheet);
		expect(saved.answers).toEqual({ name: 'Jo', mood: 7, notes: 'Calm' });
		expect(saved.header).toEqual({ client: 'J. D.', date: '' });
		expect(JSON.parse(storage.getItem('kapkit:answers:vitals-log')!).updated).toMatch(/^\d{4}-\d{2}-\d{2}T/);
	});

	it('says when the device refused a write, and keeps what it had', async () => {
		await writeAnswers('vitals-log', sheet, { answers: { name: 'Jo' } });
		storage.refuse = true;
		expect(await writeAnswers('vitals-log', sheet, { answers: { name: 'Jo Doe' } })).toBe(false);
		expect(await replaceAnswers('vitals-log', emptySaved('1.0'))).toBe(false);
		expect((await readAnswers('vitals-log', sheet)).answers).toEqual({ name: 'Jo' });
	});

	it('reads nothing saved, or storage turned off, as an empty worksheet', async () => {
		expect(await readAnswers('vitals-log', sheet)).toEqual(emptySaved('1.0'));
		vi.stubGlobal('window', {
			get localStorage(): Storage {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			},
		});
		expect(await readAnswers('vitals-log', sheet)).toEqual(emptySaved('1.0'));
		expect(await writeAnswers('vitals-log', sheet, { answers: { name: 'Jo' } })).toBe(false);
		expect(await savedWorksheetIds()).toEqual([]);
		expect(local.remove('kapkit:answers:vitals-log')).toBe(false);
	});

	it('replaces a worksheet’s answers with an imported set', async () => {
		await writeAnswers('vitals-log', sheet, { answers: { name: 'Jo', notes: 'Calm' } });
		await replaceAnswers('vitals-log', { ...emptySaved('1.0'), answers: { mood: 3 } });
		expect((await readAnswers('vitals-log', sheet)).answers).toEqual({ mood: 3 });
	});

	it('clears one worksheet, or all of them with a count, and leaves other settings alone', async () => {
		storage.setItem('kapkit:theme', 'dark');
		await writeAnswers('vitals-log', sheet, { answers: { name: 'Jo' } });
		await writeAnswers('reflection', sheet, { answers: { name: 'Al' } });
		await writeAnswers('intentions', sheet, { answers: { name: 'Bo' } });
		expect((await savedWorksheetIds()).sort()).toEqual(['intentions', 'reflection', 'vitals-log']);
		expect(await clearAnswers('intentions')).toBe(true);
		expect((await savedWorksheetIds()).sort()).toEqual(['reflection', 'vitals-log']);

		const told = vi.fn();
		const stop = onAllAnswersCleared(told);
		expect(await clearAllAnswers()).toBe(2);
		expect(told).toHaveBeenCalledTimes(1);
		expect(await savedWorksheetIds()).toEqual([]);
		expect(storage.getItem('kapkit:theme')).toBe('dark');
		stop();
		expect(await clearAllAnswers()).toBe(0);
		expect(told).toHaveBeenCalledTimes(1);
	});
});
