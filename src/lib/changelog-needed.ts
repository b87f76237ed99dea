/**
 * Whether a page must read the changelog at all: only when this reader last read another edition,
 * or has changed pages still to open (`unread`: what the device keeps, as kept). A first visit, or
 * a reader up to date, costs no request and loads none of the code that shows changes.
 */
export const needsChangelog = (state: { lastEdition: string | null; unread: unknown }, edition: string): boolean =>
	state.lastEdition !== null && (state.lastEdition !== edition || state.unread !== null);
