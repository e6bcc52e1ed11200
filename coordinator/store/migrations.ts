/**
 * Schema migrations, applied in order; `schema_version` records how far a database got.
 * Append only: a released migration is never edited.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE jobs (
    id TEXT PRIMARY KEY,
    client TEXT NOT NULL,
    idempotency_key TEXT NOT NULL UNIQUE,
    digest TEXT NOT NULL,
    spec BLOB NOT NULL,
    model_id TEXT NOT NULL,
    item_count INTEGER NOT NULL,
    next_item INTEGER NOT NULL DEFAULT 0,
    state TEXT NOT NULL,
    error TEXT NOT NULL DEFAULT '',
    spent TEXT NOT NULL DEFAULT '0',
    items_done INTEGER NOT NULL DEFAULT 0,
    items_delivered INTEGER NOT NULL DEFAULT 0,
    acked_through INTEGER NOT NULL DEFAULT 0,
    created_ms INTEGER NOT NULL,
    deadline_at_ms INTEGER NOT NULL,
    finished_ms INTEGER
  );
  CREATE INDEX jobs_state ON jobs(state);
  CREATE INDEX jobs_client ON jobs(client, state);

  CREATE TABLE items (
    job_id TEXT NOT NULL,
    idx INTEGER NOT NULL,
    inputs BLOB NOT NULL,
    PRIMARY KEY (job_id, idx)
  ) WITHOUT ROWID;

  CREATE TABLE tasks (
    id TEXT PRIMARY KEY,
    job_id TEXT NOT NULL,
    first INTEGER NOT NULL,
    count INTEGER NOT NULL,
    state TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    provider TEXT,
    price_per_million TEXT,
    not_before_ms INTEGER NOT NULL DEFAULT 0,
    queued_ms INTEGER NOT NULL,
    updated_ms INTEGER NOT NULL,
    cost TEXT NOT NULL DEFAULT '0'
  );
  CREATE INDEX tasks_state ON tasks(state, not_before_ms);
  CREATE INDEX tasks_job ON tasks(job_id, state);

  CREATE TABLE results (
    job_id TEXT NOT NULL,
    idx INTEGER NOT NULL,
    task_id TEXT NOT NULL,
    provider TEXT NOT NULL,
    outputs BLOB NOT NULL,
    is_visible INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (job_id, idx)
  ) WITHOUT ROWID;
  CREATE INDEX results_task ON results(task_id);

  CREATE TABLE providers (
    peer_id TEXT PRIMARY KEY,
    advert BLOB,
    signature BLOB,
    source TEXT NOT NULL,
    first_seen_ms INTEGER NOT NULL,
    last_seen_ms INTEGER NOT NULL,
    items_done INTEGER NOT NULL DEFAULT 0,
    tasks_ok INTEGER NOT NULL DEFAULT 0,
    tasks_lost INTEGER NOT NULL DEFAULT 0,
    is_banned INTEGER NOT NULL DEFAULT 0,
    ban_reason TEXT NOT NULL DEFAULT '',
    observed TEXT NOT NULL DEFAULT '{}'
  );

  CREATE TABLE provider_sessions (
    peer_id TEXT NOT NULL,
    started_ms INTEGER NOT NULL,
    ended_ms INTEGER,
    end_reason TEXT NOT NULL DEFAULT ''
  );
  CREATE INDEX provider_sessions_peer ON provider_sessions(peer_id, started_ms);
  `,
  // Pay-as-you-go (DESIGN.md §9): exact running totals in millionths of a base unit,
  // rounded once when due; which client a channel serves; what each provider is owed.
  `
  ALTER TABLE jobs ADD COLUMN channel_id TEXT;
  ALTER TABLE jobs ADD COLUMN spent_exact TEXT NOT NULL DEFAULT '0';
  ALTER TABLE jobs ADD COLUMN delivered_exact TEXT NOT NULL DEFAULT '0';
  CREATE INDEX jobs_channel ON jobs(channel_id);

  CREATE TABLE channel_clients (
    channel_id TEXT PRIMARY KEY,
    client TEXT NOT NULL,
    bound_ms INTEGER NOT NULL
  );

  CREATE TABLE provider_payouts (
    provider TEXT NOT NULL,
    payout TEXT NOT NULL,
    owed_exact TEXT NOT NULL DEFAULT '0',
    tasks INTEGER NOT NULL DEFAULT 0,
    last_task TEXT NOT NULL DEFAULT '',
    updated_ms INTEGER NOT NULL,
    PRIMARY KEY (provider, payout)
  );
  `,
  // Verification (issue 8): audits with their commitment, the ledger behind q, corrections
  // for optimistic delivery, and which tasks re-run a cheater's items (and at whose cost).
  `
  ALTER TABLE tasks ADD COLUMN charge_client INTEGER NOT NULL DEFAULT 1;
  ALTER TABLE tasks ADD COLUMN rerun_of TEXT;

  CREATE TABLE audits (
    task_id TEXT PRIMARY KEY,
    job_id TEXT NOT NULL,
    provider TEXT NOT NULL,
    eth_address TEXT NOT NULL,
    model_id TEXT NOT NULL,
    first INTEGER NOT NULL,
    count INTEGER NOT NULL,
    root BLOB NOT NULL,
    signature BLOB NOT NULL,
    stored_ms INTEGER NOT NULL,
    state TEXT NOT NULL,
    rate REAL,
    indices TEXT,
    items TEXT,
    recomputed INTEGER NOT NULL DEFAULT 0,
    evidence TEXT,
    evidence_hash TEXT,
    slash_tx TEXT,
    decided_ms INTEGER
  );
  CREATE INDEX audits_job ON audits(job_id);
  CREATE INDEX audits_state ON audits(state);

  CREATE TABLE audit_ledger (
    provider TEXT PRIMARY KEY,
    record TEXT NOT NULL
  );

  CREATE TABLE corrections (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    job_id TEXT NOT NULL,
    idx INTEGER NOT NULL,
    outputs BLOB NOT NULL
  );
  CREATE INDEX corrections_job ON corrections(job_id, seq);
  `,
]
