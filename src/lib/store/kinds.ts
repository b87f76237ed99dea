import type { RecordKind } from './record.ts';
import type { ToolRecordKind } from './tool-kinds.ts';

/** Every tool record kind the store keeps, besides worksheets. Add a tool's kind here. */
export const toolRecordKinds = [] as const satisfies readonly ToolRecordKind[];

const tools: readonly ToolRecordKind[] = toolRecordKinds;

export const RECORD_KINDS = ['worksheet', ...tools.map((definition) => definition.kind)] as readonly RecordKind[];
export const isRecordKind = (kind: string): kind is RecordKind => (RECORD_KINDS as readonly string[]).includes(kind);
export const toolRecordKind = (kind: RecordKind): ToolRecordKind | undefined => tools.find((definition) => definition.kind === kind);
