/**
 * Marks the outline entry of the section being read, and shows that heading as the last
 * breadcrumb, as VS Code does while scrolling an editor.
 */
export function mountOutline(outline: HTMLElement): void {
	const links = [...outline.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
	const headings = links.map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1)))).filter((heading): heading is HTMLElement => heading !== null);
	const crumb = document.querySelector<HTMLElement>('[data-breadcrumb-heading]');
	const scroller = document.querySelector<HTMLElement>('[data-editor-scroll]');
	if (!headings.length) return;

	const update = () => {
		const top = (scroller?.getBoundingClientRect().top ?? 0) + 80;
		let active: HTMLElement | undefined;
		for (const heading of headings) {
			if (heading.getBoundingClientRect().top <= top) active = heading;
			else break;
		}
		for (const link of links) {
			if (active && link.hash === `#${encodeURIComponent(active.id)}`) link.setAttribute('aria-current', 'location');
			else link.removeAttribute('aria-current');
		}
		if (crumb) {
			crumb.hidden = !active;
			const anchor = crumb.querySelector('a')!;
			anchor.textContent = active?.textContent?.trim() ?? '';
			anchor.href = active ? `#${active.id}` : '#top';
		}
	};

	let queued = false;
	(scroller ?? window).addEventListener(
		'scroll',
		() => {
			if (queued) return;
			queued = true;
			requestAnimationFrame(() => {
				queued = false;
				update();
			});
		},
		{ passive: true },
	);
	update();
}
