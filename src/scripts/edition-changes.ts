import { needsChangelog } from '../lib/changelog-needed';
import { local } from '../store/web-storage';
import { pageData } from './page-data';

/**
 * "Changed since you last read": the device remembers the edition it last showed (localStorage:
 * reading state, not a reader's answer). After an update it lists what changed since then in a
 * "What's changed for you" view, marks those pages in the explorer, and notes the change at the
 * top of each such page the first time it is opened. The data is the built site's own changes.json
 * and edition.json, precached by the service worker.
 */
export const LAST_EDITION = 'kapkit:last-edition';
export const UNREAD = 'kapkit:unread-changes';

/** A first visit and a reader up to date remember the edition and stop here; the rest loads only to show something. */
export async function mountEditionChanges(): Promise<void> {
	const { edition } = pageData();
	if (!needsChangelog({ lastEdition: local.get(LAST_EDITION), unread: local.get(UNREAD) }, edition)) {
		local.set(LAST_EDITION, edition);
		return;
	}
	const { showEditionChanges } = await import('./edition-changes-view');
	await showEditionChanges();
}
