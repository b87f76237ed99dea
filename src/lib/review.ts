/** When a page's clinical review falls due, and whether it is overdue on a given day. */
export interface ReviewState {
	/** Last review, YYYY-MM-DD. */
	reviewed: string;
	/** The day after which the review is overdue, YYYY-MM-DD. */
	due: string;
	overdue: boolean;
}

/** The due date of a review dated `reviewed` (YYYY-MM-DD), `months` later; day overflow rolls on as in Date.UTC. */
export function reviewDue(reviewed: string, months: number): string {
	const [y, m, d] = reviewed.split('-').map(Number) as [number, number, number];
	return new Date(Date.UTC(y, m - 1 + months, d)).toISOString().slice(0, 10);
}

/** Overdue once `today` is past the due date (both YYYY-MM-DD, so text order is date order). */
export const isOverdue = (due: string, today: string): boolean => today > due;

export function reviewState(reviewed: string, months: number, today: string): ReviewState {
	const due = reviewDue(reviewed, months);
	return { reviewed, due, overdue: isOverdue(due, today) };
}

/** The Reviews page's order: overdue first, then by due date, soonest first; ties by title. */
export function byReviewUrgency<T extends { title: string; review: ReviewState }>(rows: readonly T[]): T[] {
	return [...rows].sort((a, b) => Number(b.review.overdue) - Number(a.review.overdue) || a.review.due.localeCompare(b.review.due) || a.title.localeCompare(b.title));
}
