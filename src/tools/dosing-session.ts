import { defineTool } from './tool.ts';

export default defineTool({
	id: 'dosing-session',
	title: 'Dosing Session',
	icon: 'session',
	route: '/session/',
	summary: "A dosing protocol's monitoring schedule as a clock at the bedside: what is due, readings checked against its thresholds, discharge.",
});
