-- AlterTable
ALTER TABLE "audit_log" ADD COLUMN     "chain_seq" BIGINT,
ADD COLUMN     "hash" TEXT,
ADD COLUMN     "prev_hash" TEXT;

-- CreateTable
CREATE TABLE "audit_chain_head" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "seq" BIGINT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "audit_chain_head_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "audit_log_chain_seq_key" ON "audit_log"("chain_seq");

-- Added by hand: each audit row carries sha256(previous row's hash || its canonical text).
-- The canonical text is a JSON array of the row's fields; jsonb's text form is deterministic,
-- and `audit:verify` (apps/api/src/modules/audit/audit-chain.ts) rebuilds it in Node.
CREATE FUNCTION audit_log_canonical(r "audit_log") RETURNS text LANGUAGE sql STABLE AS $$
  SELECT jsonb_build_array(
    r.chain_seq, r.id, to_char(r.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    r.unit_id, r.actor_id, r.action, r.entity_type, r.entity_id, r.changes, r.request_id, r.ip
  )::text
$$;

CREATE FUNCTION audit_log_link_hash(prev text, r "audit_log") RETURNS text LANGUAGE sql STABLE AS $$
  SELECT encode(sha256(convert_to(prev || audit_log_canonical(r), 'UTF8')), 'hex')
$$;

-- Rows written before this migration start the chain, in id order.
INSERT INTO "audit_chain_head" ("id", "seq", "hash") VALUES (1, 0, '');
ALTER TABLE "audit_log" DISABLE TRIGGER audit_log_no_update_delete;
DO $$
DECLARE
  r "audit_log";
  prev text := '';
  n bigint := 0;
BEGIN
  FOR r IN SELECT * FROM "audit_log" ORDER BY "id" LOOP
    n := n + 1;
    r.chain_seq := n;
    r.prev_hash := prev;
    r.hash := audit_log_link_hash(prev, r);
    UPDATE "audit_log" SET "chain_seq" = n, "prev_hash" = prev, "hash" = r.hash WHERE "id" = r.id;
    prev := r.hash;
  END LOOP;
  UPDATE "audit_chain_head" SET "seq" = n, "hash" = prev WHERE "id" = 1;
END $$;
ALTER TABLE "audit_log" ENABLE TRIGGER audit_log_no_update_delete;

-- Rows are chained when their transaction commits (a deferred trigger), so the head row's lock
-- is the last lock a writer takes and is held only while it commits: writers queue there and
-- cannot deadlock on it. After waiting, READ COMMITTED reads the head the previous writer left
-- (under REPEATABLE READ the wait ends in a serialization error instead of a fork). The sequence
-- number is taken under that lock, so the chain order is the commit order.
CREATE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  head "audit_chain_head";
  r "audit_log";
BEGIN
  SELECT * INTO STRICT head FROM "audit_chain_head" WHERE "id" = 1 FOR UPDATE;
  SELECT * INTO STRICT r FROM "audit_log" WHERE "id" = NEW.id;
  r.chain_seq := head.seq + 1;
  r.prev_hash := head.hash;
  r.hash := audit_log_link_hash(head.hash, r);
  UPDATE "audit_log" SET "chain_seq" = r.chain_seq, "prev_hash" = r.prev_hash, "hash" = r.hash WHERE "id" = r.id;
  UPDATE "audit_chain_head" SET "seq" = r.chain_seq, "hash" = r.hash WHERE "id" = 1;
  RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER audit_log_chain
  AFTER INSERT ON "audit_log" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION audit_log_chain();

-- Append-only still, but for that one update: filling the chain columns of a row not yet chained.
CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.hash IS NULL AND OLD.chain_seq IS NULL
     AND (to_jsonb(OLD) - ARRAY['chain_seq', 'prev_hash', 'hash']) = (to_jsonb(NEW) - ARRAY['chain_seq', 'prev_hash', 'hash']) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit_log is append-only';
END;
$$;
