// Cheating strategies on a REAL provider agent: a wrapper for startProvider's `wrapRunner`
// test seam, so the agent's own executor computes the honest part and the strategy decides
// what the agent signs and delivers.
import type { NamedTensors } from '../../protocol/index.ts'
import type { TaskRunner } from '../../provider-agent/index.ts'
import type { Executor } from './provider.ts'

type Cheat = (honest: Executor) => Executor

/** A `wrapRunner` that runs `cheat` over the agent's own runner (one strategy state per agent). */
export function cheatingRunner(cheat: Cheat): (runner: TaskRunner) => TaskRunner {
  return (runner) => {
    let signal: AbortSignal | undefined
    let modelId = ''
    const honest: Executor = async (task) => {
      const out: NamedTensors[] = new Array(task.inputs.length)
      await runner.run(modelId, { items: task.inputs, shared: task.shared ?? {}, outputNames: task.outputNames }, { signal, onBatch: (first, outputs) => outputs.forEach((o, i) => (out[first + i] = o)) })
      return out
    }
    const cheating = cheat(honest)
    return {
      ensureModel: (id, fetch, options) => runner.ensureModel(id, fetch, options),
      settings: () => runner.settings(),
      async run(id, request, options) {
        // The task server runs one task at a time per runner call: the closure state is this call's.
        modelId = id
        signal = options.signal
        const outputs = await cheating({ taskId: '', modelId: id, firstIndex: 0, inputs: request.items, shared: request.shared, outputNames: request.outputNames })
        await options.onBatch(0, outputs)
      },
    }
  }
}
