/** The routes of administration, without the schema library, so browser scripts can name them cheaply. */
export const routes = ['iv', 'im', 'sublingual', 'oral', 'intranasal'] as const;
export type Route = (typeof routes)[number];

export const routeTitles: Record<Route, string> = {
	iv: 'Intravenous (IV)',
	im: 'Intramuscular (IM)',
	sublingual: 'Sublingual',
	oral: 'Oral',
	intranasal: 'Intranasal',
};
