import { defineTool } from './tool.ts';

export default defineTool({
	id: 'measure-tracker',
	title: 'Measure Tracker',
	icon: 'trend',
	route: '/tracker/',
	summary: 'Score PHQ-9, GAD-7 and PCL-5 for each client across the course, with bands, response, the trend and the item-9 safety prompt; kept on this device.',
});
