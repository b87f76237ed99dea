// Checks every content file against the schemas and the cross-file invariants, without building.
import { readContentSources } from '../src/integration/read-content.ts';
import { formatProblems } from '../src/lib/problems.ts';
import { validateContent } from '../src/lib/validate.ts';

const { content, problems } = validateContent(readContentSources(process.cwd()));
if (problems.length) {
	console.error(formatProblems(problems));
	console.error(`\n${problems.length} content problem${problems.length === 1 ? '' : 's'}.`);
	process.exit(1);
}
console.log(
	`Content is valid: ${content.protocols.length} protocols, ${content.worksheets.length} worksheets, ${content.references.length} references, ${content.courses.length} courses.`,
);
