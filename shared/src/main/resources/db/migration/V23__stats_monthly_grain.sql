-- City scale (#19): the statistics rollups also per UTC month. A year's case-stats read about 96 000 day rows of
-- the received rollup (≈ 264 department × category × source keys a day) and 56 000 of the due rollup; with a month
-- grain beside the day grain, its whole months come from about 12 × 264 rows and only the days outside them from
-- the day rows. Each rollup row now says its grain ('d': day is that UTC day; 'm': day is the first of that UTC
-- month); a change to a case appends its delta rows at both grains, stats_fold() folds both.

ALTER TABLE stats_received_rollup ADD COLUMN grain char(1) NOT NULL DEFAULT 'd' CHECK (grain IN ('d', 'm'));
ALTER TABLE stats_due_rollup ADD COLUMN grain char(1) NOT NULL DEFAULT 'd' CHECK (grain IN ('d', 'm'));

DROP INDEX stats_received_rollup_day_idx;
DROP INDEX stats_received_rollup_unfolded_idx;
DROP INDEX stats_due_rollup_day_idx;
DROP INDEX stats_due_rollup_unfolded_idx;

-- the months of what is there already, from its days
INSERT INTO stats_received_rollup (grain, day, department_code, category_code, source, folded, received, screened,
    filed, dispatched, dispatched_without_return, due, on_time, closed, reworks, reminders, escalations,
    rating_sum, rated, urgent, extended, suspended, voided, screening_due, screening_on_time, check_due,
    check_on_time, dispatch_due, dispatch_on_time, verification_due, verification_on_time)
SELECT 'm', date_trunc('month', day)::date, department_code, category_code, source, true, sum(received),
    sum(screened), sum(filed), sum(dispatched), sum(dispatched_without_return), sum(due), sum(on_time), sum(closed),
    sum(reworks), sum(reminders), sum(escalations), sum(rating_sum), sum(rated), sum(urgent), sum(extended),
    sum(suspended), sum(voided), sum(screening_due), sum(screening_on_time), sum(check_due), sum(check_on_time),
    sum(dispatch_due), sum(dispatch_on_time), sum(verification_due), sum(verification_on_time)
FROM stats_received_rollup WHERE grain = 'd'
GROUP BY 2, 3, 4, 5 HAVING sum(received) <> 0;
INSERT INTO stats_due_rollup (grain, day, department_code, category_code, source, folded, due, closed, closed_on_time)
SELECT 'm', date_trunc('month', day)::date, department_code, category_code, source, true, sum(due), sum(closed),
    sum(closed_on_time)
FROM stats_due_rollup WHERE grain = 'd'
GROUP BY 2, 3, 4, 5 HAVING sum(due) <> 0;

CREATE INDEX stats_received_rollup_day_idx ON stats_received_rollup (grain, day, department_code);
CREATE INDEX stats_received_rollup_unfolded_idx ON stats_received_rollup (grain, day) WHERE NOT folded;
CREATE INDEX stats_due_rollup_day_idx ON stats_due_rollup (grain, day, department_code);
CREATE INDEX stats_due_rollup_unfolded_idx ON stats_due_rollup (grain, day) WHERE NOT folded;

-- The rollup rows an instant falls in: its UTC day and its UTC month.
CREATE FUNCTION stats_grains(instant timestamptz) RETURNS TABLE (grain char(1), day date) LANGUAGE sql IMMUTABLE AS $$
    VALUES ('d'::char(1), (instant AT TIME ZONE 'UTC')::date),
           ('m'::char(1), date_trunc('month', instant AT TIME ZONE 'UTC')::date)
$$;

-- A digest's share of the rollups at both grains, times sign (1: add it, -1: take it away).
CREATE OR REPLACE FUNCTION stats_roll(d stats_case_digest, sign integer) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO stats_received_rollup (grain, day, department_code, category_code, source, received, screened,
        filed, dispatched, dispatched_without_return, due, on_time, closed, reworks, reminders, escalations,
        rating_sum, rated, urgent, extended, suspended, voided, screening_due, screening_on_time, check_due,
        check_on_time, dispatch_due, dispatch_on_time, verification_due, verification_on_time)
    SELECT g.grain, g.day, d.department_code, d.category_code, d.source, sign,
        sign * d.screened, sign * d.filed, sign * d.dispatched, sign * d.dispatched_without_return, sign * d.due,
        sign * d.on_time, sign * d.closed, sign * d.reworks, sign * d.reminders, sign * d.escalations,
        sign * d.rating_sum, sign * d.rated, sign * d.urgent, sign * d.extended, sign * d.suspended,
        sign * d.voided, sign * d.screening_due, sign * d.screening_on_time, sign * d.check_due,
        sign * d.check_on_time, sign * d.dispatch_due, sign * d.dispatch_on_time, sign * d.verification_due,
        sign * d.verification_on_time
    FROM stats_grains(d.created_at) g;
    IF d.due_eligible AND d.due_lo IS NOT NULL THEN
        INSERT INTO stats_due_rollup (grain, day, department_code, category_code, source, due, closed, closed_on_time)
        SELECT g.grain, g.day, d.department_code, d.category_code, d.source, sign,
            sign * (d.last_closed_at IS NOT NULL)::int, sign * coalesce(d.last_closed_at <= d.deadline, false)::int
        FROM stats_grains(d.due_lo) g;
    END IF;
END $$;

-- Digests for the cases that have none (bulk loads that bypass the triggers), with their share of the rollups
-- added up per key at both grains. Returns how many cases it digested.
CREATE OR REPLACE FUNCTION stats_digest_missing() RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    added bigint;
BEGIN
    CREATE TEMP TABLE stats_new_digest ON COMMIT DROP AS
        SELECT s.* FROM stats_case_digest_source s
        WHERE NOT EXISTS (SELECT 1 FROM stats_case_digest d WHERE d.case_id = s.case_id);
    INSERT INTO stats_case_digest SELECT * FROM stats_new_digest;
    GET DIAGNOSTICS added = ROW_COUNT;
    INSERT INTO stats_received_rollup (grain, day, department_code, category_code, source, folded, received,
        screened, filed, dispatched, dispatched_without_return, due, on_time, closed, reworks, reminders, escalations,
        rating_sum, rated, urgent, extended, suspended, voided, screening_due, screening_on_time, check_due,
        check_on_time, dispatch_due, dispatch_on_time, verification_due, verification_on_time)
    SELECT g.grain, g.day, department_code, category_code, source, false, count(*),
        sum(screened), sum(filed), sum(dispatched), sum(dispatched_without_return), sum(due), sum(on_time),
        sum(closed), sum(reworks), sum(reminders), sum(escalations), sum(rating_sum), sum(rated), sum(urgent),
        sum(extended), sum(suspended), sum(voided), sum(screening_due), sum(screening_on_time), sum(check_due),
        sum(check_on_time), sum(dispatch_due), sum(dispatch_on_time), sum(verification_due),
        sum(verification_on_time)
    FROM stats_new_digest CROSS JOIN LATERAL stats_grains(created_at) g GROUP BY 1, 2, 3, 4, 5;
    INSERT INTO stats_due_rollup (grain, day, department_code, category_code, source, folded, due, closed,
        closed_on_time)
    SELECT g.grain, g.day, department_code, category_code, source, false, count(*), count(last_closed_at),
        count(*) FILTER (WHERE last_closed_at <= deadline)
    FROM stats_new_digest CROSS JOIN LATERAL stats_grains(due_lo) g
    WHERE due_eligible AND due_lo IS NOT NULL GROUP BY 1, 2, 3, 4, 5;
    RETURN added;
END $$;

-- Adds up the rows of each day or month that has unfolded ones into one row per key. Of two runs at once the
-- second skips (it would not miscount either: each row is folded by one of them). Returns the rows it wrote.
CREATE OR REPLACE FUNCTION stats_fold() RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    received_rows bigint;
    due_rows bigint;
BEGIN
    IF NOT pg_try_advisory_xact_lock(hashtext('stats_fold')) THEN
        RETURN 0;
    END IF;
    WITH days AS (SELECT DISTINCT grain, day FROM stats_received_rollup WHERE NOT folded),
    gone AS (DELETE FROM stats_received_rollup r USING days WHERE r.grain = days.grain AND r.day = days.day
             RETURNING r.*)
    INSERT INTO stats_received_rollup (grain, day, department_code, category_code, source, folded, received,
        screened, filed, dispatched, dispatched_without_return, due, on_time, closed, reworks, reminders, escalations,
        rating_sum, rated, urgent, extended, suspended, voided, screening_due, screening_on_time, check_due,
        check_on_time, dispatch_due, dispatch_on_time, verification_due, verification_on_time)
    SELECT grain, day, department_code, category_code, source, true, sum(received), sum(screened), sum(filed),
        sum(dispatched), sum(dispatched_without_return), sum(due), sum(on_time), sum(closed), sum(reworks),
        sum(reminders), sum(escalations), sum(rating_sum), sum(rated), sum(urgent), sum(extended), sum(suspended),
        sum(voided), sum(screening_due), sum(screening_on_time), sum(check_due), sum(check_on_time),
        sum(dispatch_due), sum(dispatch_on_time), sum(verification_due), sum(verification_on_time)
    FROM gone GROUP BY grain, day, department_code, category_code, source
    -- a key whose cases all moved elsewhere adds up to nothing (every count with its case): no row for it
    HAVING sum(received) <> 0;
    GET DIAGNOSTICS received_rows = ROW_COUNT;
    WITH days AS (SELECT DISTINCT grain, day FROM stats_due_rollup WHERE NOT folded),
    gone AS (DELETE FROM stats_due_rollup r USING days WHERE r.grain = days.grain AND r.day = days.day
             RETURNING r.*)
    INSERT INTO stats_due_rollup (grain, day, department_code, category_code, source, folded, due, closed,
        closed_on_time)
    SELECT grain, day, department_code, category_code, source, true, sum(due), sum(closed), sum(closed_on_time)
    FROM gone GROUP BY grain, day, department_code, category_code, source HAVING sum(due) <> 0;
    GET DIAGNOSTICS due_rows = ROW_COUNT;
    RETURN received_rows + due_rows;
END $$;
