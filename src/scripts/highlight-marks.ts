import { session } from '../store/web-storage';
import { KEY } from './highlight';

/** Marks the remembered words in the document, if this is the page they were remembered for. */
export function applyHighlight(editorDocument: HTMLElement): void {
	const text = session.get(KEY);
	if (!text) return;
	session.remove(KEY);
	let saved: { path?: string; terms?: string[] };
	try {
		saved = JSON.parse(text);
	} catch {
		return;
	}
	const article = editorDocument.querySelector('article, .prose');
	if (!article || saved.path !== location.pathname || !saved.terms?.length) return;
	const source = `(${saved.terms.map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`;
	// A global pattern keeps lastIndex between test() calls; testing uses one without it.
	const pattern = new RegExp(source, 'giu');
	const contains = new RegExp(source, 'iu');
	const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT, {
		acceptNode: (node) => (node.parentElement?.closest('script, style, mark, [data-pagefind-ignore]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
	});
	const nodes: Text[] = [];
	for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) if (contains.test(node.data)) nodes.push(node);
	for (const node of nodes) {
		const parts = node.data.split(pattern);
		const fragment = document.createDocumentFragment();
		parts.forEach((part, index) => {
			if (index % 2 === 1) {
				const mark = document.createElement('mark');
				mark.className = 'search-hit';
				mark.textContent = part;
				fragment.append(mark);
			} else if (part) fragment.append(part);
		});
		node.replaceWith(fragment);
	}
	if (!location.hash) document.querySelector('mark.search-hit')?.scrollIntoView({ block: 'center' });
}
