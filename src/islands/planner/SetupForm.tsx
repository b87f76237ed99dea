import { weekdayNames, weekdays, type Weekday } from '../../lib/planner/calendar';
import type { Draft, DraftProblems } from '../../lib/planner/draft';
import type { PlannerTemplate } from './links';

interface Props {
	templates: PlannerTemplate[];
	draft: Draft;
	problems: DraftProblems;
	timeZone: string;
	isOpen: boolean;
	onChange: (draft: Draft) => void;
	onSave: () => void;
}

/** The set-up of one client's plan: template, label, first dose, the practice's days, closures. */
export function SetupForm({ templates, draft, problems, timeZone, isOpen, onChange, onSave }: Props) {
	const set = <K extends keyof Draft>(key: K, value: Draft[K]) => onChange({ ...draft, [key]: value });
	const problem = (field: keyof DraftProblems) =>
		problems[field] ? (
			<span className="planner__field-error" id={`planner-${field}-error`}>
				{problems[field]}
			</span>
		) : null;
	const describedBy = (field: keyof DraftProblems, hint?: string) => [hint, problems[field] ? `planner-${field}-error` : undefined].filter(Boolean).join(' ') || undefined;

	return (
		<form
			className="planner__setup no-print"
			aria-labelledby="planner-setup"
			noValidate
			onSubmit={(event) => {
				event.preventDefault();
				onSave();
			}}
		>
			<h2 id="planner-setup">{isOpen ? 'Set-up of this plan' : 'Set up a plan'}</h2>
			<div className="planner__grid">
				<label>
					Course template
					<select value={draft.template} onChange={(event) => set('template', event.target.value)}>
						{templates.map((template) => (
							<option key={template.id} value={template.id}>
								{template.title}
							</option>
						))}
					</select>
				</label>
				<div className="planner__field">
					<label>
						Client label
						<input
							type="text"
							value={draft.label}
							autoComplete="off"
							maxLength={60}
							aria-invalid={problems.label ? true : undefined}
							aria-describedby={describedBy('label', 'planner-label-hint')}
							onChange={(event) => set('label', event.target.value)}
						/>
					</label>
					<span className="planner__hint" id="planner-label-hint">
						Initials or a pseudonym only: never a full name.
					</span>
					{problem('label')}
				</div>
				<div className="planner__field">
					<label>
						First dose: date
						<input type="date" value={draft.firstDate} aria-invalid={problems.firstDate ? true : undefined} aria-describedby={describedBy('firstDate')} onChange={(event) => set('firstDate', event.target.value)} />
					</label>
					{problem('firstDate')}
				</div>
				<div className="planner__field">
					<label>
						First dose: time
						<input type="time" value={draft.firstTime} aria-invalid={problems.firstTime ? true : undefined} aria-describedby={describedBy('firstTime')} onChange={(event) => set('firstTime', event.target.value)} />
					</label>
					{problem('firstTime')}
				</div>
			</div>
			<WeekdayChoice legend="Dosing days" chosen={draft.dosingWeekdays} onChange={(days) => set('dosingWeekdays', days)} />
			<div className="planner__grid">
				<div className="planner__field">
					<label>
						Dosing sessions at
						<input type="time" value={draft.dosingTime} aria-invalid={problems.dosingTime ? true : undefined} aria-describedby={describedBy('dosingTime')} onChange={(event) => set('dosingTime', event.target.value)} />
					</label>
					{problem('dosingTime')}
				</div>
				<label>
					Dosing session length (minutes)
					<input type="number" inputMode="numeric" min={10} max={720} value={draft.dosingMinutes} aria-describedby={describedBy('minutes')} onChange={(event) => set('dosingMinutes', event.target.value)} />
				</label>
			</div>
			<WeekdayChoice legend="Integration days" chosen={draft.integrationWeekdays} onChange={(days) => set('integrationWeekdays', days)} />
			<div className="planner__grid">
				<div className="planner__field">
					<label>
						Integration sessions at
						<input
							type="text"
							value={draft.integrationTimes}
							aria-invalid={problems.integrationTimes ? true : undefined}
							aria-describedby={describedBy('integrationTimes', 'planner-times-hint')}
							onChange={(event) => set('integrationTimes', event.target.value)}
						/>
					</label>
					<span className="planner__hint" id="planner-times-hint">
						Times as HH:MM, separated by commas.
					</span>
					{problem('integrationTimes')}
				</div>
				<div className="planner__field">
					<label>
						Integration session length (minutes)
						<input type="number" inputMode="numeric" min={10} max={480} value={draft.integrationMinutes} aria-describedby={describedBy('minutes')} onChange={(event) => set('integrationMinutes', event.target.value)} />
					</label>
					{problem('minutes')}
				</div>
			</div>
			<fieldset className="planner__closed">
				<legend>Closed dates (holidays, leave)</legend>
				{draft.closed.length === 0 && <p className="planner__hint">None: the practice is open on every chosen weekday.</p>}
				{draft.closed.map((range, index) => (
					<div className="planner__closed-row" key={index} role="group" aria-label={`Closed period ${index + 1}`}>
						<label>
							From
							<input type="date" value={range.from} onChange={(event) => set('closed', draft.closed.map((r, i) => (i === index ? { ...r, from: event.target.value } : r)))} />
						</label>
						<label>
							To
							<input type="date" value={range.to} onChange={(event) => set('closed', draft.closed.map((r, i) => (i === index ? { ...r, to: event.target.value } : r)))} />
						</label>
						<button type="button" onClick={() => set('closed', draft.closed.filter((_, i) => i !== index))} aria-label={`Remove closed period ${index + 1}`}>
							Remove
						</button>
					</div>
				))}
				<button type="button" onClick={() => set('closed', [...draft.closed, { from: draft.firstDate, to: draft.firstDate }])}>
					Add a closed period
				</button>
				{problem('closed')}
			</fieldset>
			<p className="planner__hint">Times are in {timeZone}, the practice's time zone.</p>
			<button type="submit" className="planner__primary">
				{isOpen ? 'Save changes' : 'Save plan on this device'}
			</button>
		</form>
	);
}

function WeekdayChoice({ legend, chosen, onChange }: { legend: string; chosen: number[]; onChange: (days: number[]) => void }) {
	return (
		<fieldset className="planner__weekdays">
			<legend>{legend}</legend>
			{weekdays.map((day: Weekday) => (
				<label key={day} className="planner__check">
					<input type="checkbox" checked={chosen.includes(day)} onChange={(event) => onChange(event.target.checked ? [...chosen, day] : chosen.filter((d) => d !== day))} />
					{weekdayNames[day]}
				</label>
			))}
		</fieldset>
	);
}
