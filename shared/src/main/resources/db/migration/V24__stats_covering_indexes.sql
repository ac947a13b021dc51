-- City scale (#19): a year's case-stats read their rollup rows and the cases straddling the period's ends from the
-- indexes alone. Rollup rows are appended as deltas and re-written by every fold, so a month's rows lie scattered
-- over the table: at ten million cases a city year read ~3 600 month rows from ~2 900 table blocks and ~8 700
-- straddling digests from ~8 600, each block a random read. With every column those statements read in the index
-- (INCLUDE), PostgreSQL answers them with index-only scans: the month rows in a few dozen index pages.
--
-- Upgrading a large city: the span index is rebuilt over stats_case_digest, which holds the table's writes (reports,
-- moves) until it is done — about five minutes at ten million cases on two cores. Run this release's migration at a
-- quiet hour. (Not CONCURRENTLY: Flyway runs such a script outside a transaction while holding its own lock, which
-- the build then waits for.)

DROP INDEX stats_received_rollup_day_idx;
CREATE INDEX stats_received_rollup_day_idx ON stats_received_rollup (grain, day, department_code)
    INCLUDE (category_code, source, received, screened, filed, dispatched, dispatched_without_return, due, on_time,
             closed, reworks, reminders, escalations, rating_sum, rated, urgent, extended, suspended, voided,
             screening_due, screening_on_time, check_due, check_on_time, dispatch_due, dispatch_on_time,
             verification_due, verification_on_time);

DROP INDEX stats_due_rollup_day_idx;
CREATE INDEX stats_due_rollup_day_idx ON stats_due_rollup (grain, day, department_code)
    INCLUDE (category_code, source, due, closed, closed_on_time);

-- case_id (the cut counts a case reopened from its events) and due_hi (the indexed range's upper end: PostgreSQL
-- scans an expression index without the table only when the expression's columns are in it too)
DROP INDEX stats_case_digest_due_span_idx;
CREATE INDEX stats_case_digest_due_span_idx ON stats_case_digest USING gist (tstzrange(due_lo, due_hi, '[]'))
    INCLUDE (case_id, due_lo, due_hi, deadline, last_closed_at, closures, department_code, category_code, source)
    WHERE due_eligible AND due_hi > due_lo;

-- An index-only scan skips the table only for pages the visibility map marks all-visible, which vacuum sets. The
-- folds delete and re-insert the current days' rows all day: vacuum the rollups after 2 % of their rows change
-- (PostgreSQL's default, 20 %, would leave the pages the folds touched unmarked for long).
ALTER TABLE stats_received_rollup SET (autovacuum_vacuum_scale_factor = 0.02,
    autovacuum_vacuum_insert_scale_factor = 0.02);
ALTER TABLE stats_due_rollup SET (autovacuum_vacuum_scale_factor = 0.02,
    autovacuum_vacuum_insert_scale_factor = 0.02);
