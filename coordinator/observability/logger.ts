import pino from 'pino'

export type LogFn = (msg: string, fields?: Record<string, unknown>) => void

/** A pino logger as the coordinator's log function; level from RIGPOOL_LOG_LEVEL (default info). */
export function pinoLog(level = process.env.RIGPOOL_LOG_LEVEL ?? 'info'): LogFn {
  const logger = pino({ level, base: { service: 'coordinator' } }, pino.destination(2))
  return (msg, fields) => logger.info(fields ?? {}, msg)
}
