import { sessionTitle } from '../../lib/planner/ics';
import type { Plan } from '../../lib/planner/schedule';
import { sessionBadge, stageName, statusText, timelineWeeks } from '../../lib/planner/view';
import { formatLocalDate, sessionLink, type PlannerTemplate } from './links';

/** The course in weeks across: each session a link to its protocol, phases coloured, today's week marked. */
export function Timeline({ plan, template, today, lang }: { plan: Plan; template: PlannerTemplate; today: string; lang: string }) {
	const weeks = timelineWeeks(plan, today);
	return (
		<div className="planner-timeline no-print">
			<h3 id="planner-timeline">Timeline</h3>
			<ul className="planner-timeline__legend" aria-label="Key">
				<li className="stage-acute">Acute series</li>
				<li className="stage-taper">Taper</li>
				<li className="kind-integration">Integration</li>
				<li className="kind-review">Review</li>
				<li className="kind-handover">Hand-over</li>
			</ul>
			<div className="planner-timeline__scroll" tabIndex={0} role="region" aria-labelledby="planner-timeline">
				<ol className="planner-timeline__weeks">
					{weeks.map((week) => (
						<li key={week.monday} className="planner-timeline__week" data-today={week.containsToday ? '' : undefined} aria-label={`Week ${week.number}, from ${formatLocalDate(week.monday, lang)}${week.containsToday ? ', this week' : ''}`}>
							<span className="planner-timeline__label" aria-hidden="true">
								<span>Wk {week.number}</span>
								<span>{new Date(`${week.monday}T00:00:00Z`).toLocaleDateString(lang, { day: 'numeric', month: 'short', timeZone: 'UTC' })}</span>
								{week.containsToday && <span className="planner-timeline__today">Today</span>}
							</span>
							<ul className="planner-timeline__sessions">
								{week.sessions.map((session) => (
									<li key={session.id}>
										<a
											href={sessionLink(session.kind, template).href}
											className={`planner-session stage-${session.stage.name} kind-${session.kind}`}
											data-status={session.status}
											data-flagged={session.flags.length ? '' : undefined}
											aria-label={`${sessionTitle(session)}, ${formatLocalDate(session.date!, lang)}${session.time ? ` ${session.time}` : ''}, ${stageName(session.stage)}, ${statusText(session)}${session.flags.length ? ', flagged' : ''}`}
										>
											{sessionBadge(session)}
											{session.status === 'done' ? ' ✓' : session.flags.length ? ' !' : ''}
										</a>
									</li>
								))}
								{week.handover && (
									<li>
										<a href={template.href} className="planner-session kind-handover" aria-label={`Hand-over to standard care, ${formatLocalDate(plan.handover.date!, lang)}`}>
											H
										</a>
									</li>
								)}
							</ul>
						</li>
					))}
				</ol>
			</div>
		</div>
	);
}
