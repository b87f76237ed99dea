import { z } from 'astro/zod';
import { defineToolRecordKind } from '../store/tool-kinds.ts';
import { instrumentById, instruments } from './index.ts';
import { checkAnswers } from './score.ts';

/** How a client label may look: initials or a pseudonym, never a full record. */
export const CLIENT_LABEL_MAX_LENGTH = 40;

const instrumentIds = instruments.map((instrument) => instrument.id) as [string, ...string[]];

/** One questionnaire as given on one day. Items are answered by number; null where left out. */
export const administrationSchema = z
	.strictObject({
		instrument: z.enum(instrumentIds),
		date: z.iso.date(),
		answers: z.array(z.number().int().nullable()),
		/** Who typed the answers: the clinician, or the client on the tablet (then reviewed). */
		entered: z.enum(['clinician', 'client']),
	})
	.superRefine((value, context) => {
		const instrument = instrumentById(value.instrument)!;
		for (const problem of checkAnswers(instrument, value.answers)) context.addIssue({ code: 'custom', path: ['answers'], message: problem });
	});

export type Administration = z.infer<typeof administrationSchema>;

/**
 * The measure tracker's records: one per client, under a random id. The client label is the
 * `client` field; each administration is its own field `administration:<uuid>`, so two windows
 * adding scores at once never overwrite each other.
 */
export const measuresRecordKind = defineToolRecordKind({
	kind: 'measures',
	noun: 'measure record',
	fields: {
		client: z.string().trim().min(1).max(CLIENT_LABEL_MAX_LENGTH),
		administration: administrationSchema,
	},
});

export const CLIENT_FIELD = 'client';
export const ADMINISTRATION_PREFIX = 'administration:';
export const administrationField = (id: string) => `${ADMINISTRATION_PREFIX}${id}`;
