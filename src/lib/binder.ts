import type { Problem } from './problems.ts';

/** The binder's pages, as the built site names them: dist/binder/index.html, dist/binder/<phase>/index.html. */
const BINDER_PAGE = /^dist\/binder\/(?:[a-z-]+\/)?index\.html$/;

/**
 * The binder prints every protocol again, so a broken link in a protocol would be reported once
 * for its page and once per binder. Keeps the report on the protocol's own file and drops the
 * binder's copies of it; a problem only the binder has (its contents, its own links) stays.
 */
export function withoutBinderRepeats(problems: readonly Problem[]): Problem[] {
	const key = (problem: Problem) => `${problem.path}\u0000${problem.message}`;
	const elsewhere = new Set(problems.filter((problem) => !BINDER_PAGE.test(problem.file)).map(key));
	return problems.filter((problem) => !BINDER_PAGE.test(problem.file) || !elsewhere.has(key(problem)));
}
