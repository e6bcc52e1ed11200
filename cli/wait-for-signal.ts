/** Resolves on SIGINT or SIGTERM (SIGBREAK on Windows): long-running commands drain then exit. */
export function waitForShutdownSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const signals: NodeJS.Signals[] = process.platform === 'win32' ? ['SIGINT', 'SIGTERM', 'SIGBREAK'] : ['SIGINT', 'SIGTERM']
    for (const s of signals) process.once(s, () => resolve(s))
  })
}
