import { useEffect, useState } from 'react';
import { toLocal } from '../lib/planner/calendar';
import { draftOf, newDraft, setupOf, type Draft, type DraftProblems } from '../lib/planner/draft';
import { exportSequence, planCalendar } from '../lib/planner/ics';
import { practiceHours, type KeptPlan } from '../lib/planner/record';
import { planChanges, planCourse, type PlanResult, type SessionEvent } from '../lib/planner/schedule';
import { sessionIdTitle } from '../lib/planner/view';
import { PlanTable } from './planner/PlanTable';
import { SetupForm } from './planner/SetupForm';
import { Timeline } from './planner/Timeline';
import { usePlans } from './planner/usePlans';
import { formatLocalDate, type PlannerTemplate } from './planner/links';
import { downloadFile } from './download';

export type { PlannerTemplate } from './planner/links';

interface Props {
	templates: PlannerTemplate[];
	practice: { name: string; timeZone: string; vtimezone: string; paper: 'A4' | 'Letter'; lang: string };
}

/**
 * The course planner: a set-up form, the plan it gives as a timeline and a table, marks for what
 * actually happened, print and a calendar file. Plans are kept per client in the device store;
 * everything is computed here, in the browser, from the templates the page hands over.
 */
export function CoursePlanner({ templates, practice }: Props) {
	const kept = usePlans();
	const today = toLocal(Date.now(), practice.timeZone).date;
	const [openId, setOpenId] = useState<string>();
	const [draft, setDraft] = useState<Draft>(() => newDraft(templates[0]?.id ?? '', today));
	const [problems, setProblems] = useState<DraftProblems>({});
	const [notice, setNotice] = useState('');
	const [withLabel, setWithLabel] = useState(false);
	const [paper, setPaper] = useState(practice.paper);

	// The paper chosen here is the one the print sheet's named pages follow.
	useEffect(() => {
		document.documentElement.dataset.paper = paper;
	}, [paper]);

	const open = kept.plans?.find((plan) => plan.id === openId);
	const template = templates.find((candidate) => candidate.id === draft.template);
	const events = open?.events ?? [];
	// The preview needs no label yet: the label is asked for when the plan is saved.
	const preview = setupOf({ ...draft, label: draft.label.trim() || 'preview' }, practice.timeZone, open?.setup.created ?? new Date().toISOString());
	const setup = preview.setup;

	// Planning is quick (a few hundred sessions at most): recomputed on every render, from the form as typed.
	const planFor = (marks: SessionEvent[]): PlanResult | undefined => {
		// A missing weekday or an unschedulable course is the planner's to name; other mistakes show at their fields.
		if (!template || !setup) return undefined;
		return planCourse({ course: template.course, firstDose: setup.firstDose, practice: practiceHours(setup), events: marks, today });
	};
	const result = planFor(events);
	const setupProblem = `No plan yet: ${Object.values(preview.problems ?? {})[0] ?? ''}`;
	const planned = events.length ? planFor([]) : undefined;
	const changes = result?.ok && planned?.ok ? planChanges(planned.plan.sessions, result.plan.sessions) : [];

	const startNew = () => {
		setOpenId(undefined);
		setDraft(newDraft(templates[0]?.id ?? '', today));
		setProblems({});
		setNotice('');
	};
	const reopen = (plan: KeptPlan) => {
		setOpenId(plan.id);
		setDraft(draftOf(plan.setup));
		setProblems({});
		setNotice(`The plan for ${plan.setup.label} is open.`);
	};
	const save = async () => {
		const checked = setupOf(draft, practice.timeZone, open?.setup.created ?? new Date().toISOString());
		if (!checked.setup) {
			setProblems(checked.problems);
			setNotice('');
			return;
		}
		setProblems({});
		const id = await kept.save(openId, checked.setup);
		if (id) {
			setOpenId(id);
			setNotice(openId ? `The changes to the plan for ${checked.setup.label} are saved.` : `Saved the plan for ${checked.setup.label} on this device.`);
		}
	};
	const remove = async (plan: KeptPlan) => {
		if (!window.confirm(`Delete the course plan for ${plan.setup.label} from this device? This cannot be undone.`)) return;
		await kept.remove(plan.id);
		if (plan.id === openId) startNew();
		setNotice(`The plan for ${plan.setup.label} was deleted from this device.`);
	};
	const download = () => {
		if (!result?.ok || !template || !open) return;
		const text = planCalendar({
			plan: result.plan,
			planId: open.id,
			timeZone: practice.timeZone,
			vtimezone: practice.vtimezone,
			practiceName: practice.name,
			courseTitle: template.title,
			protocols: { dosing: template.dosing.title, integration: template.integration?.title },
			minutes: open.setup.minutes,
			sequence: exportSequence(new Date()),
			clientLabel: withLabel ? open.setup.label : undefined,
		});
		const name = `course-plan-${template.id}.ics`;
		downloadFile(name, text, 'text/calendar');
		setNotice(`Saved ${name}${withLabel ? ', with the client label' : ', without the client label'}.`);
	};
	const print = () => window.print();

	return (
		<div className="planner controls" data-course-planner="">
			<p className="planner__status" role="status">
				{notice}
			</p>
			{kept.error && (
				<p className="planner__error" role="alert">
					{kept.error}
				</p>
			)}
			<section className="no-print" aria-labelledby="planner-kept">
				<h2 id="planner-kept">Plans on this device</h2>
				{kept.locked ? (
					<p className="planner__warning">The plans on this device are locked: unlock them with the passphrase to open or change them.</p>
				) : !kept.plans ? (
					<p>Reading the plans kept on this device…</p>
				) : kept.plans.length === 0 ? (
					<p>None yet: set one up below and save it.</p>
				) : (
					<ul className="planner__plans" aria-label="Course plans on this device">
						{kept.plans.map((plan) => (
							<li key={plan.id} aria-current={plan.id === openId ? 'true' : undefined}>
								<span>
									<strong>{plan.setup.label}</strong> · {templates.find((t) => t.id === plan.setup.template)?.title ?? plan.setup.template} · first dose {formatLocalDate(plan.setup.firstDose.date, practice.lang)}
								</span>
								<span className="planner__row-actions">
									<button type="button" onClick={() => reopen(plan)} aria-label={`Open the plan for ${plan.setup.label}`}>
										Open
									</button>
									<button type="button" onClick={() => void remove(plan)} aria-label={`Delete the plan for ${plan.setup.label}`}>
										Delete
									</button>
								</span>
							</li>
						))}
					</ul>
				)}
				{openId && (
					<button type="button" onClick={startNew}>
						New plan
					</button>
				)}
			</section>

			<SetupForm
				templates={templates}
				draft={draft}
				problems={problems}
				timeZone={practice.timeZone}
				isOpen={Boolean(openId)}
				onChange={(next) => setDraft(next)}
				onSave={() => void save()}
			/>

			{!template ? (
				<p className="planner__error" role="alert">
					{draft.template ? `The template "${draft.template}" this plan was made from is no longer in the manual: choose another.` : 'This manual has no course templates to plan from.'}
				</p>
			) : result && !result.ok ? (
				<p className="planner__error" role="alert">
					No plan: {result.problem}
				</p>
			) : !result ? (
				<p className="planner__warning">{setupProblem}</p>
			) : (
				<section className="planner__plan" aria-labelledby="planner-plan">
					<header className="planner__print-header print-only">
						<p>
							<strong>Course plan for {open?.setup.label ?? (draft.label.trim() || 'an unsaved plan')}</strong> · {template.title} · {practice.name}
						</p>
						<p>
							Times in {practice.timeZone}. Printed {formatLocalDate(today, practice.lang)}.
						</p>
					</header>
					<h2 id="planner-plan">
						The plan{open ? ` for ${open.setup.label}` : ''}: {template.title}
					</h2>
					{result.plan.firstDoseInPast && (
						<p className="planner__warning">The first dose is before today: this plans a course already under way. Sessions before today that are not marked done or missed are flagged.</p>
					)}
					{result.plan.openEnded && (
						<p className="planner__note">The last taper step has no fixed end: sessions are shown for 26 weeks from the first dose, and the hand-over date is the prescriber's to set.</p>
					)}
					{changes.length > 0 && (
						<div className="planner__changes" role="region" aria-label="What changed">
							<h3>What changed from the first plan</h3>
							<ul>
								{changes.map((change) => (
									<li key={change.id}>
										{sessionIdTitle(change.id)}: {change.from ?? 'no date'} → {change.to ?? 'no slot in its window'}
									</li>
								))}
							</ul>
						</div>
					)}
					<Timeline plan={result.plan} template={template} today={today} lang={practice.lang} />
					<PlanTable
						plan={result.plan}
						template={template}
						lang={practice.lang}
						markable={Boolean(open)}
						events={events}
						onMark={(sessionId, event) => (open ? kept.mark(open.id, sessionId, event) : Promise.resolve(false))}
					/>
					<div className="planner__sources">
						<h3>Sources of the template</h3>
						<ol>
							{template.sources.map((source) => (
								<li key={source}>{source}</li>
							))}
						</ol>
					</div>
					<div className="planner__actions no-print" role="group" aria-label="Print and export">
						<label>
							Paper{' '}
							<select value={paper} onChange={(event) => setPaper(event.target.value === 'Letter' ? 'Letter' : 'A4')}>
								<option value="A4">A4</option>
								<option value="Letter">Letter</option>
							</select>
						</label>
						<button type="button" onClick={print}>
							Print the plan
						</button>
						<label className="planner__check">
							<input type="checkbox" checked={withLabel} onChange={(event) => setWithLabel(event.target.checked)} /> Include client label in the calendar file
						</label>
						<button type="button" onClick={download} disabled={!open}>
							Download calendar (.ics)
						</button>
						{!open && <span className="planner__hint">Save the plan to download its calendar file.</span>}
					</div>
				</section>
			)}
		</div>
	);
}
