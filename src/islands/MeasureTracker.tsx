import { useEffect, useRef, useState } from 'react';
import { administrationsCsv, checkEntry, courseRows, csvFileName, hasProblems, trendGeometry, type CourseRow, type EntryProblems, type KeptAdministration } from '../lib/measures/course';
import { doseName, dosesGiven, type DoseMark } from '../lib/measures/doses';
import { instrumentById, instruments, type Instrument } from '../lib/measures/index';
import { PCL5_CUT_POINT } from '../lib/measures/pcl5';
import { ADMINISTRATION_PREFIX, administrationField, CLIENT_FIELD, CLIENT_LABEL_MAX_LENGTH, measuresRecordKind } from '../lib/measures/record';
import { pcl5Clusters } from '../lib/measures/score';
import { planRecordKind, readPlan, type KeptPlan } from '../lib/planner/record';
import { readSession, sessionRecordKind, type SessionMeta } from '../lib/session/record';
import { toolFieldMisfit } from '../lib/store/tool-kinds';
import type { RecordKind, StoreRecord } from '../lib/store/record';
import { deviceStore } from '../store/device';
import type { DeviceStore } from '../store/device-store';
import '../styles/tracker.css';
import { downloadFile } from './download';

export interface TrackerProps {
	/** The manual's safety protocol for item 9: where it is, its title, and what it says to do. */
	safety: { href: string; title: string; action: string };
}

interface Client {
	id: string;
	label: string;
	administrations: KeptAdministration[];
	/** Fields that did not fit their schema: shown, never silently dropped. */
	unreadable: string[];
}

interface Draft {
	instrumentId: string;
	date: string;
	items: string[];
	entered: 'clinician' | 'client';
	/** The administration being edited, or undefined for a new one. */
	editing?: string;
}

const KIND = measuresRecordKind.kind;
/** Where the doses marked on a trend come from: the course planner's and the live session view's records. */
const DOSE_KINDS: readonly RecordKind[] = [planRecordKind.kind, sessionRecordKind.kind];

interface DoseSources {
	plans: { label: string; events: KeptPlan['events'] }[];
	sessions: Pick<SessionMeta, 'clientLabel' | 'startedAt' | 'timeZone'>[];
}

/** The plans and live sessions on this device; one that does not read is named by its own tool, and marks nothing here. */
async function readDoseSources(store: DeviceStore): Promise<DoseSources> {
	const read = async (kind: RecordKind) => {
		const summaries = await store.list(kind);
		return (await Promise.all(summaries.map((summary) => store.read(kind, summary.id)))).filter((record): record is StoreRecord => record !== undefined);
	};
	const [plans, sessions] = await Promise.all([read(planRecordKind.kind), read(sessionRecordKind.kind)]);
	return {
		plans: plans.flatMap((record) => {
			const plan = readPlan(record.id, record.fields);
			return typeof plan === 'string' ? [] : [{ label: plan.setup.label, events: plan.events }];
		}),
		sessions: sessions.flatMap((record) => {
			const session = readSession(record.fields);
			return session ? [session.meta] : [];
		}),
	};
}
const today = () => {
	const now = new Date();
	return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};
const emptyDraft = (instrument: Instrument, entered: Draft['entered'] = 'clinician'): Draft => ({ instrumentId: instrument.id, date: today(), items: instrument.items.map(() => ''), entered });
const message = (failure: unknown) => (failure instanceof Error ? failure.message : String(failure));

/** Reads a client's record into what the page shows; a field that does not fit its schema is listed, not used. */
function toClient(record: StoreRecord): Client {
	let label = '';
	const administrations: KeptAdministration[] = [];
	const unreadable: string[] = [];
	for (const [fieldId, { value }] of Object.entries(record.fields)) {
		const misfit = toolFieldMisfit(measuresRecordKind, fieldId, value);
		if (misfit) {
			unreadable.push(misfit);
			continue;
		}
		const data = JSON.parse(value as string);
		if (fieldId === CLIENT_FIELD) label = data;
		else if (fieldId.startsWith(ADMINISTRATION_PREFIX)) administrations.push({ id: fieldId.slice(ADMINISTRATION_PREFIX.length), ...data });
	}
	return { id: record.id, label, administrations, unreadable };
}

/**
 * The measure tracker: clients by label, PHQ-9/GAD-7/PCL-5 entry by the clinician (digits and Tab)
 * or by the client on a tablet (one item at a time), the item-9 safety notice, each instrument's
 * course as a table and an SVG trend, CSV export and a printed summary. Everything stays in the
 * device store.
 */
export function MeasureTracker({ safety }: TrackerProps) {
	const [store, setStore] = useState<DeviceStore>();
	const [clients, setClients] = useState<Client[]>();
	const [locked, setLocked] = useState(false);
	const [selected, setSelected] = useState('');
	const [error, setError] = useState('');
	const [notice, setNotice] = useState('');
	const [draft, setDraft] = useState<Draft>(emptyDraft(instruments[0]));
	const [problems, setProblems] = useState<EntryProblems>({ items: {} });
	const [mode, setMode] = useState<'clinician' | 'client'>('clinician');
	const [safetyNotice, setSafetyNotice] = useState<{ answer: number; date: string }>();
	const [doseSources, setDoseSources] = useState<DoseSources>({ plans: [], sessions: [] });

	const refresh = async (opened: DeviceStore) => {
		if (await opened.isLocked()) {
			setLocked(true);
			return;
		}
		setLocked(false);
		const summaries = await opened.list(KIND);
		const records = await Promise.all(summaries.map((summary) => opened.read(KIND, summary.id)));
		setDoseSources(await readDoseSources(opened));
		setClients(
			records
				.filter((record): record is StoreRecord => record !== undefined)
				.map(toClient)
				.sort((a, b) => a.label.localeCompare(b.label)),
		);
	};

	useEffect(() => {
		let stopListening: (() => void) | undefined;
		deviceStore().then(
			async (opened) => {
				setStore(opened);
				stopListening = opened.onChange((change) => {
					if (change.type === 'locked') setLocked(true);
					else if (change.type === 'all' || change.type === 'unlocked' || ('kind' in change && (change.kind === KIND || DOSE_KINDS.includes(change.kind)))) void refresh(opened).catch((failure) => setError(message(failure)));
				});
				await refresh(opened);
			},
			(failure: unknown) => setError(message(failure)),
		);
		return () => stopListening?.();
	}, []);

	const client = clients?.find((candidate) => candidate.id === selected);
	const doses = client ? dosesGiven(client.label, doseSources.plans, doseSources.sessions) : [];
	const instrument: Instrument = instrumentById(draft.instrumentId)!;

	const run = async (action: () => Promise<string>) => {
		setError('');
		setNotice('');
		try {
			setNotice(await action());
		} catch (failure) {
			setError(message(failure));
		}
	};

	const addClient = (label: string) =>
		run(async () => {
			const id = crypto.randomUUID();
			await store!.writeField(KIND, id, CLIENT_FIELD, JSON.stringify(label.trim()));
			setSelected(id);
			return `Added ${label.trim()}.`;
		});

	const save = () => {
		if (!client) return;
		const others = client.administrations.filter((administration) => administration.id !== draft.editing);
		const checked = checkEntry(instrument, draft, others, today());
		setProblems(checked);
		if (hasProblems(checked)) {
			setError('Nothing was saved: correct the fields marked below.');
			setNotice('');
			return;
		}
		void run(async () => {
			const id = draft.editing ?? crypto.randomUUID();
			await store!.writeField(KIND, client.id, administrationField(id), JSON.stringify({ instrument: instrument.id, date: draft.date, answers: checked.answers, entered: draft.entered }));
			const kept = { id, instrument: instrument.id, date: draft.date, answers: checked.answers, entered: draft.entered };
			const scored = courseRows(instrument, [kept])[0]!.scored;
			setDraft(emptyDraft(instrument));
			return `Saved the ${instrument.title} of ${draft.date}${scored.complete ? `: total ${scored.total}${scored.band ? `, ${scored.band.label.toLowerCase()}` : ''}` : `: no total, item${scored.missing.length > 1 ? 's' : ''} ${scored.missing.join(', ')} left out`}.`;
		});
	};

	/** Item 9 above 0 puts the safety notice up at once, while the clinician is entering. */
	const setItem = (index: number, text: string) => {
		const items = draft.items.map((item, at) => (at === index ? text : item));
		setDraft({ ...draft, items });
		if (instrument.safetyItem === index + 1 && /^[1-9]$/.test(text.trim()) && Number(text) <= instrument.itemRange.max) setSafetyNotice({ answer: Number(text), date: draft.date });
	};

	if (error && !store) {
		return (
			<p className="tracker__error" role="alert">
				{error}
			</p>
		);
	}
	if (!store || (!clients && !locked)) return <p>The measure tracker needs JavaScript: it keeps scores in this browser, on this device.</p>;
	if (locked) return <p className="tracker__warning">The scores on this device are locked. Unlock them with the passphrase to see or add scores.</p>;

	if (mode === 'client' && client) {
		return (
			<ClientEntry
				instrument={instrument}
				items={draft.items}
				onAnswer={(index, value) => setDraft({ ...draft, items: draft.items.map((item, at) => (at === index ? String(value) : item)) })}
				onReturn={async () => {
					// Handing back: with a passphrase set, the device locks and only the clinician's passphrase opens the scores.
					if (await store.hasPassphrase()) store.lock();
					setMode('clinician');
					const item9 = instrument.safetyItem ? Number(draft.items[instrument.safetyItem - 1] || 0) : 0;
					if (item9 > 0) setSafetyNotice({ answer: item9, date: draft.date });
					setNotice('Answers from the tablet: review them below, then save.');
				}}
			/>
		);
	}

	return (
		<div className="tracker controls" data-measure-tracker="">
			<p role="status" className="tracker__status no-print">
				{notice}
			</p>
			{error && (
				<p className="tracker__error" role="alert">
					{error}
				</p>
			)}
			<ClientPicker clients={clients!} selected={selected} onSelect={setSelected} onAdd={(label) => void addClient(label)} />
			{client && (
				<>
					{client.unreadable.length > 0 && (
						<ul className="tracker__error" aria-label="Scores that could not be read">
							{client.unreadable.map((reason) => (
								<li key={reason}>{reason}</li>
							))}
						</ul>
					)}
					<EntryForm
						draft={draft}
						problems={problems}
						onInstrument={(id) => {
							setProblems({ items: {} });
							setDraft(emptyDraft(instrumentById(id)!));
						}}
						onDate={(date) => setDraft({ ...draft, date })}
						onItem={setItem}
						onSave={save}
						onTablet={() => {
							setProblems({ items: {} });
							setNotice('');
							setError('');
							setDraft({ ...emptyDraft(instrument, 'client'), date: draft.date });
							setMode('client');
						}}
					/>
					<section aria-labelledby="tracker-summary" className="tracker__summary">
						<div className="tracker__summary-head">
							<h3 id="tracker-summary">Summary for {client.label}</h3>
							<div className="tracker__actions no-print">
								<button
									type="button"
									onClick={() => {
										const name = csvFileName(today());
										downloadFile(name, administrationsCsv(client.label, client.administrations, instruments), 'text/csv');
										setNotice(`Exported ${client.administrations.length} administration${client.administrations.length === 1 ? '' : 's'} to ${name}.`);
									}}>
									Export CSV
								</button>
								<button type="button" onClick={() => window.print()}>
									Print summary
								</button>
							</div>
						</div>
						{client.administrations.length === 0 && <p>No scores kept for {client.label} yet.</p>}
						{client.administrations.length > 0 && <DoseList doses={doses} />}
						{instruments.map((each) => {
							const rows = courseRows(each, client.administrations);
							return rows.length > 0 && <InstrumentCourse key={each.id} instrument={each} rows={rows} doses={doses} onEdit={(row) => setDraft({ instrumentId: each.id, date: row.administration.date, items: row.administration.answers.map((answer) => (answer === null ? '' : String(answer))), entered: row.administration.entered, editing: row.administration.id })} />;
						})}
					</section>
				</>
			)}
			{safetyNotice && <SafetyDialog safety={safety} answer={safetyNotice.answer} onAcknowledge={() => setSafetyNotice(undefined)} />}
		</div>
	);
}

function ClientPicker({ clients, selected, onSelect, onAdd }: { clients: Client[]; selected: string; onSelect: (id: string) => void; onAdd: (label: string) => void }) {
	const [label, setLabel] = useState('');
	const [problem, setProblem] = useState('');
	return (
		<div className="tracker__clients no-print">
			<label>
				Client
				<select value={selected} onChange={(event) => onSelect(event.target.value)}>
					<option value="">{clients.length ? 'Choose a client…' : 'No clients yet'}</option>
					{clients.map((client) => (
						<option key={client.id} value={client.id}>
							{client.label || '(no label)'}
						</option>
					))}
				</select>
			</label>
			<form
				onSubmit={(event) => {
					event.preventDefault();
					const trimmed = label.trim();
					if (!trimmed) return setProblem('Type the client’s initials or a pseudonym.');
					if (trimmed.length > CLIENT_LABEL_MAX_LENGTH) return setProblem(`A label has at most ${CLIENT_LABEL_MAX_LENGTH} characters: initials or a pseudonym, not a full name.`);
					if (clients.some((client) => client.label === trimmed)) return setProblem(`${trimmed} is already a client here: choose it above, or use another label.`);
					setProblem('');
					setLabel('');
					onAdd(trimmed);
				}}>
				<label>
					New client (initials or a pseudonym, never a full name)
					<input value={label} maxLength={CLIENT_LABEL_MAX_LENGTH + 10} onChange={(event) => setLabel(event.target.value)} aria-invalid={problem ? true : undefined} aria-describedby={problem ? 'tracker-client-problem' : undefined} />
				</label>
				{problem && (
					<p id="tracker-client-problem" className="tracker__field-error">
						{problem}
					</p>
				)}
				<button type="submit">Add client</button>
			</form>
		</div>
	);
}

interface EntryFormProps {
	draft: Draft;
	problems: EntryProblems;
	onInstrument: (id: string) => void;
	onDate: (date: string) => void;
	onItem: (index: number, text: string) => void;
	onSave: () => void;
	onTablet: () => void;
}

function EntryForm({ draft, problems, onInstrument, onDate, onItem, onSave, onTablet }: EntryFormProps) {
	const instrument: Instrument = instrumentById(draft.instrumentId)!;
	return (
		<form
			className="tracker__entry no-print"
			aria-labelledby="tracker-entry"
			onSubmit={(event) => {
				event.preventDefault();
				onSave();
			}}>
			<h3 id="tracker-entry">{draft.editing ? `Edit the ${instrument.title} of ${draft.date}` : draft.entered === 'client' ? `Review the client’s ${instrument.title}` : 'Enter scores'}</h3>
			<div className="tracker__entry-head">
				<label>
					Instrument
					<select value={draft.instrumentId} onChange={(event) => onInstrument(event.target.value)} disabled={draft.editing !== undefined || draft.entered === 'client'}>
						{instruments.map((each) => (
							<option key={each.id} value={each.id}>
								{each.title}
							</option>
						))}
					</select>
				</label>
				<label>
					Date completed
					<input type="date" value={draft.date} onChange={(event) => onDate(event.target.value)} aria-invalid={problems.date ? true : undefined} aria-describedby={problems.date ? 'tracker-date-problem' : undefined} />
				</label>
				{problems.date && (
					<p id="tracker-date-problem" className="tracker__field-error">
						{problems.date}
					</p>
				)}
			</div>
			<p className="tracker__hint">
				Type each item’s score ({instrument.itemRange.min}–{instrument.itemRange.max}: {instrument.scale.map((word, value) => `${value} ${word.toLowerCase()}`).join(', ')}) and press Tab. Leave an item empty if it was not answered.
			</p>
			<ol className="tracker__items">
				{instrument.items.map((item, index) => {
					const problem = problems.items[index + 1];
					const id = `tracker-item-${index + 1}`;
					return (
						<li key={item} className={instrument.safetyItem === index + 1 ? 'tracker__item tracker__item--safety' : 'tracker__item'}>
							<label htmlFor={id}>
								{index + 1}. {item}
							</label>
							<input id={id} inputMode="numeric" autoComplete="off" size={2} value={draft.items[index] ?? ''} onChange={(event) => onItem(index, event.target.value)} aria-invalid={problem ? true : undefined} aria-describedby={problem ? `${id}-problem` : undefined} />
							{problem && (
								<p id={`${id}-problem`} className="tracker__field-error">
									{problem}
								</p>
							)}
						</li>
					);
				})}
			</ol>
			<div className="tracker__actions">
				<button type="submit">{draft.editing ? 'Save changes' : 'Save scores'}</button>
				{!draft.editing && (
					<button type="button" onClick={onTablet}>
						Hand the tablet to the client
					</button>
				)}
			</div>
		</form>
	);
}

/**
 * The client's view: one item at a time, the answers in words, large targets. It renders no
 * total, band, client list or history (they are not in the page while it shows), and handing back
 * locks the device when a passphrase is set.
 */
function ClientEntry({ instrument, items, onAnswer, onReturn }: { instrument: Instrument; items: string[]; onAnswer: (index: number, value: number) => void; onReturn: () => void }) {
	const [index, setIndex] = useState(0);
	const heading = useRef<HTMLHeadingElement>(null);
	useEffect(() => heading.current?.focus(), [index]);
	const done = index >= instrument.items.length;
	return (
		<div className="tracker-client controls" data-client-entry="">
			{done ? (
				<>
					<h3 ref={heading} tabIndex={-1}>
						Thank you
					</h3>
					<p>Please hand the tablet back to your clinician.</p>
					<button type="button" onClick={() => setIndex(instrument.items.length - 1)}>
						Back to the last question
					</button>
				</>
			) : (
				<fieldset>
					<legend>
						<span className="tracker-client__progress">
							Question {index + 1} of {instrument.items.length}
						</span>
						<h3 ref={heading} tabIndex={-1}>
							{instrument.items[index]}
						</h3>
					</legend>
					<p className="tracker-client__period">{instrument.id === 'pcl-5' ? 'How much has this bothered you in the past month?' : 'How often has this bothered you over the last two weeks?'}</p>
					<div className="tracker-client__options">
						{instrument.scale.map((word, value) => (
							<button
								key={word}
								type="button"
								aria-pressed={items[index] === String(value)}
								onClick={() => {
									onAnswer(index, value);
									setIndex(index + 1);
								}}>
								{word}
							</button>
						))}
					</div>
					<div className="tracker__actions">
						<button type="button" disabled={index === 0} onClick={() => setIndex(index - 1)}>
							Previous question
						</button>
						<button type="button" onClick={() => setIndex(index + 1)}>
							Skip this question
						</button>
					</div>
				</fieldset>
			)}
			<button type="button" className="tracker-client__return" onClick={onReturn}>
				Clinician: review answers
			</button>
		</div>
	);
}

/** The item-9 notice: modal, Escape does not close it, and it leaves only by acknowledging. */
function SafetyDialog({ safety, answer, onAcknowledge }: { safety: TrackerProps['safety']; answer: number; onAcknowledge: () => void }) {
	const dialog = useRef<HTMLDialogElement>(null);
	useEffect(() => {
		const element = dialog.current!;
		if (!element.open) element.showModal();
		return () => element.close();
	}, []);
	return (
		<dialog ref={dialog} className="tracker-safety controls" aria-labelledby="tracker-safety-title" aria-describedby="tracker-safety-action" onCancel={(event) => event.preventDefault()}>
			<h2 id="tracker-safety-title">PHQ-9 item 9 answered {answer} (above 0)</h2>
			<p id="tracker-safety-action">{safety.action}</p>
			<p>
				Follow the safety protocol:{' '}
				<a href={safety.href} target="_blank" rel="noopener">
					{safety.title}, PHQ-9 (opens in a new tab)
				</a>
				. The tracker informs; the clinician decides.
			</p>
			<button type="button" autoFocus onClick={onAcknowledge}>
				I have read this
			</button>
		</dialog>
	);
}

/** The doses the trends mark, in words: the chart's lines are not the only way to read them. */
function DoseList({ doses }: { doses: DoseMark[] }) {
	if (doses.length === 0) return <p className="tracker__doses">No doses on this device for this client: dosing sessions marked done in the course planner, or run in the live session view, under the same client label, are marked on the trends.</p>;
	return (
		<p className="tracker__doses">
			Dotted lines on the trends: {doses.map((dose) => `${doseName(dose)} on ${dose.date}`).join('; ')} (from the course planner and the live session view).
		</p>
	);
}

function InstrumentCourse({ instrument, rows, doses, onEdit }: { instrument: Instrument; rows: CourseRow[]; doses: DoseMark[]; onEdit: (row: CourseRow) => void }) {
	const captionId = `tracker-${instrument.id}`;
	const hasSafety = instrument.safetyItem !== undefined;
	return (
		<section className="tracker__course" aria-labelledby={captionId}>
			<h4 id={captionId}>{instrument.title}</h4>
			<TrendChart instrument={instrument} rows={rows} doses={doses} />
			{/* Focusable so a keyboard can scroll a table wider than a phone. */}
			<div className="tracker__table-wrap" tabIndex={0} role="group" aria-label={`${instrument.title} table`}>
				<table className="tracker__table">
					<caption>{instrument.title} scores in date order (the same data as the chart)</caption>
					<thead>
						<tr>
							<th scope="col">Date</th>
							<th scope="col">Total</th>
							<th scope="col">{instrument.bands.length ? 'Band' : 'Reading'}</th>
							<th scope="col">From baseline</th>
							{hasSafety && <th scope="col">Item {instrument.safetyItem}</th>}
							<th scope="col" className="no-print">
								<span className="visually-hidden">Edit</span>
							</th>
						</tr>
					</thead>
					<tbody>
						{rows.map((row) => (
							<tr key={row.administration.id} className={row.scored.safety ? 'tracker__row--safety' : undefined}>
								<th scope="row">
									{row.administration.date}
									{row.administration.entered === 'client' && <span className="tracker__by"> (client)</span>}
								</th>
								<td>{row.scored.complete ? row.scored.total : `No total: item${row.scored.missing.length > 1 ? 's' : ''} ${row.scored.missing.join(', ')} left out`}</td>
								<td>{reading(instrument, row)}</td>
								<td>{row.baseline ? 'Baseline' : change(row)}</td>
								{hasSafety && <td>{row.scored.safety ? `⚠ ${row.administration.answers[instrument.safetyItem! - 1]}: safety protocol` : (row.administration.answers[instrument.safetyItem! - 1] ?? 'not answered')}</td>}
								<td className="no-print">
									<button type="button" onClick={() => onEdit(row)} aria-label={`Edit the ${instrument.title} of ${row.administration.date}`}>
										Edit
									</button>
								</td>
							</tr>
						))}
					</tbody>
				</table>
			</div>
		</section>
	);
}

function reading(instrument: Instrument, row: CourseRow): string {
	if (!row.scored.complete) return '—';
	if (instrument.bands.length) return row.scored.band?.label ?? '—';
	const clusters = pcl5Clusters(row.administration.answers);
	const cut = row.scored.total >= PCL5_CUT_POINT.min ? `at or above the ${PCL5_CUT_POINT.min}–${PCL5_CUT_POINT.max} cut-point` : `below the ${PCL5_CUT_POINT.min}–${PCL5_CUT_POINT.max} cut-point`;
	return `${cut}; cluster rule ${clusters?.met ? 'met' : 'not met'}`;
}

function change(row: CourseRow): string {
	if (!row.change) return '—';
	const { change: points, percent, response, remission } = row.change;
	const parts = [`${points > 0 ? '+' : ''}${points}${percent === null ? '' : ` (${percent > 0 ? '+' : ''}${Math.round(percent)}%)`}`];
	if (response) parts.push('response');
	if (remission) parts.push('remission');
	return parts.join(', ');
}

const CHART = { width: 560, height: 260, left: 36, right: 112, top: 12, bottom: 28 };

/** The trend as an SVG drawn here: bands shaded, baseline, response and remission lines, item-9 points marked. */
function TrendChart({ instrument, rows, doses }: { instrument: Instrument; rows: CourseRow[]; doses: DoseMark[] }) {
	const chart = trendGeometry(instrument, rows, CHART, doses);
	const titleId = `tracker-chart-${instrument.id}`;
	const right = CHART.width - CHART.right;
	return (
		<svg className="tracker-chart" viewBox={`0 0 ${CHART.width} ${CHART.height}`} role="img" aria-labelledby={titleId}>
			<title id={titleId}>{`${instrument.title} totals over time: ${chart.points.map((point) => `${point.date} ${point.total}${point.safety ? ' (item 9 above 0)' : ''}`).join('; ') || 'no complete administrations'}${doses.length ? `; doses on ${doses.map((dose) => dose.date).join(', ')}` : ''}. The table beside it has the same data.`}</title>
			{chart.bands.map((band) => (
				<g key={band.label}>
					<rect className={`tracker-chart__band tracker-chart__band--${band.index}`} x={CHART.left} y={band.y} width={right - CHART.left} height={band.height} />
					<text className="tracker-chart__band-label" x={right + 4} y={band.y + band.height / 2 + 4}>
						{band.label}
					</text>
				</g>
			))}
			{chart.yTicks.map((tick) => (
				<text key={tick.value} className="tracker-chart__tick" x={CHART.left - 6} y={tick.y + 4} textAnchor="end">
					{tick.value}
				</text>
			))}
			{chart.lines.map((line) => (
				<g key={line.kind}>
					<line className={`tracker-chart__line tracker-chart__line--${line.kind}`} x1={CHART.left} x2={right} y1={line.y} y2={line.y} />
					<text className="tracker-chart__line-label" x={CHART.left + 4} y={line.y - 3}>
						{line.label}
					</text>
				</g>
			))}
			{chart.markers.map((marker) => (
				<g key={marker.date} className="tracker-chart__dose">
					<line x1={marker.x} x2={marker.x} y1={CHART.top + 12} y2={CHART.height - CHART.bottom} />
					<text x={marker.x} y={CHART.top + 8} textAnchor="middle">
						{marker.label}
					</text>
				</g>
			))}
			<line className="tracker-chart__axis" x1={CHART.left} x2={CHART.left} y1={CHART.top} y2={CHART.height - CHART.bottom} />
			<line className="tracker-chart__axis" x1={CHART.left} x2={right} y1={CHART.height - CHART.bottom} y2={CHART.height - CHART.bottom} />
			{chart.xTicks.map((tick, index) => (
				<text key={`${tick.label}-${index}`} className="tracker-chart__tick" x={tick.x} y={CHART.height - CHART.bottom + 16} textAnchor="middle">
					{tick.label}
				</text>
			))}
			{chart.points.length > 1 && <polyline className="tracker-chart__trend" points={chart.points.map((point) => `${point.x},${point.y}`).join(' ')} />}
			{chart.points.map((point) =>
				point.safety ? (
					<g key={point.date} className="tracker-chart__safety">
						<path d={`M${point.x} ${point.y - 8}l7 12h-14z`} />
						<text x={point.x + 9} y={point.y - 6}>
							item 9
						</text>
					</g>
				) : (
					<circle key={point.date} className="tracker-chart__point" cx={point.x} cy={point.y} r={4} />
				),
			)}
		</svg>
	);
}
