import { Fragment, useState } from 'react';
import { isLocalDate, isLocalTime } from '../../lib/planner/calendar';
import type { StoredSessionEvent } from '../../lib/planner/record';
import type { Plan, PlannedSession, SessionEvent } from '../../lib/planner/schedule';
import { sessionTitle } from '../../lib/planner/ics';
import { flagText, stageName, statusText } from '../../lib/planner/view';
import { formatLocalDate, sessionLink, type PlannerTemplate } from './links';

interface Props {
	plan: Plan;
	template: PlannerTemplate;
	lang: string;
	/** Marks are kept with a saved plan only. */
	markable: boolean;
	events: SessionEvent[];
	onMark: (sessionId: string, event: StoredSessionEvent) => Promise<boolean>;
}

/** Every session in a table: when, its phase and status, what is flagged, its protocol and worksheets; a blank notes column on paper. */
export function PlanTable({ plan, template, lang, markable, events, onMark }: Props) {
	const [editing, setEditing] = useState<string>();
	const marked = new Set(events.map((event) => event.session));
	const columns = 8;
	return (
		<table className="planner-table">
			<caption>Sessions, in order{markable ? '' : ' (save the plan to mark what happened)'}</caption>
			<thead>
				<tr>
					<th scope="col">Session</th>
					<th scope="col">Phase</th>
					<th scope="col">Date</th>
					<th scope="col">Time</th>
					<th scope="col">Status</th>
					<th scope="col">Protocol and worksheets</th>
					<th scope="col" className="no-print">
						Record
					</th>
					<th scope="col" className="print-only planner-table__notes">
						Notes
					</th>
				</tr>
			</thead>
			<tbody>
				{plan.sessions.map((session) => {
					const link = sessionLink(session.kind, template);
					return (
						<Fragment key={session.id}>
							<tr className={`stage-${session.stage.name} kind-${session.kind}`} data-session={session.id}>
								<th scope="row">{sessionTitle(session)}</th>
								<td>{stageName(session.stage)}</td>
								<td>{session.date ? formatLocalDate(session.date, lang) : 'No slot'}</td>
								<td>{session.time ?? ''}</td>
								<td>
									{statusText(session)}
									{session.note && <span className="planner-table__note">{session.note}</span>}
									{session.flags.map((flag) => (
										<span key={flag.kind} className="planner-table__flag">
											{flagText(flag, session)}
										</span>
									))}
								</td>
								<td>
									<a href={link.href}>{link.title}</a>
									{link.worksheets.length > 0 && (
										<ul className="planner-table__worksheets">
											{link.worksheets.map((worksheet) => (
												<li key={worksheet.href}>
													<a href={worksheet.href}>{worksheet.title}</a>
												</li>
											))}
										</ul>
									)}
								</td>
								<td className="no-print">
									{markable && session.kind !== 'review' && (
										<button type="button" aria-expanded={editing === session.id} onClick={() => setEditing(editing === session.id ? undefined : session.id)} aria-label={`Record what happened: ${sessionTitle(session)}`}>
											Record…
										</button>
									)}
									{markable && marked.has(session.id) && (
										<button type="button" onClick={() => void onMark(session.id, null)} aria-label={`Undo the mark: ${sessionTitle(session)}`}>
											Undo
										</button>
									)}
								</td>
								<td className="print-only planner-table__notes" />
							</tr>
							{editing === session.id && (
								<tr className="no-print">
									<td colSpan={columns}>
										<MarkForm session={session} onCancel={() => setEditing(undefined)} onSave={async (event) => (await onMark(session.id, event)) && setEditing(undefined)} />
									</td>
								</tr>
							)}
						</Fragment>
					);
				})}
				{plan.handover.date && (
					<tr className="kind-handover">
						<th scope="row">Hand-over to standard care</th>
						<td>After the course</td>
						<td>{formatLocalDate(plan.handover.date, lang)}</td>
						<td />
						<td>{plan.handover.afterDays} days after the last session, to {plan.handover.to}</td>
						<td>
							<a href={template.href}>{template.title}</a>
						</td>
						<td className="no-print" />
						<td className="print-only planner-table__notes" />
					</tr>
				)}
			</tbody>
		</table>
	);
}

function MarkForm({ session, onSave, onCancel }: { session: PlannedSession; onSave: (event: StoredSessionEvent) => void; onCancel: () => void }) {
	const [status, setStatus] = useState<'done' | 'missed' | 'moved'>('done');
	const [date, setDate] = useState(session.date ?? '');
	const [time, setTime] = useState(session.time ?? '09:00');
	const [problem, setProblem] = useState('');
	const title = sessionTitle(session);
	return (
		<form
			className="planner-mark"
			aria-label={`Record what happened: ${title}`}
			onSubmit={(event) => {
				event.preventDefault();
				if (!isLocalDate(date)) return setProblem('Choose the date it happened, was missed, or moves to.');
				if (status !== 'missed' && !isLocalTime(time)) return setProblem('Give the time as HH:MM.');
				setProblem('');
				onSave(status === 'missed' ? { status, date } : { status, date, time });
			}}
		>
			<fieldset>
				<legend>{title}</legend>
				{(['done', 'missed', 'moved'] as const).map((choice) => (
					<label key={choice} className="planner__check">
						<input type="radio" name={`mark-${session.id}`} value={choice} checked={status === choice} onChange={() => setStatus(choice)} />
						{{ done: 'Done on', missed: 'Missed on', moved: 'Moved to' }[choice]}
					</label>
				))}
			</fieldset>
			<label>
				Date
				<input type="date" value={date} onChange={(event) => setDate(event.target.value)} />
			</label>
			{status !== 'missed' && (
				<label>
					Time
					<input type="time" value={time} onChange={(event) => setTime(event.target.value)} />
				</label>
			)}
			<button type="submit">Save</button>
			<button type="button" onClick={onCancel}>
				Cancel
			</button>
			{problem && (
				<p className="planner__field-error" role="alert">
					{problem}
				</p>
			)}
		</form>
	);
}
