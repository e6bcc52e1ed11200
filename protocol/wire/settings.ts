import { RigpoolError } from '../errors.ts'
import type { ExecutionSettings as ExecutionSettingsMessage } from '../messages/common.ts'
import { fromCode, PRECISIONS, toCode, type Precision } from '../settings.ts'

export const GRAPH_OPTIMIZATION_LEVELS = ['disabled', 'basic', 'extended', 'all'] as const
export type GraphOptimizationLevel = (typeof GRAPH_OPTIMIZATION_LEVELS)[number]

/** The settings that change output numbers (DESIGN.md §6, §7). Empty = unspecified. */
export interface ExecutionSettings {
  ortVersion?: string
  graphOptimizationLevel?: GraphOptimizationLevel
  executionProvider?: string
  precision?: Precision
  intraOpThreads?: number
}

export function settingsFromMessage(m: ExecutionSettingsMessage | undefined): ExecutionSettings {
  if (m === undefined) return {}
  if (m.ortVersion.length > 64 || m.executionProvider.length > 64) {
    throw new RigpoolError('E_BAD_FRAME', 'execution settings field too long')
  }
  // Levels travel as code + 1 so that 0 (absent) means "unspecified".
  const out: ExecutionSettings = {}
  if (m.ortVersion !== '') out.ortVersion = m.ortVersion
  if (m.graphOptimizationLevel !== 0) {
    out.graphOptimizationLevel = fromCode(GRAPH_OPTIMIZATION_LEVELS, m.graphOptimizationLevel - 1, 'optimisation level')
  }
  if (m.executionProvider !== '') out.executionProvider = m.executionProvider
  if (m.precision !== 0) out.precision = fromCode(PRECISIONS, m.precision, 'precision')
  if (m.intraOpThreads !== 0) out.intraOpThreads = m.intraOpThreads
  return out
}

export function settingsToMessage(s: ExecutionSettings): ExecutionSettingsMessage {
  return {
    ortVersion: s.ortVersion ?? '',
    graphOptimizationLevel:
      s.graphOptimizationLevel === undefined ? 0 : toCode(GRAPH_OPTIMIZATION_LEVELS, s.graphOptimizationLevel) + 1,
    executionProvider: s.executionProvider ?? '',
    precision: s.precision === undefined ? 0 : toCode(PRECISIONS, s.precision),
    intraOpThreads: s.intraOpThreads ?? 0,
  }
}
