// Copies the project into a temporary folder and adds N synthetic protocol pages to it. The pages
// pass kapkit's validation (schemas, citations, every link and #anchor) and are clearly marked as
// synthetic: they exist only in the copy, for the benchmark, and are never published.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { seededRandom, type Random } from './prng.ts';

export const PHASES = ['preparation', 'dosing', 'integration', 'maintenance'] as const;
export type BenchPhase = (typeof PHASES)[number];

/** What the benchmark copies; node_modules' packages are linked, never copied. Nothing is written to the project. */
export const PROJECT_ENTRIES = ['src', 'public', 'protocols', 'integration-worksheets', 'astro.config.mjs', 'kapkit.config.ts', 'package.json', 'tsconfig.json'];

/** Keys of protocols/references.yaml the synthetic pages cite (checked against the file). */
const REFERENCE_POOL = ['swainson-2021', 'murrough-2013', 'phillips-2019', 'fava-2018', 'kaelen-2018', 'barrett-2018', 'bathje-2022', 'watts-2020', 'daly-2019', 'sanacora-2017', 'spravato-label', 'short-2018'];
/** Real pages a synthetic page may link to (their addresses are checked by the build). */
const REAL_LINKS = [
	['/protocols/dosing/iv-racemic-infusion/', 'the IV infusion protocol'],
	['/protocols/preparation/set-and-setting/', 'set and setting'],
	['/protocols/integration/integration-models/', 'integration models'],
	['/protocols/maintenance/boosters-and-tapering/', 'boosters and tapering'],
	['/worksheets/session-vitals-log/', 'the session vitals log'],
	['/worksheets/post-session-reflection/', 'the post-session reflection'],
] as const;

const H2 = ['Purpose and scope', 'Who this page is for', 'Before the session', 'During the session', 'After the session', 'Checks and observations', 'Practical steps', 'Documentation and records', 'When to escalate', 'Common questions', 'Review and audit', 'Working with the support person', 'Adapting the plan', 'Training and competence'];
const H3 = ['What to record', 'What to avoid', 'Timing', 'Roles in the room', 'Language to use', 'Special situations', 'Equipment', 'Follow up', 'Handing over', 'Red flags', 'Examples', 'Checklist', 'Notes for prescribers', 'Notes for nurses'];

const SUBJECTS = ['the therapist', 'the prescriber', 'the nurse', 'the client', 'the support person', 'the clinical lead', 'the team', 'the practice', 'each clinician', 'the person with medical responsibility', 'the service', 'the reviewer'];
const VERBS = ['records', 'reviews', 'checks', 'agrees', 'documents', 'explains', 'confirms', 'revisits', 'plans', 'discusses', 'monitors', 'summarises', 'updates', 'prepares', 'schedules', 'clarifies', 'adjusts', 'compares'];
const OBJECTS = ['the session plan', 'the baseline observations', 'blood pressure and heart rate', 'the consent conversation', 'the intention for the session', 'the music and eye mask preferences', 'the transport home', 'the discharge criteria', 'the integration appointment', 'the relapse plan', 'the medication hold plan', 'the dissociation ratings', 'the follow-up questionnaire', 'the booster decision', 'the taper schedule', 'the hand-over letter', 'any adverse effects', 'the observation period', 'the written summary', 'the shared notes'];
const MODIFIERS = ['before dosing', 'after the acute effects settle', 'at each visit', 'with the client present', 'in plain language', 'within the agreed window', 'at the end of the series', 'when anything changes', 'before discharge', 'in the integration session', 'at the weekly team meeting', 'on the shared form', 'without rushing', 'in the first hour', 'as the plan describes', 'when the review is due'];
const CONNECTIVES = ['In practice,', 'Where possible,', 'As a rule,', 'For most clients,', 'At this stage,', 'If in doubt,', 'Each time,', 'Afterwards,', 'Meanwhile,', 'Usually,'];
const SYLLABLES = ['ka', 've', 'lo', 'mi', 'ra', 'to', 'sen', 'dal', 'por', 'qui', 'bel', 'nor', 'tas', 'vin', 'cor', 'tre', 'mu', 'zan', 'fel', 'ori'];
const SUFFIXES = ['ine', 'ate', 'ol', 'ide', 'ex', 'um', 'ia', 'on'];
const CALLOUT_KINDS = ['note', 'warning', 'danger', 'threshold'] as const;

export interface Heading {
	depth: 2 | 3;
	text: string;
	slug: string;
}

export interface GeneratedPage {
	number: number;
	phase: BenchPhase;
	/** e.g. "bench-0007" */
	name: string;
	/** e.g. "/protocols/dosing/bench-0007/" */
	route: string;
	title: string;
	references: string[];
	headings: Heading[];
	/** Path relative to the project copy. */
	file: string;
	words: number;
}

/** As kapkit's Markdown processor makes heading ids: lower case, punctuation dropped, spaces to hyphens. */
export const headingSlug = (text: string) =>
	text
		.toLowerCase()
		.replace(/[^\p{L}\p{N}\s-]/gu, '')
		.trim()
		.replace(/\s+/g, '-');

const pad = (n: number) => String(n).padStart(4, '0');
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const countWords = (text: string) =>
	text
		.replace(/<[^>]+>/g, ' ')
		.replace(/\]\([^)]*\)/g, ' ')
		.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

function pageRandom(seed: number, number: number): Random {
	const digest = createHash('sha256').update(`${seed}:${number}`).digest();
	return seededRandom(digest.readUInt32LE(0));
}

function term(random: Random): string {
	const syllables = Array.from({ length: random.int(2, 3) }, () => random.pick(SYLLABLES));
	return syllables.join('') + random.pick(SUFFIXES);
}

/** The outline of page `number`: phase, address, title, headings. Independent of N. */
function planPage(seed: number, number: number): Omit<GeneratedPage, 'words'> & { terms: string[] } {
	const random = pageRandom(seed, number);
	const phase = PHASES[(number - 1) % PHASES.length] as BenchPhase;
	const name = `bench-${pad(number)}`;
	const terms = Array.from({ length: 8 }, () => term(random));
	const h2 = random.sample(H2, 5).map((text, index) => (index % 2 === 1 ? `${text}: ${terms[index]}` : text));
	const h3 = random.sample(H3, 2);
	const outline: Omit<Heading, 'slug'>[] = [
		{ depth: 2, text: h2[0] ?? '' },
		{ depth: 2, text: h2[1] ?? '' },
		{ depth: 2, text: h2[2] ?? '' },
		{ depth: 3, text: h3[0] ?? '' },
		{ depth: 3, text: h3[1] ?? '' },
		{ depth: 2, text: h2[3] ?? '' },
		{ depth: 2, text: h2[4] ?? '' },
		{ depth: 2, text: 'Related pages' },
	];
	const headings: Heading[] = outline.map((heading) => ({ ...heading, slug: headingSlug(heading.text) }));
	return {
		number,
		phase,
		name,
		route: `/protocols/${phase}/${name}/`,
		title: `Benchmark page ${pad(number)}: ${terms[0]} ${random.pick(['planning', 'observation', 'follow-up', 'records', 'review'])}`,
		references: random.sample(REFERENCE_POOL, 3),
		headings,
		file: `protocols/${phase}/${name}.mdx`,
		terms,
	};
}

function sentence(random: Random, terms: readonly string[]): string {
	const parts = [random.next() < 0.3 ? random.pick(CONNECTIVES) : '', random.pick(SUBJECTS), random.pick(VERBS), random.pick(OBJECTS), random.pick(MODIFIERS)].filter(Boolean);
	let text = parts.join(' ');
	if (random.next() < 0.35) text += `, noting the ${random.pick(terms)} ${random.pick(['score', 'step', 'item', 'finding', 'measure'])}`;
	return `${capitalise(text)}.`;
}

function paragraph(random: Random, terms: readonly string[], sentences: number, extra: readonly string[] = []): string {
	const out = Array.from({ length: sentences }, () => sentence(random, terms));
	for (const piece of extra) out.splice(random.int(1, out.length), 0, piece);
	return out.join(' ');
}

const frontmatterFor = (phase: BenchPhase, random: Random): string[] => {
	switch (phase) {
		case 'preparation':
			return [];
		case 'dosing':
			return [`routes: [${random.sample(['iv', 'im', 'sublingual', 'intranasal'], 2).join(', ')}]`];
		case 'integration': {
			const start = random.pick([0, 12, 24]);
			return ['window:', `  startHours: ${start}`, `  endHours: ${start + random.pick([24, 48, 72])}`];
		}
		case 'maintenance':
			return ['taper:', '  - label: Weekly', '    intervalDays: 7', `    sessions: ${random.int(2, 4)}`, '  - label: Every two weeks', '    intervalDays: 14', '    sessions: 2', '  - label: Monthly, reviewed at each visit', '    intervalDays: 28'];
	}
};

/** The MDX of one synthetic page; `others` are the pages it may link to (with their headings). */
function renderPage(seed: number, plan: ReturnType<typeof planPage>, others: readonly ReturnType<typeof planPage>[]): { text: string; words: number } {
	const random = pageRandom(seed + 1, plan.number);
	const { terms, headings, references } = plan;
	const cite = (key: string) => `<Cite id="${key}" />`;
	const targets = others.length ? Array.from({ length: 4 }, () => random.pick(others)) : [];
	const linkTo = (target: (typeof others)[number], withAnchor: boolean) => {
		const heading = random.pick(target.headings);
		return withAnchor ? `[${heading.text.toLowerCase()} in benchmark page ${pad(target.number)}](${target.route}#${heading.slug})` : `[benchmark page ${pad(target.number)}](${target.route})`;
	};
	const inline = (index: number) => {
		const target = targets[index];
		return target ? `See ${linkTo(target, true)}.` : '';
	};
	const real = random.pick(REAL_LINKS);
	const heading = (index: number) => {
		const h = headings[index] as Heading;
		return `${'#'.repeat(h.depth)} ${h.text}`;
	};

	const body: string[] = [];
	body.push(
		'<Callout kind="note" title="Synthetic benchmark page">\nThis page was generated by `npm run bench` to measure the build and the browser. It is not clinical guidance and is never published.\n</Callout>',
		paragraph(random, terms, 4, [`The approach follows published guidance ${cite(references[0] ?? '')}.`, inline(0)].filter(Boolean)),
		heading(0),
		paragraph(random, terms, 4, [`This is described elsewhere ${cite(references[1] ?? '')}.`]),
		Array.from({ length: random.int(4, 6) }, () => `- ${sentence(random, terms)}`).join('\n'),
		heading(1),
		paragraph(random, terms, 3, [`Related material is in [${real[1]}](${real[0]}).`]),
		['| Step | Who | When |', '| --- | --- | --- |', ...Array.from({ length: random.int(4, 5) }, () => `| ${capitalise(random.pick(OBJECTS))} | ${capitalise(random.pick(SUBJECTS))} | ${capitalise(random.pick(MODIFIERS))} |`)].join('\n'),
		heading(2),
		paragraph(random, terms, 3, [inline(1)].filter(Boolean)),
		heading(3),
		paragraph(random, terms, 3, [`Evidence is limited ${cite(references[2] ?? '')}.`]),
		heading(4),
		Array.from({ length: random.int(3, 5) }, (_, index) => `${index + 1}. ${sentence(random, terms)}`).join('\n'),
		heading(5),
		paragraph(random, terms, 3),
		`<Callout kind="${random.pick(CALLOUT_KINDS)}" title="${capitalise(random.pick(terms))} ${random.pick(['check', 'limit', 'reminder'])}">\n${paragraph(random, terms, 2, [cite(references[0] ?? '')])}\n</Callout>`,
		heading(6),
	);
	// Fill the last section until the page has its target length (600–900 words).
	const target = random.int(640, 820);
	const words = () => countWords(body.join('\n'));
	let fill = 0;
	do body.push(paragraph(random, terms, random.int(3, 4), [inline(2 + (fill++ % 2))].filter(Boolean)));
	while (words() < target - 60);
	body.push(heading(7), [`- ${capitalise(real[1])}: [${real[0]}](${real[0]})`, ...targets.slice(2).map((target) => `- ${capitalise(linkTo(target, false))} and ${linkTo(target, true)}`)].join('\n'));

	const random2 = pageRandom(seed + 2, plan.number);
	const frontmatter = [
		'---',
		`title: ${JSON.stringify(plan.title)}`,
		`summary: ${JSON.stringify(`Synthetic benchmark text, not clinical guidance: ${sentence(random2, terms)}`)}`,
		`phase: ${plan.phase}`,
		`order: ${100 + plan.number}`,
		`audience: [${random2.sample(['therapist', 'prescriber', 'nurse', 'support-person'], 2).join(', ')}]`,
		'evidence:',
		`  level: ${random2.int(2, 4)}`,
		'  rationale: Synthetic benchmark page generated by npm run bench; it has no clinical content.',
		`references: [${references.join(', ')}]`,
		'reviewed: 2026-11-21',
		'status: draft',
		...frontmatterFor(plan.phase, random2),
		'---',
	];
	const text = `${frontmatter.join('\n')}\n\n${body.join('\n\n')}\n`;
	return { text, words: words() };
}

/**
 * A node_modules of the copy's own whose packages link to the project's. Linking the whole folder
 * would put Vite's and Astro's caches (node_modules/.vite, node_modules/.astro) in the project's
 * node_modules: the build would not be cold, and it would overwrite the project's own caches.
 */
function linkDependencies(project: string, dir: string): void {
	const modules = join(project, 'node_modules');
	mkdirSync(join(dir, 'node_modules'));
	for (const entry of readdirSync(modules)) {
		if (!entry.startsWith('.')) symlinkSync(join(modules, entry), join(dir, 'node_modules', entry), 'dir');
	}
}

export interface SourceOrigin {
	/** "working tree", or the git ref given with --ref. */
	from: string;
	/** The commit: HEAD for the working tree, else the ref's. */
	commit: string | null;
	/** Whether the copied entries of the working tree differ from HEAD (null for a ref). */
	uncommittedChanges: boolean | null;
}

const git = (project: string, args: string[]) => execFileSync('git', ['-C', project, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

/** The working tree's files, or with `ref` the files of that commit (git archive): never the project's own folders. */
function copyProject(project: string, dir: string, ref: string | null): SourceOrigin {
	if (ref) {
		const commit = git(project, ['rev-parse', '--verify', `${ref}^{commit}`]);
		const listed = new Set(git(project, ['ls-tree', '--name-only', commit]).split('\n'));
		const entries = PROJECT_ENTRIES.filter((entry) => listed.has(entry));
		const tar = execFileSync('git', ['-C', project, 'archive', '--format=tar', commit, '--', ...entries], { maxBuffer: 1024 * 1024 * 1024 });
		execFileSync('tar', ['-x', '-C', dir], { input: tar });
		return { from: ref, commit, uncommittedChanges: null };
	}
	for (const entry of PROJECT_ENTRIES) cpSync(join(project, entry), join(dir, entry), { recursive: true });
	let commit: string | null = null;
	let uncommittedChanges: boolean | null = null;
	try {
		commit = git(project, ['rev-parse', 'HEAD']);
		uncommittedChanges = git(project, ['status', '--porcelain', '--', ...PROJECT_ENTRIES]) !== '';
	} catch {
		// not a git checkout: the copy is still measured
	}
	return { from: 'working tree', commit, uncommittedChanges };
}

export interface PreparedProject {
	dir: string;
	origin: SourceOrigin;
	pages: GeneratedPage[];
	/** sha256 of every copied project file: tells whether two runs measured the same code and content. */
	sourceHash: string;
	/** sha256 of every generated file, in order: identical on every run with the same N and seed. */
	contentHash: string;
	medianWords: number | null;
}

/** Copies the project (its working tree, or the commit `ref`) to `dir`, which must exist and be empty, and writes `count` synthetic pages. */
export function prepareProject(project: string, dir: string, count: number, seed: number, ref: string | null = null): PreparedProject {
	const source = createHash('sha256');
	const origin = copyProject(project, dir, ref);
	for (const entry of PROJECT_ENTRIES) {
		if (!existsSync(join(dir, entry))) continue;
		const files = statSync(join(dir, entry)).isDirectory() ? readdirSync(join(dir, entry), { recursive: true, withFileTypes: true }).filter((file) => file.isFile()).map((file) => join(file.parentPath, file.name)) : [join(dir, entry)];
		for (const file of files.sort()) source.update(relative(dir, file)).update(readFileSync(file));
	}
	linkDependencies(project, dir);
	// Synthetic pages belong to no edition: without the released manifests the changelog check has
	// nothing to compare with, as in a manual before its first release, and the build measures the same.
	if (count > 0) rmSync(join(dir, 'protocols/editions'), { recursive: true, force: true });

	const bibliography = readFileSync(join(dir, 'protocols/references.yaml'), 'utf8');
	const missing = REFERENCE_POOL.filter((key) => !new RegExp(`^- id: ${key}\\s*$`, 'm').test(bibliography));
	if (missing.length) throw new Error(`the benchmark cites keys that protocols/references.yaml no longer has: ${missing.join(', ')} (update REFERENCE_POOL in tests/bench/generate.ts)`);

	const plans = Array.from({ length: count }, (_, index) => planPage(seed, index + 1));
	const hash = createHash('sha256');
	const pages: GeneratedPage[] = [];
	for (const plan of plans) {
		const others = plans.length > 1 ? plans.filter((other) => other.number !== plan.number) : plans;
		const { text, words } = renderPage(seed, plan, others);
		mkdirSync(join(dir, 'protocols', plan.phase), { recursive: true });
		writeFileSync(join(dir, plan.file), text);
		hash.update(plan.file).update(text);
		const { terms: _terms, ...page } = plan;
		pages.push({ ...page, words });
	}
	const words = pages.map((page) => page.words).sort((a, b) => a - b);
	return { dir, pages, origin, sourceHash: source.digest('hex').slice(0, 16), contentHash: hash.digest('hex').slice(0, 16), medianWords: words.length ? (words[Math.floor(words.length / 2)] ?? null) : null };
}
