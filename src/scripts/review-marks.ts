import { isOverdue } from '../lib/review';

/**
 * Every review date on the page (the protocol's facts, the status bar) carries its due date; the
 * build marked it against the build's day, and this re-reads it against the day it is read, so a
 * page built months ago still says "review overdue", in every place at once.
 */
export function refreshReviewMarks(today = new Date().toISOString().slice(0, 10)): void {
	for (const mark of document.querySelectorAll<HTMLElement>('[data-review-due]')) {
		const overdue = isOverdue(mark.dataset.reviewDue ?? '', today);
		mark.toggleAttribute('data-overdue', overdue);
		const label = mark.querySelector('[data-review-label]');
		if (label) label.textContent = overdue ? ' — review overdue' : '';
	}
}
