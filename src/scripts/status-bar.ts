/**
 * The status bar as a model that features add entries to, as VS Code's status bar service: the
 * page's own facts are rendered in the HTML; a feature (offline state, …) adds an entry and
 * updates it through the accessor it gets back.
 */
export interface StatusEntry {
	/** Names the entry in the page: `data-status-entry="<id>"`. */
	id: string;
	/** "start" entries follow the page's facts; "end" entries come first on the right. */
	alignment: 'start' | 'end';
}

export interface StatusEntryAccessor {
	update(content: string | Node[]): void;
}

type Renderer = (entry: StatusEntry) => HTMLElement;

class StatusBarModel {
	#renderer: Renderer | undefined;
	/** Entries added before the status bar was on the page, rendered when it attaches. */
	#waiting: { entry: StatusEntry; element?: HTMLElement; content: string | Node[] }[] = [];

	/** Called by the status bar element once it is on the page. */
	attach(renderer: Renderer): void {
		this.#renderer = renderer;
		for (const pending of this.#waiting.splice(0)) {
			pending.element = renderer(pending.entry);
			pending.element.replaceChildren(...toNodes(pending.content));
		}
	}

	addEntry(entry: StatusEntry, content: string | Node[]): StatusEntryAccessor {
		const slot: { entry: StatusEntry; element?: HTMLElement; content: string | Node[] } = { entry, content };
		if (this.#renderer) slot.element = this.#renderer(entry);
		else this.#waiting.push(slot);
		const update = (next: string | Node[]) => {
			slot.content = next;
			slot.element?.replaceChildren(...toNodes(next));
		};
		update(content);
		return { update };
	}
}

const toNodes = (content: string | Node[]) => (typeof content === 'string' ? [content] : content);

export const statusBar = new StatusBarModel();
