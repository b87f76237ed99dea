/** The four phases of care, without the schema library, so browser scripts can name them cheaply. */
export const phases = ['preparation', 'dosing', 'integration', 'maintenance'] as const;
export type Phase = (typeof phases)[number];

export const phaseTitles: Record<Phase, string> = {
	preparation: 'Preparation',
	dosing: 'Dosing session',
	integration: 'Integration',
	maintenance: 'Maintenance',
};
