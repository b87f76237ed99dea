import { defineTool } from './tool.ts';

export default defineTool({
	id: 'course-planner',
	title: 'Course Planner',
	icon: 'calendar',
	route: '/planner/',
	summary: "Plan a client's course from a template on the practice's days: every session dated, recomputed when one is done, missed or moved; print it or export it to a calendar.",
});
