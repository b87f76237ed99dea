import courseTemplates from './course-templates.ts';
import deviceData from './device-data.ts';
import glossary from './glossary.ts';

export type { Tool } from './tool.ts';

/** Every tool of the manual, in the order the Tools page and the palette list them. Add a tool here. */
export const tools = [courseTemplates, glossary, deviceData] as const;

export type ToolId = (typeof tools)[number]['id'];
