// Checks every content file against the schemas and the cross-file invariants, without building.
import { readContentSources } from '../integration/read-content.ts';
import { formatProblems } from '../lib/problems.ts';
import { validateContent } from '../lib/validate.ts';

const { content, problems } = validateContent(readContentSources(process.cwd()));
if (problems.length) {
	console.error(formatProblems(problems));
	console.error(`\n${problems.length} content problem${problems.length === 1 ? '' : 's'}.`);
	process.exit(1);
}
const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
console.log(
	`Content is valid: ${count(content.protocols.length, 'protocol')}, ${count(content.worksheets.length, 'worksheet')}, ${count(content.references.length, 'reference')}, ${count(content.courses.length, 'course')}.`,
);
