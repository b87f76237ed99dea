/**
 * The discharge checklist the live session shows is the one the recovery-and-discharge protocol
 * prints (its "Before the person leaves" table: check, what to look for), read from the page's own
 * text at build so that the list lives in one place.
 */
export interface DischargeItem {
	id: string;
	check: string;
	lookFor: string;
}

const HEADING = /^##\s+Before the person leaves\s*$/m;

/** Markdown links and emphasis as the words a reader sees. */
const plain = (cell: string) =>
	cell
		.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
		.replace(/\*\*([^*]+)\*\*|\*([^*]+)\*/g, (_, strong: string | undefined, em: string | undefined) => strong ?? em ?? '')
		.trim();

const slug = (text: string) =>
	text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');

/** The checklist rows of the section, or [] when the page has no such section (a manual may leave it out). */
export function dischargeChecklist(body: string, file: string): DischargeItem[] {
	const heading = HEADING.exec(body);
	if (!heading) return [];
	const section = body.slice(heading.index + heading[0].length).split(/^##\s/m)[0]!;
	const rows = section.split('\n').filter((line) => line.trim().startsWith('|'));
	if (rows.length < 3) throw new Error(`${file}: expected a table (Check | What to look for) under "Before the person leaves", found ${rows.length === 0 ? 'none' : 'no rows'}`);
	const items = rows.slice(2).map((line, index) => {
		const cells = line.trim().replace(/^\||\|$/g, '').split('|').map(plain);
		if (cells.length !== 2 || !cells[0] || !cells[1]) throw new Error(`${file}: "Before the person leaves", row ${index + 1}: expected two cells (check, what to look for), found ${JSON.stringify(line.trim())}`);
		return { id: slug(cells[0]), check: cells[0], lookFor: cells[1] };
	});
	const ids = new Set<string>();
	for (const item of items) {
		if (ids.has(item.id)) throw new Error(`${file}: "Before the person leaves": the check "${item.check}" is listed twice`);
		ids.add(item.id);
	}
	return items;
}
