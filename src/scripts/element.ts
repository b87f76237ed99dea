/** A new element with its class and attributes: the parts a script builds (palette, side bar views). */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, attributes: Record<string, string> = {}): HTMLElementTagNameMap[K] {
	const made = document.createElement(tag);
	if (className) made.className = className;
	return setAttributes(made, attributes);
}

/** Sets an element's attributes: one the page already has, or one just made. */
export function setAttributes<E extends Element>(target: E, attributes: Record<string, string>): E {
	for (const [name, value] of Object.entries(attributes)) target.setAttribute(name, value);
	return target;
}

/** A new element with its class and its text (as text, never as markup). */
export function textElement<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text: string): HTMLElementTagNameMap[K] {
	const made = element(tag, className);
	made.textContent = text;
	return made;
}
