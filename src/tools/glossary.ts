import { contentLocations } from '../lib/content-locations.ts';
import { defineTool } from './tool.ts';

export default defineTool({
	id: 'glossary',
	title: 'Glossary',
	icon: 'glossary',
	route: contentLocations.glossary.index.route,
	summary: 'Terms a clinician new to ketamine-assisted psychotherapy meets in this manual, defined briefly.',
});
