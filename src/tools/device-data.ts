import { defineTool } from './tool.ts';

export default defineTool({
	id: 'device-data',
	title: 'Device Data',
	icon: 'lock',
	route: '/device/',
	summary: 'Back up or restore every answer kept on this device, lock them with a passphrase, or clear them all.',
});
