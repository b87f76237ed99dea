import { contentLocations } from '../lib/content-locations.ts';
import { defineTool } from './tool.ts';

export default defineTool({
	id: 'course-templates',
	title: 'Course Templates',
	icon: 'calendar',
	route: contentLocations.courses.index.route,
	summary: 'Typed templates for a course: the acute series, integration after doses, the taper and the hand-over to standard care.',
});
