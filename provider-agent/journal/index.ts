// The provider's durable record of tasks (SQLite, WAL).
export { TaskJournal, type JournalTask, type JournalTaskState, type AgentStatusRow } from './journal.ts'
