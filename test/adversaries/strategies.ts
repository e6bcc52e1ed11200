// Cheating strategies over a provider's honest execution: `(honestRun) => cheatingRun`.
// Test and bench code only; nothing here is reachable from the production path.
import { typedView, wireTensor, type NamedTensors, type WireTensor } from '../../protocol/index.ts'
import { seededRandom } from '../../provider-agent/benchmark/prng.ts'
import type { Executor, TaskWork } from './provider.ts'

function randomLike(t: WireTensor, rand: () => number): WireTensor {
  const view = typedView(t) as Float32Array
  let max = 0
  for (const x of view) max = Math.max(max, Math.abs(x))
  const data = new Float32Array(view.length)
  for (let i = 0; i < data.length; i++) data[i] = (rand() * 2 - 1) * (max || 1)
  return wireTensor('float32', t.dims, data)
}

/** Random outputs of the right shape and range: computes one item to learn them, invents the rest. */
export function randomOutputs(seed = 11): (honest: Executor) => Executor {
  const rand = seededRandom(seed)
  return (honest) => async (task) => {
    const [probe] = await honest({ ...task, inputs: task.inputs.slice(0, 1) })
    return task.inputs.map(() => Object.fromEntries(Object.entries(probe!).map(([n, t]) => [n, randomLike(t, rand)])) as NamedTensors)
  }
}

/** Computes the task's first item and replays its outputs for every other item. */
export function replayFirst(): (honest: Executor) => Executor {
  return (honest) => async (task) => {
    const [first] = await honest({ ...task, inputs: task.inputs.slice(0, 1) })
    return task.inputs.map(() => first!)
  }
}

/** Runs the cheap executor (a substituted model) in place of the honest one. */
export function substitute(cheap: Executor): (honest: Executor) => Executor {
  return () => cheap
}

type Cheat = (honest: Executor) => Executor

/** Cheats (with `cheat`) on a fraction f of tasks, honest on the rest. */
export function onFractionOfTasks(f: number, cheat: Cheat, seed = 3): Cheat {
  const rand = seededRandom(seed)
  return (honest) => {
    const cheating = cheat(honest)
    return (task) => (rand() < f ? cheating(task) : honest(task))
  }
}

/** Merges per-item outputs computed by two executors on a split of the task's items. */
async function split(task: TaskWork, isCheated: boolean[], honest: Executor, cheating: Executor): Promise<NamedTensors[]> {
  const pick = (want: boolean): number[] => isCheated.flatMap((c, i) => (c === want ? [i] : []))
  const [bad, good] = [pick(true), pick(false)]
  const out: NamedTensors[] = new Array(task.inputs.length)
  const run = async (idx: number[], ex: Executor): Promise<void> => {
    if (idx.length === 0) return
    // Each cheated item keeps its own index, so replay/random strategies still see single items.
    const res = await Promise.all(idx.map((i) => ex({ ...task, firstIndex: task.firstIndex + i, inputs: [task.inputs[i]!] })))
    idx.forEach((i, k) => (out[i] = res[k]![0]!))
  }
  const goodOut = good.length === 0 ? [] : await honest({ ...task, inputs: good.map((i) => task.inputs[i]!) })
  good.forEach((i, k) => (out[i] = goodOut[k]!))
  await run(bad, cheating)
  return out
}

/** Cheats on a fraction f of the items inside every task. */
export function onFractionOfItems(f: number, cheat: Cheat, seed = 5): Cheat {
  const rand = seededRandom(seed)
  return (honest) => {
    const cheating = cheat(honest)
    return (task) => split(task, task.inputs.map(() => rand() < f), honest, cheating)
  }
}

/** Honest for its first `n` items, then cheats on every item. */
export function honestThenCheat(n: number, cheat: Cheat): Cheat {
  let seen = 0
  return (honest) => {
    const cheating = cheat(honest)
    return (task) => {
      const marks = task.inputs.map((_, i) => seen + i >= n)
      seen += task.inputs.length
      return split(task, marks, honest, cheating)
    }
  }
}
