import { describe, expect, it } from 'vitest';
import { needsChangelog } from '../../../src/lib/changelog-needed.ts';
import { afterDismissing, afterOpening, afterShowing, editionsAfter, parseUnread, type ChangesFile, type ReaderState } from '../../../src/lib/reader-changes.ts';

const page = (id: string, title: string) => ({ id, title, route: `/${id}/`, hash: '0'.repeat(64) });
const manifest = { pages: [page('protocols/dosing/iv', 'IV infusion'), page('protocols/dosing/im', 'IM injection'), page('protocols/preparation/consent', 'Consent')] };
const editions: ChangesFile['editions'] = [
	{ edition: '2026.3', date: '2026-12-20', changes: [{ page: 'protocols/dosing/im', kind: 'revised', summary: 'IM timings now agree with the label.' }] },
	{
		edition: '2026.2',
		date: '2026-12-01',
		changes: [
			{ page: 'protocols/dosing/iv', kind: 'safety', summary: 'Discharge two hours after the infusion ends.' },
			{ page: 'protocols/preparation/consent', kind: 'added', summary: 'A new page on the consent conversation.' },
			{ page: 'protocols/dosing/old', kind: 'removed', summary: 'Merged into the IV page.' },
		],
	},
	{ edition: '2026.1', date: '2026-11-21', changes: [] },
];
const at = (edition: string): ChangesFile => ({ edition, editions: editions.slice(editions.findIndex((entry) => entry.edition === edition)) });
const ids = (state: ReaderState) => state.unread?.pages.map((change) => change.page) ?? [];

describe('what changed since the reader last read', () => {
	it('remembers the first edition shown and lists nothing on a first visit', () => {
		expect(afterShowing({ lastEdition: null, unread: null }, at('2026.2'), manifest)).toEqual({ lastEdition: '2026.2', unread: null });
	});

	it('reads the changelog only for a reader of another edition, or with pages still to open', () => {
		expect(needsChangelog({ lastEdition: null, unread: null }, '2026.2')).toBe(false);
		expect(needsChangelog({ lastEdition: '2026.2', unread: null }, '2026.2')).toBe(false);
		expect(needsChangelog({ lastEdition: '2026.1', unread: null }, '2026.2')).toBe(true);
		const unread = afterShowing({ lastEdition: '2026.1', unread: null }, at('2026.2'), manifest).unread;
		expect(needsChangelog({ lastEdition: '2026.2', unread }, '2026.2')).toBe(true);
		// As the device keeps it: the kept text, before it is parsed.
		expect(needsChangelog({ lastEdition: '2026.2', unread: JSON.stringify(unread) }, '2026.2')).toBe(true);
	});

	it('changes nothing while the edition stays the same', () => {
		const state: ReaderState = { lastEdition: '2026.2', unread: null };
		expect(afterShowing(state, at('2026.2'), manifest)).toBe(state);
	});

	it('lists one update, safety first, with titles and routes from the manifest', () => {
		const state = afterShowing({ lastEdition: '2026.1', unread: null }, at('2026.2'), manifest);
		expect(state.lastEdition).toBe('2026.2');
		expect(state.unread?.since).toBe('2026.1');
		expect(state.unread?.showView).toBe(true);
		expect(state.unread?.pages).toEqual([
			{ page: 'protocols/dosing/iv', kind: 'safety', summary: 'Discharge two hours after the infusion ends.', edition: '2026.2', title: 'IV infusion', route: '/protocols/dosing/iv/' },
			{ page: 'protocols/preparation/consent', kind: 'added', summary: 'A new page on the consent conversation.', edition: '2026.2', title: 'Consent', route: '/protocols/preparation/consent/' },
			{ page: 'protocols/dosing/old', kind: 'removed', summary: 'Merged into the IV page.', edition: '2026.2', title: 'protocols/dosing/old', route: null },
		]);
	});

	it('lists both editions for a reader who skipped one', () => {
		const state = afterShowing({ lastEdition: '2026.1', unread: null }, at('2026.3'), manifest);
		expect(state.unread?.since).toBe('2026.1');
		expect(ids(state)).toEqual(['protocols/dosing/iv', 'protocols/preparation/consent', 'protocols/dosing/im', 'protocols/dosing/old']);
	});

	it('keeps pages still unread from an earlier update, but not those opened since', () => {
		const second = afterShowing({ lastEdition: '2026.1', unread: null }, at('2026.2'), manifest);
		const opened = { ...second, unread: afterOpening(afterDismissing(second.unread), 'protocols/dosing/iv') };
		const third = afterShowing(opened, at('2026.3'), manifest);
		expect(third.unread?.since).toBe('2026.1');
		expect(ids(third)).toEqual(['protocols/preparation/consent', 'protocols/dosing/im']);
		expect(third.unread?.showView).toBe(true);
	});

	it('starts from the last edition when every earlier change was read', () => {
		const third = afterShowing({ lastEdition: '2026.2', unread: null }, at('2026.3'), manifest);
		expect(third.unread?.since).toBe('2026.2');
		expect(ids(third)).toEqual(['protocols/dosing/im']);
	});

	it('clears a page once opened, and the whole state with the last one', () => {
		const { unread } = afterShowing({ lastEdition: '2026.2', unread: null }, at('2026.3'), manifest);
		expect(afterOpening(unread, 'protocols/dosing/iv')).toEqual(unread);
		expect(afterOpening(unread, 'protocols/dosing/im')).toBeNull();
	});

	it('drops removed pages and the view on dismissal, keeping the marks to open', () => {
		const { unread } = afterShowing({ lastEdition: '2026.1', unread: null }, at('2026.2'), manifest);
		const dismissed = afterDismissing(unread);
		expect(dismissed?.showView).toBe(false);
		expect(dismissed?.pages.map((change) => change.page)).toEqual(['protocols/dosing/iv', 'protocols/preparation/consent']);
	});
});

describe('the kept state read back', () => {
	it('round-trips what was written', () => {
		const { unread } = afterShowing({ lastEdition: '2026.1', unread: null }, at('2026.3'), manifest);
		expect(parseUnread(JSON.stringify(unread))).toEqual(unread);
	});

	it('counts anything else as nothing unread', () => {
		for (const text of [null, '', 'not json', 'null', '[]', '{"since":"2026.1","showView":true,"pages":[{"page":"x","kind":"moved"}]}']) expect(parseUnread(text), String(text)).toBeNull();
	});
});

describe('the What\'s new page for a range', () => {
	it('lists the editions after the one last read, or all when it is unknown', () => {
		expect(editionsAfter(['2026.3', '2026.2', '2026.1'], '2026.1')).toEqual(['2026.3', '2026.2']);
		expect(editionsAfter(['2026.3', '2026.2', '2026.1'], '2026.3')).toEqual([]);
		expect(editionsAfter(['2026.3', '2026.2', '2026.1'], '2025.9')).toEqual(['2026.3', '2026.2', '2026.1']);
	});
});
