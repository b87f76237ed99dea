import { withBase } from '../lib/format';
import type { StorageStatus } from '../lib/store/policy';
import { pageData } from './page-data';
import { statusBar, type StatusEntryAccessor } from './status-bar';

/** Where the reader's answers stand, in the status bar on every page, with a link to what to do. */
const WORDS: Record<StorageStatus, { text: string; title: string }> = {
	saved: { text: 'Saved on this device', title: 'Answers are kept in this browser, on this device, and the browser has promised not to clear them.' },
	'may-be-cleared': { text: 'Storage may be cleared by the browser', title: 'The browser may clear answers it keeps (unused for a while, or short of space): install the app or export a backup.' },
	unavailable: { text: 'Not saved — storage unavailable', title: 'This browser does not let the manual keep answers here (storage full, turned off or private). Export what you need.' },
};
const NOTICE_MS = 8_000;

let entry: StatusEntryAccessor | undefined;
let current: StorageStatus | undefined;
let noticeTimer: ReturnType<typeof setTimeout> | undefined;

function render(content: string, title: string, warn: boolean) {
	const link = document.createElement('a');
	link.href = withBase(pageData().base, '/device/#keeping');
	link.className = warn ? 'statusbar__storage statusbar__storage--warn' : 'statusbar__storage';
	link.title = title;
	link.textContent = warn ? `⚠ ${content}` : content;
	if (entry) entry.update([link]);
	else entry = statusBar.addEntry({ id: 'storage', alignment: 'end' }, [link]);
}

const show = (status: StorageStatus) => {
	current = status;
	if (noticeTimer === undefined) render(WORDS[status].text, WORDS[status].title, status !== 'saved');
};

/** A short-lived message in the storage entry, e.g. after clearing every worksheet's answers. */
export function showStorageNotice(text: string): void {
	clearTimeout(noticeTimer);
	render(text, text, false);
	noticeTimer = setTimeout(() => {
		noticeTimer = undefined;
		if (current) show(current);
	}, NOTICE_MS);
}

/** Shows the store's status and keeps it current. */
export function startStorageStatus(device: typeof import('../store/device')): void {
	device
		.deviceStore()
		.then((store) => {
			show(store.status());
			store.onChange(() => show(store.status()));
		})
		.catch(() => show('unavailable'));
}
