import { z } from 'astro/zod';
import { calendarDate, referenceKeys, worksheetIds } from './common.ts';
import { dosingSessionSchema, routes } from './dose.ts';
import { evidenceSchema } from './evidence.ts';

export const audiences = ['therapist', 'prescriber', 'nurse', 'support-person'] as const;

const protocolFields = {
	title: z.string().min(3).max(120),
	/** One sentence, shown in search results and cards. */
	summary: z.string().min(10).max(300),
	/** Position in the explorer within its phase. */
	order: z.number().int().nonnegative(),
	audience: z.array(z.enum(audiences)).min(1),
	routes: z.array(z.enum(routes)).default([]),
	evidence: evidenceSchema,
	references: referenceKeys.min(1),
	/** Ids of worksheets in integration-worksheets/. */
	worksheets: worksheetIds.default([]),
	reviewed: calendarDate,
	status: z.enum(['draft', 'reviewed']),
	/** Who signed the page off; required once `status` is "reviewed". */
	reviewedBy: z.strictObject({ name: z.string().min(2).max(80), role: z.string().min(2).max(80) }).optional(),
};

/** A reviewed page names its reviewer: governance asks who signed it off, not only when. */
function requireReviewer(protocol: { status: 'draft' | 'reviewed'; reviewedBy?: unknown }, ctx: z.RefinementCtx): void {
	if (protocol.status === 'reviewed' && !protocol.reviewedBy) ctx.addIssue({ code: 'custom', path: ['reviewedBy'], message: 'expected the reviewer ({ name, role }) of a page with status: reviewed, found none' });
}

/** Hours after dosing during which integration is offered. */
export const integrationWindowSchema = z
	.strictObject({
		startHours: z.number().nonnegative().max(24 * 28),
		endHours: z.number().positive().max(24 * 28),
	})
	.superRefine((window, ctx) => {
		if (window.endHours <= window.startHours) {
			ctx.addIssue({ code: 'custom', path: ['endHours'], message: `expected the window to end after it starts (> ${window.startHours} h), found ${window.endHours}` });
		}
	});

export const taperStepSchema = z.strictObject({
	/** Days between sessions in this step. */
	intervalDays: z.number().int().positive().max(365),
	/** Sessions at this interval; absent for an open-ended last step. */
	sessions: z.number().int().positive().optional(),
	label: z.string().optional(),
});

/** A taper only ever lengthens the gap between sessions. */
export const taperSchema = z
	.array(taperStepSchema)
	.min(1)
	.superRefine((steps, ctx) => {
		steps.forEach((step, index) => {
			const previous = steps[index - 1];
			if (previous && step.intervalDays < previous.intervalDays) {
				ctx.addIssue({ code: 'custom', path: [index, 'intervalDays'], message: `expected an interval ≥ the step before (${previous.intervalDays} days): a taper never shortens the interval, found ${step.intervalDays}` });
			}
			if (step.sessions === undefined && index < steps.length - 1) {
				ctx.addIssue({ code: 'custom', path: [index, 'sessions'], message: 'expected a number of sessions: only the last step may be open-ended, found none' });
			}
		});
	});

export const preparationProtocolSchema = z.strictObject({ ...protocolFields, phase: z.literal('preparation') }).superRefine(requireReviewer);
/** Route protocols carry a session block; pages about the whole session (music, discharge) do not. */
export const dosingProtocolSchema = z.strictObject({ ...protocolFields, phase: z.literal('dosing'), session: dosingSessionSchema.optional() }).superRefine(requireReviewer);
export const integrationProtocolSchema = z.strictObject({ ...protocolFields, phase: z.literal('integration'), window: integrationWindowSchema }).superRefine(requireReviewer);
export const maintenanceProtocolSchema = z.strictObject({ ...protocolFields, phase: z.literal('maintenance'), taper: taperSchema }).superRefine(requireReviewer);

export const protocolSchema = z.discriminatedUnion('phase', [
	preparationProtocolSchema,
	dosingProtocolSchema,
	integrationProtocolSchema,
	maintenanceProtocolSchema,
]);

export type Protocol = z.infer<typeof protocolSchema>;
export type DosingProtocol = z.infer<typeof dosingProtocolSchema>;
export type IntegrationWindow = z.infer<typeof integrationWindowSchema>;
export type TaperStep = z.infer<typeof taperStepSchema>;
