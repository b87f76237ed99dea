import { useCallback, useEffect, useRef, useState } from 'react';
import type { Answers } from '../lib/answers';
import { formatMinutes } from '../lib/format';
import { toLocal } from '../lib/planner/calendar';
import { sessionClock, type ClockPoint } from '../lib/session/clock';
import type { DischargeItem } from '../lib/session/discharge';
import { checkReading, checkTitles, scalesFor, type Reading, type ReadingInput } from '../lib/session/readings';
import { checkStart, readingFieldId, readSession, SESSION_FIELDS, takenAtFrom, type SessionMeta, type SessionState } from '../lib/session/record';
import { evaluateReading, untypedThresholds, type Crossing } from '../lib/session/thresholds';
import { remsSummary, toVitalsLog, VITALS_LOG } from '../lib/session/vitals-log';
import { canonical, HEADER_FIELDS } from '../lib/store/record';
import { toSavedAnswers } from '../lib/store/worksheet-record';
import type { DosingSession as SessionBlock } from '../schemas/dose';
import { routeTitles } from '../schemas/dose';
import type { Worksheet } from '../schemas/worksheet';
import { deviceStore } from '../store/device';
import type { DeviceStore } from '../store/device-store';

export interface SessionProtocol {
	id: string;
	title: string;
	href: string;
	session: SessionBlock;
}
export interface VitalsLogSheet extends Pick<Worksheet, 'title' | 'version' | 'sections'> {
	id: string;
	rowLabels: string[];
	href: string;
}
export interface SourceLink {
	id: string;
	label: string;
	title: string;
	href: string;
}

interface Props {
	protocols: SessionProtocol[];
	vitalsLog: VitalsLogSheet;
	discharge?: { items: DischargeItem[]; title: string; href: string } | undefined;
	sources: SourceLink[];
}

type Running = { id: string; state: SessionState };
type MeasuredCheck = Reading['check'];

const KIND = 'session';
const TICK_MS = 1_000;
const actionTitles = { 'consider-delay': 'Consider delaying', hold: 'Hold', stop: 'Stop', escalate: 'Escalate' } as const;
const checkWords: Record<string, string> = { ...checkTitles, nausea: 'Nausea', observation: 'Observation' };
const statusWords: Record<ClockPoint['status'], string> = { upcoming: 'Upcoming', due: 'Due now', overdue: 'Overdue', missed: 'Missed', done: 'Done' };
const message = (failure: unknown) => (failure instanceof Error ? failure.message : String(failure));

const clockTime = (instant: string | number, timeZone: string) => toLocal(typeof instant === 'number' ? instant : Date.parse(instant), timeZone).time;
/** Elapsed time as the clock face shows it: "+40:05", or "−03:10" before the dose. */
function elapsedText(minutes: number): string {
	const seconds = Math.floor(Math.abs(minutes) * 60);
	const hours = Math.floor(seconds / 3600);
	const mm = String(Math.floor((seconds % 3600) / 60)).padStart(2, '0');
	const ss = String(seconds % 60).padStart(2, '0');
	return `${minutes < 0 ? '−' : '+'}${hours ? `${hours}:` : ''}${mm}:${ss}`;
}
const readingText = (reading: Reading) =>
	reading.check === 'blood-pressure' ? `${reading.systolic}/${reading.diastolic} mmHg` : 'value' in reading ? `${reading.value}${reading.check === 'oxygen-saturation' ? ' %' : ' /min'}` : `${reading.scale} ${reading.score}`;

/** The checks this protocol's schedule asks for that the form can take, in the form's order. */
function formChecks(session: SessionBlock): MeasuredCheck[] {
	const named = new Set<string>([...session.baseline, ...session.monitoring.flatMap((point) => point.checks), ...session.thresholds.flatMap((threshold) => (threshold.rule ? [threshold.rule.check] : []))]);
	return (Object.keys(checkTitles) as MeasuredCheck[]).filter((check) => named.has(check));
}

/** A short, quiet tone when a check falls due, only if the clinician turned sound on. */
function chime(): void {
	const Context = window.AudioContext;
	if (!Context) return;
	const audio = new Context();
	const tone = audio.createOscillator();
	const gain = audio.createGain();
	tone.frequency.value = 660;
	gain.gain.setValueAtTime(0.08, audio.currentTime);
	gain.gain.exponentialRampToValueAtTime(0.0001, audio.currentTime + 0.6);
	tone.connect(gain).connect(audio.destination);
	tone.start();
	tone.stop(audio.currentTime + 0.6);
	tone.onended = () => void audio.close();
}

/**
 * The live dosing session: start from a protocol, the schedule as a clock from the stored start,
 * one reading form, threshold crossings (they inform; the clinician decides), the observation
 * count-down and discharge checklist, and the end summary. Every reading is a field of the session
 * record and is also written into the session vitals log worksheet's answers.
 */
export function DosingSession({ protocols, vitalsLog, discharge, sources }: Props) {
	const [store, setStore] = useState<DeviceStore>();
	const [running, setRunning] = useState<Running | null>();
	const [latestEnded, setLatestEnded] = useState<Running | null>(null);
	const [locked, setLocked] = useState(false);
	const [error, setError] = useState('');

	const load = useCallback(async (opened: DeviceStore) => {
		if (await opened.isLocked()) {
			setLocked(true);
			return;
		}
		setLocked(false);
		const sessions: Running[] = [];
		for (const summary of await opened.list(KIND)) {
			const record = await opened.read(KIND, summary.id);
			const state = record && readSession(record.fields);
			if (state) sessions.push({ id: summary.id, state });
		}
		sessions.sort((a, b) => b.state.meta.startedAt.localeCompare(a.state.meta.startedAt));
		setRunning(sessions.find((entry) => !entry.state.end) ?? null);
		setLatestEnded(sessions.find((entry) => entry.state.end) ?? null);
	}, []);

	useEffect(() => {
		let stop: (() => void) | undefined;
		deviceStore().then(
			async (opened) => {
				setStore(opened);
				stop = opened.onChange((change) => {
					if (change.type === 'field' || change.type === 'record' ? change.kind === KIND : true) void load(opened).catch((failure: unknown) => setError(message(failure)));
				});
				await load(opened);
			},
			(failure: unknown) => setError(message(failure)),
		);
		return () => stop?.();
	}, [load]);

	if (error && !store) return <p className="dosing-session__error" role="alert">{error}</p>;
	if (!store || running === undefined) {
		if (locked) return <p className="dosing-session__warning">The answers on this device are locked. Unlock them to start or continue a session: a running session's clock keeps counting from its stored start.</p>;
		return <p>The dosing session needs JavaScript: it keeps its clock and readings in this browser, on this device.</p>;
	}
	if (locked) return <p className="dosing-session__warning">The answers on this device are locked. Unlock them to continue: the session's clock keeps counting from its stored start.</p>;

	const protocolOf = (id: string) => protocols.find((protocol) => protocol.id === id);
	if (running) {
		const protocol = protocolOf(running.state.meta.protocolId);
		if (!protocol) return <p className="dosing-session__error" role="alert">This device holds a session for the protocol "{running.state.meta.protocolId}", which this edition of the manual no longer has. Its readings are in the <a href={vitalsLog.href}>{vitalsLog.title}</a>.</p>;
		return <LiveSession store={store} id={running.id} state={running.state} protocol={protocol} vitalsLog={vitalsLog} discharge={discharge} sources={sources} />;
	}
	const ended = latestEnded && protocolOf(latestEnded.state.meta.protocolId);
	return (
		<div className="dosing-session controls" data-dosing-session="">
			{latestEnded && ended && <SessionSummary state={latestEnded.state} protocol={ended} vitalsLog={vitalsLog} now={new Date()} />}
			<StartForm store={store} protocols={protocols} vitalsLog={vitalsLog} onStarted={() => void load(store)} />
		</div>
	);
}

function StartForm({ store, protocols, vitalsLog, onStarted }: { store: DeviceStore; protocols: SessionProtocol[]; vitalsLog: VitalsLogSheet; onStarted: () => void }) {
	const asked = new URLSearchParams(window.location.search).get('protocol');
	const [protocolId, setProtocolId] = useState(protocols.some((protocol) => protocol.id === asked) ? asked! : (protocols[0]?.id ?? ''));
	const protocol = protocols.find((candidate) => candidate.id === protocolId);
	const [clientLabel, setClientLabel] = useState('');
	const [amount, setAmount] = useState('');
	const [device, setDevice] = useState('');
	const [lot, setLot] = useState('');
	const [startTime, setStartTime] = useState('');
	const [problem, setProblem] = useState<{ field: string; message: string }>();
	const [logInUse, setLogInUse] = useState(false);

	if (!protocol) return <p>This manual has no dosing protocol with a session schedule.</p>;
	const esketamine = protocol.session.agent === 'esketamine';

	const start = async (clearLog: boolean) => {
		setProblem(undefined);
		const checked = checkStart({ clientLabel, amount, unit: protocol.session.dose.unit });
		if (!checked.ok) return setProblem(checked);
		const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
		const startedAt = takenAtFrom(startTime, new Date(), timeZone);
		if (!startedAt.ok) return setProblem({ field: 'startTime', message: startedAt.message.replace('Time taken', 'Dose started') });
		try {
			const log = await store.read('worksheet', vitalsLog.id);
			if (log && Object.keys(log.fields).length > 0) {
				if (!clearLog) return setLogInUse(true);
				await store.clear('worksheet', vitalsLog.id);
			}
			const meta: SessionMeta = { protocolId: protocol.id, clientLabel: checked.clientLabel, dose: checked.dose, startedAt: startedAt.takenAt, timeZone, ...(device.trim() ? { device: device.trim() } : {}), ...(lot.trim() ? { lot: lot.trim() } : {}) };
			const id = crypto.randomUUID();
			await store.writeField(KIND, id, SESSION_FIELDS.meta, JSON.stringify(meta));
			const local = toLocal(Date.parse(meta.startedAt), timeZone);
			const header: Answers = {
				[HEADER_FIELDS.client]: meta.clientLabel,
				[HEADER_FIELDS.date]: local.date,
				'dose-given': `${meta.dose.amount} ${meta.dose.unit}, ${routeTitles[protocol.session.route].toLowerCase()}`,
				[VITALS_LOG.doseTime]: local.time,
			};
			for (const [fieldId, value] of Object.entries(header)) await store.writeField('worksheet', vitalsLog.id, fieldId, value, vitalsLog.version);
			onStarted();
		} catch (failure) {
			setProblem({ field: 'form', message: message(failure) });
		}
	};

	const submit = (event: { preventDefault: () => void }) => {
		event.preventDefault();
		void start(false);
	};
	const invalid = (field: string) => (problem?.field === field ? { 'aria-invalid': true, 'aria-describedby': 'session-start-problem' } : {});

	return (
		<form className="dosing-session__start" onSubmit={submit} aria-labelledby="session-start-title">
			<h2 id="session-start-title">Start a dosing session</h2>
			<div className="dosing-session__field">
				<label htmlFor="session-protocol">Protocol</label>
				<select id="session-protocol" value={protocolId} onChange={(event) => setProtocolId(event.target.value)}>
					{protocols.map((candidate) => (
						<option key={candidate.id} value={candidate.id}>{candidate.title}</option>
					))}
				</select>
			</div>
			<div className="dosing-session__field">
				<label htmlFor="session-client">Client label</label>
				<input id="session-client" value={clientLabel} onChange={(event) => setClientLabel(event.target.value)} autoComplete="off" {...invalid('clientLabel')} aria-describedby={problem?.field === 'clientLabel' ? 'session-client-hint session-start-problem' : 'session-client-hint'} />
				<span id="session-client-hint" className="dosing-session__hint">Initials or a pseudonym, never a full name.</span>
			</div>
			<label>
				Dose given ({protocol.session.dose.unit}; this protocol's range {protocol.session.dose.min}–{protocol.session.dose.max} {protocol.session.dose.unit})
				<input value={amount} onChange={(event) => setAmount(event.target.value)} inputMode="decimal" autoComplete="off" {...invalid('amount')} />
			</label>
			{esketamine && (
				<>
					<label>
						Device (optional)
						<input value={device} onChange={(event) => setDevice(event.target.value)} autoComplete="off" />
					</label>
					<label>
						Lot (optional)
						<input value={lot} onChange={(event) => setLot(event.target.value)} autoComplete="off" />
					</label>
				</>
			)}
			<label>
				Dose started at (leave empty for now)
				<input type="time" value={startTime} onChange={(event) => setStartTime(event.target.value)} {...invalid('startTime')} />
			</label>
			{problem && <p id="session-start-problem" className="dosing-session__error" role="alert">{problem.message}</p>}
			{logInUse ? (
				<div className="dosing-session__warning" role="alert">
					<p>The {vitalsLog.title} on this device already holds another session's answers. Open or print it first, or clear it to start this session: one log is kept per device, and it is never overwritten silently.</p>
					<p className="dosing-session__actions">
						<a href={vitalsLog.href}>Open the {vitalsLog.title.toLowerCase()}</a>
						<button type="button" onClick={() => void start(true)}>Clear the log and start</button>
						<button type="button" onClick={() => setLogInUse(false)}>Cancel</button>
					</p>
				</div>
			) : (
				<button type="submit" className="dosing-session__primary">Start the clock</button>
			)}
		</form>
	);
}

interface LiveProps {
	store: DeviceStore;
	id: string;
	state: SessionState;
	protocol: SessionProtocol;
	vitalsLog: VitalsLogSheet;
	discharge: Props['discharge'];
	sources: SourceLink[];
}

function LiveSession({ store, id, state, protocol, vitalsLog, discharge, sources }: LiveProps) {
	const { session } = protocol;
	const { meta, readings } = state;
	const [now, setNow] = useState(() => new Date());
	const [sound, setSound] = useState(false);
	const [wake, setWake] = useState<'on' | 'unavailable' | 'refused'>('unavailable');
	const [error, setError] = useState('');
	const dueBefore = useRef<Set<number> | null>(null);

	useEffect(() => {
		const timer = window.setInterval(() => setNow(new Date()), TICK_MS);
		return () => window.clearInterval(timer);
	}, []);

	// The screen stays on while the session runs; the browser drops the lock when the page is hidden, so it is asked for again on return.
	useEffect(() => {
		if (!('wakeLock' in navigator)) return;
		let sentinel: WakeLockSentinel | undefined;
		let ended = false;
		const request = () =>
			navigator.wakeLock.request('screen').then(
				(lock) => {
					if (ended) return void lock.release();
					sentinel = lock;
					setWake('on');
					lock.addEventListener('release', () => !ended && setWake('refused'));
				},
				() => setWake('refused'),
			);
		const onVisible = () => document.visibilityState === 'visible' && void request();
		void request();
		document.addEventListener('visibilitychange', onVisible);
		return () => {
			ended = true;
			document.removeEventListener('visibilitychange', onVisible);
			void sentinel?.release();
		};
	}, []);

	const clock = sessionClock(session, meta.startedAt, now, readings);
	const crossings = readings.flatMap((reading) => evaluateReading(session, meta.startedAt, reading));

	useEffect(() => {
		const due = new Set(clock.dueNow.map((point) => point.at));
		if (dueBefore.current && sound && [...due].some((at) => !dueBefore.current!.has(at))) chime();
		dueBefore.current = due;
	});

	const save = async (run: () => Promise<void>) => {
		setError('');
		try {
			await run();
			return true;
		} catch (failure) {
			setError(message(failure));
			return false;
		}
	};

	/** Writes the readings into the vitals log's answers, field by field, keeping every answer typed there. */
	const writeLog = async (all: readonly Reading[], extra: Answers = {}) => {
		const record = await store.read('worksheet', vitalsLog.id);
		const existing = record ? toSavedAnswers(record, vitalsLog).answers : {};
		const next = { ...toVitalsLog(session, { startedAt: meta.startedAt, timeZone: meta.timeZone }, vitalsLog.rowLabels, all, existing), ...extra };
		for (const [fieldId, value] of Object.entries(next)) {
			if (canonical(existing[fieldId]) !== canonical(value)) await store.writeField('worksheet', vitalsLog.id, fieldId, value, vitalsLog.version);
		}
	};

	const record = (taken: Reading[]) =>
		save(async () => {
			for (const reading of taken) await store.writeField(KIND, id, readingFieldId(crypto.randomUUID()), JSON.stringify(reading));
			await writeLog([...readings, ...taken]);
		});

	const tick = (itemId: string, on: boolean) =>
		save(() => store.writeField(KIND, id, SESSION_FIELDS.discharge, JSON.stringify({ checked: on ? [...new Set([...state.discharge.checked, itemId])] : state.discharge.checked.filter((checked) => checked !== itemId) })));

	const finish = () =>
		save(async () => {
			const endedAt = new Date().toISOString();
			await store.writeField(KIND, id, SESSION_FIELDS.end, JSON.stringify({ endedAt, readyToLeaveAt: endedAt }));
			await writeLog(readings, { 'discharge-time': clockTime(endedAt, meta.timeZone) });
		});

	const untyped = untypedThresholds(session);

	return (
		<div className="dosing-session dosing-session--live" data-dosing-session="">
			<header className="dosing-session__head">
				<div>
					<p className="dosing-session__who">
						<strong>{meta.clientLabel}</strong> · {meta.dose.amount} {meta.dose.unit} · <a href={protocol.href}>{protocol.title}</a>
					</p>
					<p className="dosing-session__since">Dose started {clockTime(meta.startedAt, meta.timeZone)}</p>
				</div>
				<p className="dosing-session__clock" aria-label={`Time since the dose: ${Math.floor(clock.elapsedMinutes)} minutes`} data-session-elapsed={Math.floor(clock.elapsedMinutes)}>
					{elapsedText(clock.elapsedMinutes)}
				</p>
			</header>
			<div className="dosing-session__settings">
				<label className="dosing-session__toggle">
					<input type="checkbox" checked={sound} onChange={(event) => setSound(event.target.checked)} /> Sound when a check falls due
				</label>
				<span className="dosing-session__hint">{wake === 'on' ? 'The screen is kept awake while the session runs.' : 'This browser is not keeping the screen awake: keep the tablet from sleeping.'}</span>
			</div>
			{error && <p className="dosing-session__error" role="alert">{error}</p>}
			{state.problems.length > 0 && (
				<div className="dosing-session__error" role="alert">
					<p>Some of this session's saved fields could not be read; they are kept as they are:</p>
					<ul>{state.problems.map((problem) => <li key={problem}>{problem}</li>)}</ul>
				</div>
			)}

			<section className="dosing-session__now" aria-labelledby="session-now">
				<h2 id="session-now">What is due</h2>
				<div aria-live="polite">
					<ul className="dosing-session__due">
					{clock.baseline.missing.length > 0 && clock.elapsedMinutes < session.administrationMinutes + 5 && (
						<li className="dosing-session__cue dosing-session__cue--due">Before the dose: {clock.baseline.missing.map((check) => checkWords[check]).join(', ')}</li>
					)}
					{clock.dueNow.map((point) => (
						<li key={point.at} className="dosing-session__cue dosing-session__cue--due" data-due-at={point.at}>
							<span className="dosing-session__pulse" aria-hidden="true" />
							Due now (+{point.at} min): {point.missing.map((check) => checkWords[check]).join(', ')}
						</li>
					))}
					{clock.overdue.map((point) => (
						<li key={point.at} className="dosing-session__cue dosing-session__cue--overdue">
							Overdue (+{point.at} min, {clockTime(point.time, meta.timeZone)}): {point.missing.map((check) => checkWords[check]).join(', ')}
						</li>
					))}
				</ul>
				</div>
					{clock.next && (
						<p className="dosing-session__cue dosing-session__next">
							Next: +{clock.next.at} min at {clockTime(clock.next.time, meta.timeZone)} (in {formatMinutes(Math.max(0, Math.ceil((Date.parse(clock.next.time) - now.getTime()) / 60_000)))}): {clock.next.checks.map((check) => checkWords[check]).join(', ')}
						</p>
					)}
			</section>

			<div className="dosing-session__columns">
				<ReadingForm session={session} timeZone={meta.timeZone} onRecord={record} />
				<section aria-labelledby="session-timeline">
					<h2 id="session-timeline">Timeline</h2>
					<ol className="dosing-session__timeline">
						<li className={`dosing-session__point dosing-session__point--${clock.baseline.missing.length ? (clock.elapsedMinutes >= 0 ? 'missed' : 'due') : 'done'}`}>
							<span>Before the dose</span> <span>{clock.baseline.checks.map((check) => checkWords[check]).join(', ')}</span> <strong>{clock.baseline.missing.length ? 'Not recorded' : 'Done'}</strong>
						</li>
						{clock.points.map((point) => (
							<li key={point.at} className={`dosing-session__point dosing-session__point--${point.status}`} data-point-at={point.at}>
								<span>
									+{point.at} min · {clockTime(point.time, meta.timeZone)}
								</span>{' '}
								<span>{point.checks.map((check) => checkWords[check]).join(', ')}</span> <strong>{statusWords[point.status]}</strong>
								{point.note && <span className="dosing-session__hint">{point.note}</span>}
							</li>
						))}
					</ol>
				</section>
			</div>

			<Crossings crossings={crossings} sources={sources} timeZone={meta.timeZone} />
			{untyped.length > 0 && (
				<section aria-labelledby="session-watch">
					<h2 id="session-watch">Also watch for</h2>
					<ul>
						{untyped.map((threshold) => (
							<li key={threshold.measure}>
								{threshold.measure}: {threshold.when} — <strong>{actionTitles[threshold.action]}</strong> ({threshold.verified ? 'stated in the cited source' : 'practice-specific'}; <SourceLinks keys={threshold.references} sources={sources} />)
							</li>
						))}
					</ul>
				</section>
			)}
			<ReadingsTable readings={readings} startedAt={meta.startedAt} timeZone={meta.timeZone} />

			<section aria-labelledby="session-discharge" className="dosing-session__discharge">
				<h2 id="session-discharge">Discharge</h2>
				<p className="dosing-session__countdown" role="timer" aria-live="off">
					{clock.observation.complete
						? `Observation time complete at ${clockTime(clock.observation.endsAt, meta.timeZone)}: discharge is the clinician's decision against the checklist.`
						: `Observation: ${formatMinutes(Math.ceil(clock.observation.remainingMinutes))} left, until ${clockTime(clock.observation.endsAt, meta.timeZone)} (at least ${formatMinutes(session.observationMinutes)}${session.administrationMinutes ? ' after administration ends' : ''}).`}
				</p>
				{discharge && discharge.items.length > 0 && (
					<fieldset>
						<legend>
							Before the person leaves (from <a href={discharge.href}>{discharge.title}</a>: a prompt for judgement, not a score)
						</legend>
						{discharge.items.map((item) => (
							<label key={item.id} className="dosing-session__toggle">
								<input type="checkbox" checked={state.discharge.checked.includes(item.id)} onChange={(event) => void tick(item.id, event.target.checked)} />
								<span>
									<strong>{item.check}</strong>: {item.lookFor}
								</span>
							</label>
						))}
					</fieldset>
				)}
				<button type="button" className="dosing-session__primary" onClick={() => void finish()}>
					Finish the session
				</button>
			</section>
		</div>
	);
}

function ReadingForm({ session, timeZone, onRecord }: { session: SessionBlock; timeZone: string; onRecord: (readings: Reading[]) => Promise<boolean> }) {
	const checks = formChecks(session);
	const empty = { systolic: '', diastolic: '', 'heart-rate': '', 'oxygen-saturation': '', 'respiratory-rate': '', 'sedation-score': '', 'dissociation-score': '', time: '' };
	const [values, setValues] = useState(empty);
	const scales = { sedation: scalesFor(session, 'sedation'), dissociation: scalesFor(session, 'dissociation') };
	const [scale, setScale] = useState({ sedation: scales.sedation[0]?.name ?? '', dissociation: scales.dissociation[0]?.name ?? '' });
	const [problem, setProblem] = useState<{ field: string; message: string }>();
	const [saved, setSaved] = useState('');

	const set = (field: keyof typeof empty) => (event: { target: { value: string } }) => setValues({ ...values, [field]: event.target.value });
	const submit = async (event: { preventDefault: () => void }) => {
		event.preventDefault();
		setProblem(undefined);
		setSaved('');
		const taken = takenAtFrom(values.time, new Date(), timeZone);
		if (!taken.ok) return setProblem({ field: 'time', message: taken.message });
		const inputs: [string, ReadingInput][] = [];
		if (values.systolic.trim() || values.diastolic.trim()) inputs.push(['systolic', { check: 'blood-pressure', takenAt: taken.takenAt, systolic: values.systolic, diastolic: values.diastolic }]);
		for (const check of ['heart-rate', 'oxygen-saturation', 'respiratory-rate'] as const) if (values[check].trim()) inputs.push([check, { check, takenAt: taken.takenAt, value: values[check] }]);
		for (const check of ['sedation', 'dissociation'] as const) if (values[`${check}-score`].trim()) inputs.push([`${check}-score`, { check, takenAt: taken.takenAt, scale: scale[check], score: values[`${check}-score`] }]);
		if (inputs.length === 0) return setProblem({ field: 'form', message: 'Nothing to record: type at least one reading.' });
		const readings: Reading[] = [];
		for (const [field, input] of inputs) {
			const result = checkReading(input, (kind) => scales[kind]);
			if (!result.ok) {
				const where = result.field === 'systolic' || result.field === 'diastolic' ? result.field : result.field === 'takenAt' ? 'time' : field;
				return setProblem({ field: where, message: result.message });
			}
			readings.push(result.reading);
		}
		const submitted = values;
		if (await onRecord(readings)) {
			// Clear only what was recorded: anything typed while the save ran stays.
			setValues((current) => Object.fromEntries(Object.entries(current).map(([key, value]) => [key, value === submitted[key as keyof typeof empty] ? '' : value])) as typeof empty);
			setSaved(`Recorded ${readings.map((reading) => `${checkTitles[reading.check]} ${readingText(reading)}`).join(', ')}.`);
		}
	};
	const describedBy = (id: string, ...more: string[]) => [...more, ...(problem?.field === id ? ['reading-problem'] : [])].join(' ') || undefined;
	const field = (id: keyof typeof empty, label: string, unit: string) => (
		<div className="dosing-session__field">
			<label htmlFor={`reading-${id}`}>{label}</label>
			<span className="dosing-session__unit">
				<input id={`reading-${id}`} value={values[id]} onChange={set(id)} inputMode="numeric" autoComplete="off" aria-invalid={problem?.field === id || undefined} aria-describedby={describedBy(id, `reading-${id}-unit`)} />
				<span id={`reading-${id}-unit`}>{unit}</span>
			</span>
			{problem?.field === id && <span id="reading-problem" className="dosing-session__field-error" role="alert">{problem.message}</span>}
		</div>
	);

	return (
		<form className="dosing-session__reading" onSubmit={(event) => void submit(event)} aria-labelledby="reading-title">
			<h2 id="reading-title">Record a reading</h2>
			<div className="dosing-session__fields">
				{checks.includes('blood-pressure') && (
					<>
						{field('systolic', 'Systolic', 'mmHg')}
						{field('diastolic', 'Diastolic', 'mmHg')}
					</>
				)}
				{checks.includes('heart-rate') && field('heart-rate', 'Heart rate', '/min')}
				{checks.includes('oxygen-saturation') && field('oxygen-saturation', 'SpO₂', '%')}
				{checks.includes('respiratory-rate') && field('respiratory-rate', 'Respiratory rate', '/min')}
				{(['sedation', 'dissociation'] as const).map((check) =>
					checks.includes(check) ? (
						scales[check].length > 0 ? (
							<div key={check} className="dosing-session__scored">
								<div className="dosing-session__field">
									<label htmlFor={`session-${check}-scale`}>{checkTitles[check]} scale</label>
									<select id={`session-${check}-scale`} value={scale[check]} onChange={(event) => setScale({ ...scale, [check]: event.target.value })}>
										{scales[check].map((option) => (
											<option key={option.name} value={option.name}>{`${option.name} (${option.min}–${option.max})`}</option>
										))}
									</select>
								</div>
								{field(`${check}-score`, `${checkTitles[check]} score`, 'points')}
							</div>
						) : (
							<p key={check} className="dosing-session__hint">
								{checkTitles[check]}: this protocol names no scale; note it under adverse events in the vitals log.
							</p>
						)
					) : null,
				)}
				<div className="dosing-session__field">
					<label htmlFor="reading-time">Time taken (leave empty for now)</label>
					<input id="reading-time" type="time" value={values.time} onChange={set('time')} aria-invalid={problem?.field === 'time' || undefined} aria-describedby={describedBy('time')} />
					{problem?.field === 'time' && <span id="reading-problem" className="dosing-session__field-error" role="alert">{problem.message}</span>}
				</div>
			</div>
			{problem?.field === 'form' && <p className="dosing-session__field-error" role="alert">{problem.message}</p>}
			<button type="submit" className="dosing-session__primary">Record</button>
			<p role="status" className="dosing-session__hint">{saved}</p>
		</form>
	);
}

function SourceLinks({ keys, sources }: { keys: string[]; sources: SourceLink[] }) {
	return (
		<>
			source:{' '}
			{keys.map((key, index) => {
				const source = sources.find((candidate) => candidate.id === key);
				return (
					<span key={key}>
						{index > 0 && ', '}
						{source ? <a href={source.href} title={source.title}>{source.label}</a> : key}
					</span>
				);
			})}
		</>
	);
}

function Crossings({ crossings, sources, timeZone }: { crossings: Crossing[]; sources: SourceLink[]; timeZone: string }) {
	if (crossings.length === 0) return null;
	return (
		<section aria-labelledby="session-crossings" className="dosing-session__crossings">
			<h2 id="session-crossings">Thresholds crossed</h2>
			<p className="dosing-session__hint">What the protocol says to consider. It informs; the clinician decides.</p>
			<ul>
				{crossings.map((crossing, index) => (
					<li key={index} className={`dosing-session__crossing dosing-session__crossing--${crossing.action}`}>
						<p>
							<strong>{actionTitles[crossing.action]}</strong> — {crossing.measure}: {readingText(crossing.reading)} at {clockTime(crossing.reading.takenAt, timeZone)} ({crossing.crossed.join(', ')}; threshold {crossing.when})
						</p>
						<p>
							{crossing.verified ? 'Stated in the cited source' : 'Practice-specific: not found in a guideline'} · <SourceLinks keys={crossing.references} sources={sources} />
						</p>
						{crossing.note && <p className="dosing-session__hint">{crossing.note}</p>}
					</li>
				))}
			</ul>
		</section>
	);
}

function ReadingsTable({ readings, startedAt, timeZone }: { readings: Reading[]; startedAt: string; timeZone: string }) {
	return (
		<section aria-labelledby="session-readings">
			<h2 id="session-readings">Readings</h2>
			{readings.length === 0 ? (
				<p>None yet.</p>
			) : (
				<table className="dosing-session__readings">
					<thead>
						<tr><th scope="col">Time</th><th scope="col">After the dose</th><th scope="col">Check</th><th scope="col">Reading</th></tr>
					</thead>
					<tbody>
						{readings.map((reading, index) => {
							const minutes = Math.round((Date.parse(reading.takenAt) - Date.parse(startedAt)) / 60_000);
							return (
								<tr key={index}>
									<td>{clockTime(reading.takenAt, timeZone)}</td>
									<td>{minutes < 0 ? 'before the dose' : `+${minutes} min`}</td>
									<td>{checkTitles[reading.check]}</td>
									<td>{readingText(reading)}</td>
								</tr>
							);
						})}
					</tbody>
				</table>
			)}
		</section>
	);
}

function SessionSummary({ state, protocol, vitalsLog, now }: { state: SessionState; protocol: SessionProtocol; vitalsLog: VitalsLogSheet; now: Date }) {
	const { meta, readings, end } = state;
	const crossings = readings.flatMap((reading) => evaluateReading(protocol.session, meta.startedAt, reading));
	const rems = protocol.session.agent === 'esketamine' ? remsSummary(protocol.session, { startedAt: meta.startedAt, dose: meta.dose, ...(meta.device ? { device: meta.device } : {}), ...(meta.lot ? { lot: meta.lot } : {}), ...(end?.readyToLeaveAt ? { readyToLeaveAt: end.readyToLeaveAt } : {}), now }, readings) : undefined;
	const bp = (reading: Reading | null) => (reading && reading.check === 'blood-pressure' ? `${reading.systolic}/${reading.diastolic} mmHg at ${clockTime(reading.takenAt, meta.timeZone)}` : 'not recorded');
	return (
		<section className="dosing-session__summary" aria-labelledby="session-summary">
			<h2 id="session-summary">Session summary</h2>
			<dl>
				<dt>Client</dt>
				<dd>{meta.clientLabel}</dd>
				<dt>Protocol</dt>
				<dd><a href={protocol.href}>{protocol.title}</a></dd>
				<dt>Dose</dt>
				<dd>{meta.dose.amount} {meta.dose.unit}, started {clockTime(meta.startedAt, meta.timeZone)} on {toLocal(Date.parse(meta.startedAt), meta.timeZone).date}</dd>
				{end && (
					<>
						<dt>Finished</dt>
						<dd>{clockTime(end.endedAt, meta.timeZone)} ({formatMinutes(Math.max(0, Math.round((Date.parse(end.endedAt) - Date.parse(meta.startedAt)) / 60_000)))} after the dose)</dd>
					</>
				)}
				<dt>Readings</dt>
				<dd>{readings.length}{crossings.length > 0 && `, ${crossings.length} crossing a threshold (${[...new Set(crossings.map((crossing) => actionTitles[crossing.action].toLowerCase()))].join(', ')})`}</dd>
			</dl>
			{rems && (
				<section aria-labelledby="rems-summary" className="dosing-session__rems">
					<h3 id="rems-summary">For the REMS Patient Monitoring Form</h3>
					<p className="dosing-session__hint">Gathered from this session to copy across; check each against the form itself.</p>
					<dl>
						<dt>Dose</dt>
						<dd>{rems.dose}</dd>
						<dt>Device</dt>
						<dd>{rems.device ?? 'not entered'}</dd>
						<dt>Lot</dt>
						<dd>{rems.lot ?? 'not entered'}</dd>
						<dt>Blood pressure before the dose</dt>
						<dd>{bp(rems.bpBaseline)}</dd>
						<dt>Blood pressure about 40 minutes after</dt>
						<dd>{bp(rems.bpAt40)}</dd>
						<dt>Blood pressure at the end</dt>
						<dd>{bp(rems.bpEnd)}</dd>
						<dt>Minutes monitored</dt>
						<dd>{rems.minutesMonitored}</dd>
						<dt>Ready to leave</dt>
						<dd>{rems.readyToLeaveAt ? clockTime(rems.readyToLeaveAt, meta.timeZone) : 'not yet'}</dd>
					</dl>
				</section>
			)}
			<p>
				Every reading is in the <a href={vitalsLog.href}>{vitalsLog.title}</a>: open it to check, sign and print it.
			</p>
		</section>
	);
}
