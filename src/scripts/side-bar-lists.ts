import { withBase } from '../lib/format';
import type { SideBarLists } from '../lib/nav';
import { sharedUntilFailure } from '../lib/shared-until-failure';
import { registerCommands } from './commands';
import { toolCommands } from './commands/navigation';
import { pageData } from './page-data';

/** Written by src/pages/side-bar.json.ts, below the base. (A type-only import of lib/nav: its code would bring the content schemas.) */
const SIDE_BAR_LISTS_ROUTE = '/side-bar.json';

/**
 * The side bar's lists of the whole manual (side-bar.json, kept by the service worker), fetched
 * once, when the Worksheets or Tools view or the palette first needs them; their tools become
 * "Open Tool" commands then. Refused (offline before the manual was saved), the next call tries again.
 */
export const loadSideBarLists = sharedUntilFailure(
	(): Promise<SideBarLists> =>
		fetch(withBase(pageData().base, SIDE_BAR_LISTS_ROUTE))
			.then((response) => (response.ok ? (response.json() as Promise<SideBarLists>) : Promise.reject(new Error(`${SIDE_BAR_LISTS_ROUTE}: ${response.status}`))))
			.then((loaded) => {
				registerCommands(toolCommands(loaded.tools));
				return loaded;
			}),
);
