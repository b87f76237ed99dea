import type { z } from 'astro/zod';

/** One thing wrong with the content, said so that an author can find and fix it. */
export interface Problem {
	/** Path from the project root, e.g. "protocols/dosing/iv-racemic-infusion.mdx". */
	file: string;
	/** 1-based line in the file, where known. */
	line?: number;
	/** Field path, e.g. "session.dose.min"; "(file)" for the file as a whole. */
	path: string;
	/** "expected …, found …". */
	message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
	let text = '';
	for (const key of path) {
		if (typeof key === 'number') text += `[${key}]`;
		else text += text ? `.${String(key)}` : String(key);
	}
	return text || '(file)';
}

export function formatProblem(problem: Problem): string {
	const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
	return `${where}: ${problem.path}: ${problem.message}`;
}

export function formatProblems(problems: readonly Problem[]): string {
	return problems.map(formatProblem).join('\n');
}

/** A value as it should appear after "found". */
export function describe(value: unknown): string {
	if (value === undefined) return 'nothing (the field is missing)';
	if (value === null) return 'an empty value';
	if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
	if (Array.isArray(value)) return `a list of ${value.length}`;
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (typeof value === 'object') return 'a group of fields';
	return String(value);
}

const typeNames: Record<string, string> = { object: 'a group of fields', array: 'a list', string: 'text', number: 'a number', boolean: 'true or false' };

const quoteAll = (values: readonly unknown[]) => values.map((value) => JSON.stringify(value)).join(' | ');

function bound(issue: { origin: string; inclusive?: boolean }, limit: unknown, side: 'min' | 'max'): string {
	const exclusive = issue.inclusive === false;
	if (issue.origin === 'array' || issue.origin === 'set') return side === 'min' ? `at least ${limit} item(s)` : `at most ${limit} item(s)`;
	if (issue.origin === 'string') return side === 'min' ? `at least ${limit} characters` : `at most ${limit} characters`;
	const sign = side === 'min' ? (exclusive ? '>' : '≥') : exclusive ? '<' : '≤';
	return `a number ${sign} ${limit}`;
}

function sizeOf(input: unknown): string {
	if (typeof input === 'string') return `${input.length} characters`;
	if (Array.isArray(input)) return `${input.length} item(s)`;
	return describe(input);
}

/** Turns zod's issues (parsed with `reportInput: true`) into problems, one per issue. */
export function issuesToProblems(file: string, issues: readonly z.core.$ZodIssue[], line?: number): Problem[] {
	const at = (path: readonly PropertyKey[], message: string): Problem => ({ file, ...(line ? { line } : {}), path: formatPath(path), message });
	return issues.flatMap((issue): Problem[] => {
		if (issue.message.startsWith('expected ')) return [at(issue.path, issue.message)];
		switch (issue.code) {
			case 'invalid_type':
				return [at(issue.path, `expected ${typeNames[issue.expected] ?? issue.expected}, found ${describe(issue.input)}`)];
			case 'invalid_value':
				return [at(issue.path, `expected ${issue.values.length > 1 ? 'one of ' : ''}${quoteAll(issue.values)}, found ${describe(issue.input)}`)];
			case 'too_small':
				return [at(issue.path, `expected ${bound(issue, issue.minimum, 'min')}, found ${sizeOf(issue.input)}`)];
			case 'too_big':
				return [at(issue.path, `expected ${bound(issue, issue.maximum, 'max')}, found ${sizeOf(issue.input)}`)];
			case 'unrecognized_keys':
				return issue.keys.map((key) => at([...issue.path, key], 'expected no such field (check its spelling against the README), found one'));
			case 'invalid_format':
				return [at(issue.path, `expected ${issue.format} format, found ${describe(issue.input)}`)];
			case 'invalid_union': {
				if ('discriminator' in issue && issue.discriminator) {
					const options = (issue as { options?: unknown[] }).options ?? [];
					const input = (issue.input as Record<string, unknown> | undefined)?.[issue.discriminator];
					const path = issue.path.at(-1) === issue.discriminator ? issue.path : [...issue.path, issue.discriminator];
					return [at(path, `expected one of ${quoteAll(options)}, found ${describe(input)}`)];
				}
				return [at(issue.path, `expected ${issue.message.replace(/^Invalid input:?\s*/, '') || 'a value of another form'}, found ${describe(issue.input)}`)];
			}
			default:
				return [at(issue.path, `expected a valid value (${issue.message}), found ${describe(issue.input)}`)];
		}
	});
}
