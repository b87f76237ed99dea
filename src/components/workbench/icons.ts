// Line icons drawn for kapkit in the spirit of VS Code's codicons (16×16, currentColor): one path each.
export const iconPaths = {
	files: 'M4.5 1.5h5l3 3v7h-8zM9.5 1.5v3h3M2.5 4.5v10h8',
	search: 'M6.5 2.5a4 4 0 1 1 0 8 4 4 0 0 1 0-8zM9.5 9.5l4.5 4.5',
	worksheets: 'M3.5 1.5h9v13h-9zM5.5 5l1 1 2-2M9.5 5.5h1.5M5.5 9l1 1 2-2M9.5 9.5h1.5M5.5 12.5h5.5',
	tools: 'M10.5 1.8a3.2 3.2 0 0 0-3 4.3L2 11.6a1.4 1.4 0 0 0 2 2l5.5-5.5a3.2 3.2 0 0 0 4.3-3l-2 1.3-1.6-1.5z',
	references: 'M2.5 2.5h4a1.5 1.5 0 0 1 1.5 1.5v10a1.5 1.5 0 0 0-1.5-1.5h-4zM13.5 2.5h-4A1.5 1.5 0 0 0 8 4v10a1.5 1.5 0 0 1 1.5-1.5h4z',
	calendar: 'M2.5 3.5h11v10h-11zM2.5 6.5h11M5.5 1.5v3M10.5 1.5v3',
	glossary: 'M3.5 1.5h8a1 1 0 0 1 1 1v12h-8a1 1 0 0 1-1-1zM3.5 12.5a1 1 0 0 1 1-1h8M6 5.5h4',
	chevron: 'M6 4l4 4-4 4',
	close: 'M4 4l8 8M12 4l-8 8',
	session: 'M2.5 2.5h4M2.5 2.5v4M13.5 2.5h-4M13.5 2.5v4M2.5 13.5h4M2.5 13.5v-4M13.5 13.5h-4M13.5 13.5v-4',
	sidebar: 'M1.5 2.5h13v11h-13zM5.5 2.5v11',
	lock: 'M3.5 7.5h9v7h-9zM5.5 7.5V5a2.5 2.5 0 0 1 5 0v2.5M8 10.5v1.5',
} as const;

export type IconName = keyof typeof iconPaths;
