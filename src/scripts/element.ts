/** A new element with its class and attributes: the parts a script builds (palette, side bar views). */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, attributes: Record<string, string> = {}): HTMLElementTagNameMap[K] {
	const made = document.createElement(tag);
	if (className) made.className = className;
	for (const [name, value] of Object.entries(attributes)) made.setAttribute(name, value);
	return made;
}

/** A new element with its class and its text (as text, never as markup). */
export function textElement<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text: string): HTMLElementTagNameMap[K] {
	const made = element(tag, className);
	made.textContent = text;
	return made;
}
