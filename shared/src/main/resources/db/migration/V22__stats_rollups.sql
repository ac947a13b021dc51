-- City scale (#19): statistics from rollups kept as cases move, not a scan of a year's cases per call.
--
-- stats_case_digest: one row per case with everything the indicators count of it (Indicators' definitions),
-- kept by triggers on every table those counts read. The rollups add the digests up per UTC day × department ×
-- category × source: stats_received_rollup by the day a case came in, stats_due_rollup by the earliest of its
-- deadline and its closures. A change to a case appends two rows to each rollup — its old digest taken away, its
-- new one added — so no two transactions ever wait on one rollup row; stats_fold() (each reminder run) adds a
-- day's rows into one per key. case-stats then reads the period's whole days from the rollups and corrects, from
-- the digests, what depends on the period's ends: its partial days, cases not yet due as of the period's end, and
-- cases whose deadline and closures straddle either end.

CREATE TABLE stats_case_digest (
    -- no foreign key: a case removed takes its digest with it through the trigger, which first takes its share
    -- out of the rollups
    case_id                   bigint      PRIMARY KEY,
    created_at                timestamptz NOT NULL,
    department_code           varchar(32),
    category_code             varchar(16) NOT NULL,
    source                    varchar(16) NOT NULL,
    assignee_id               varchar(200),
    district_code             varchar(64),
    street_code               varchar(64),
    community_code            varchar(64),
    grid_code                 varchar(64),
    deadline                  timestamptz,
    -- the received cases' counts (0 or 1 unless named otherwise)
    screened                  integer     NOT NULL,
    filed                     integer     NOT NULL,
    dispatched                integer     NOT NULL,
    dispatched_without_return integer     NOT NULL,
    -- dispatched and disposed, or with a deadline: due once that deadline passes (see pending_until)
    due                       integer     NOT NULL,
    on_time                   integer     NOT NULL,
    closed                    integer     NOT NULL,
    reworks                   integer     NOT NULL, -- inspector send-backs, counted once the case is closed
    reminders                 integer     NOT NULL,
    escalations               integer     NOT NULL,
    rating_sum                integer     NOT NULL,
    rated                     integer     NOT NULL,
    urgent                    integer     NOT NULL,
    extended                  integer     NOT NULL,
    suspended                 integer     NOT NULL,
    voided                    integer     NOT NULL,
    -- runs of each timed stage (each due once ended or past its due time) and runs that ended on time
    screening_due             integer     NOT NULL,
    screening_on_time         integer     NOT NULL,
    check_due                 integer     NOT NULL,
    check_on_time             integer     NOT NULL,
    dispatch_due              integer     NOT NULL,
    dispatch_on_time          integer     NOT NULL,
    verification_due          integer     NOT NULL,
    verification_on_time      integer     NOT NULL,
    -- dispatched and not yet disposed: counted due only once its deadline has passed
    disposal_pending          boolean     NOT NULL,
    -- the latest deadline still ahead of this case (its disposal's, an open stage run's): before it, a period's
    -- counts taken from the digest overstate what is due
    pending_until             timestamptz,
    -- the cases due (应结案): held by a department, not parked, deferred or voided now
    due_eligible              boolean     NOT NULL,
    last_closed_at            timestamptz,
    closures                  integer     NOT NULL, -- how often it was closed (more than once: reopened)
    due_lo                    timestamptz, -- the earliest of its deadline and its closures
    due_hi                    timestamptz  -- the latest of them
);
CREATE INDEX stats_case_digest_created_idx ON stats_case_digest (created_at);
-- a period's cases still short of a deadline: the period's range of the few with one, each read from the index
CREATE INDEX stats_case_digest_pending_idx ON stats_case_digest (created_at, pending_until)
    WHERE pending_until IS NOT NULL;
CREATE INDEX stats_case_digest_due_lo_idx ON stats_case_digest (due_lo) WHERE due_eligible;
-- the cases whose deadline and closures lie on both sides of an instant: a period's end cuts through them
-- (with what counting them needs, so the index alone answers for the rolled-up groupings)
CREATE INDEX stats_case_digest_due_span_idx ON stats_case_digest USING gist (tstzrange(due_lo, due_hi, '[]'))
    INCLUDE (due_lo, deadline, last_closed_at, closures, department_code, category_code, source)
    WHERE due_eligible AND due_hi > due_lo;

CREATE TABLE stats_received_rollup (
    day                       date        NOT NULL, -- of created_at, in UTC
    department_code           varchar(32),
    category_code             varchar(16) NOT NULL,
    source                    varchar(16) NOT NULL,
    folded                    boolean     NOT NULL DEFAULT false,
    received                  bigint      NOT NULL,
    screened                  bigint      NOT NULL,
    filed                     bigint      NOT NULL,
    dispatched                bigint      NOT NULL,
    dispatched_without_return bigint      NOT NULL,
    due                       bigint      NOT NULL,
    on_time                   bigint      NOT NULL,
    closed                    bigint      NOT NULL,
    reworks                   bigint      NOT NULL,
    reminders                 bigint      NOT NULL,
    escalations               bigint      NOT NULL,
    rating_sum                bigint      NOT NULL,
    rated                     bigint      NOT NULL,
    urgent                    bigint      NOT NULL,
    extended                  bigint      NOT NULL,
    suspended                 bigint      NOT NULL,
    voided                    bigint      NOT NULL,
    screening_due             bigint      NOT NULL,
    screening_on_time         bigint      NOT NULL,
    check_due                 bigint      NOT NULL,
    check_on_time             bigint      NOT NULL,
    dispatch_due              bigint      NOT NULL,
    dispatch_on_time          bigint      NOT NULL,
    verification_due          bigint      NOT NULL,
    verification_on_time      bigint      NOT NULL
);
CREATE INDEX stats_received_rollup_day_idx ON stats_received_rollup (day, department_code);
CREATE INDEX stats_received_rollup_unfolded_idx ON stats_received_rollup (day) WHERE NOT folded;

CREATE TABLE stats_due_rollup (
    day             date        NOT NULL, -- of due_lo, in UTC
    department_code varchar(32),
    category_code   varchar(16) NOT NULL,
    source          varchar(16) NOT NULL,
    folded          boolean     NOT NULL DEFAULT false,
    due             bigint      NOT NULL,
    closed          bigint      NOT NULL,
    closed_on_time  bigint      NOT NULL
);
CREATE INDEX stats_due_rollup_day_idx ON stats_due_rollup (day, department_code);
CREATE INDEX stats_due_rollup_unfolded_idx ON stats_due_rollup (day) WHERE NOT folded;

-- A case's digest computed from its rows (what the triggers store). The escalation levels mirror
-- ReminderLevel.ESCALATIONS and the states not due the definition of dueCount; IndicatorsRollupTest compares every
-- figure with the definitions computed from the raw rows.
CREATE VIEW stats_case_digest_source (case_id, created_at, department_code, category_code, source, assignee_id,
    district_code, street_code, community_code, grid_code, deadline, screened, filed, dispatched, dispatched_without_return,
    due, on_time, closed, reworks, reminders, escalations, rating_sum, rated, urgent, extended, suspended, voided,
    screening_due, screening_on_time, check_due, check_on_time, dispatch_due, dispatch_on_time, verification_due,
    verification_on_time, disposal_pending, pending_until, due_eligible, last_closed_at, closures, due_lo, due_hi) AS
SELECT c.id AS case_id, c.created_at, c.department_code, c.category_code, c.source, c.assignee_id, c.district_code,
       c.street_code, c.community_code, c.grid_code, c.deadline,
       e.screened::int, e.filed::int, e.dispatched::int, (e.dispatched AND NOT e.returned)::int,
       (e.dispatched AND (e.first_disposed IS NOT NULL OR c.deadline IS NOT NULL))::int,
       coalesce(e.dispatched AND e.first_disposed <= c.deadline, false)::int,
       e.closed::int, CASE WHEN e.closed THEN e.reworks ELSE 0 END,
       r.reminders, r.escalations, coalesce(q.score, 0), (q.score IS NOT NULL)::int,
       (c.urgency = 'URGENT')::int, (e.dispatched AND x.extended)::int, e.suspended::int, e.voided::int,
       s.screening_due, s.screening_on_time, s.check_due, s.check_on_time, s.dispatch_due, s.dispatch_on_time,
       s.verification_due, s.verification_on_time,
       e.dispatched AND e.first_disposed IS NULL,
       greatest(CASE WHEN e.dispatched AND e.first_disposed IS NULL THEN c.deadline END, s.open_due),
       c.department_code IS NOT NULL AND c.state NOT IN ('SUSPENDED', 'DEFERRED', 'VOIDED'),
       e.last_closed, e.closures,
       least(c.deadline, e.first_closed),
       greatest(c.deadline, e.last_closed)
FROM city_case c
CROSS JOIN LATERAL (
    SELECT coalesce(bool_or(ev.to_state IN ('FILED', 'NOT_FILED', 'DUPLICATE')), false) AS screened,
           coalesce(bool_or(ev.to_state = 'FILED'), false) AS filed,
           coalesce(bool_or(ev.to_state = 'DISPATCHED' AND ev.from_state IN ('FILED', 'RETURNED')), false) AS dispatched,
           coalesce(bool_or(ev.to_state = 'RETURNED'), false) AS returned,
           min(ev.at) FILTER (WHERE ev.to_state = 'DISPOSED') AS first_disposed,
           coalesce(bool_or(ev.to_state = 'CLOSED'), false) AS closed,
           min(ev.at) FILTER (WHERE ev.to_state = 'CLOSED') AS first_closed,
           max(ev.at) FILTER (WHERE ev.to_state = 'CLOSED') AS last_closed,
           count(*) FILTER (WHERE ev.to_state = 'CLOSED')::int AS closures,
           coalesce(bool_or(ev.to_state = 'SUSPENDED'), false) AS suspended,
           coalesce(bool_or(ev.to_state = 'VOIDED'), false) AS voided,
           count(*) FILTER (WHERE ev.from_state = 'DISPOSED' AND ev.to_state = 'DISPATCHED'
                            AND ev.actor_role = 'INSPECTOR')::int AS reworks
    FROM case_event ev WHERE ev.case_id = c.id) e
CROSS JOIN LATERAL (
    SELECT count(*)::int AS reminders, count(*) FILTER (WHERE cr.level IN ('OVERDUE', 'LEADERSHIP'))::int AS escalations
    FROM case_reminder cr WHERE cr.case_id = c.id) r
CROSS JOIN LATERAL (
    SELECT EXISTS (SELECT 1 FROM extension_request er WHERE er.case_id = c.id AND er.state = 'APPROVED') AS extended) x
CROSS JOIN LATERAL (
    SELECT count(*) FILTER (WHERE st.stage = 'SCREENING')::int AS screening_due,
           count(*) FILTER (WHERE st.stage = 'SCREENING' AND st.ended_at <= st.due_at)::int AS screening_on_time,
           count(*) FILTER (WHERE st.stage = 'CHECK')::int AS check_due,
           count(*) FILTER (WHERE st.stage = 'CHECK' AND st.ended_at <= st.due_at)::int AS check_on_time,
           count(*) FILTER (WHERE st.stage = 'DISPATCH')::int AS dispatch_due,
           count(*) FILTER (WHERE st.stage = 'DISPATCH' AND st.ended_at <= st.due_at)::int AS dispatch_on_time,
           count(*) FILTER (WHERE st.stage = 'VERIFICATION')::int AS verification_due,
           count(*) FILTER (WHERE st.stage = 'VERIFICATION' AND st.ended_at <= st.due_at)::int AS verification_on_time,
           max(st.due_at) FILTER (WHERE st.ended_at IS NULL) AS open_due
    FROM case_stage st WHERE st.case_id = c.id) s
LEFT JOIN case_rating q ON q.case_id = c.id;

-- A digest's share of the rollups, times sign (1: add it, -1: take it away).
CREATE FUNCTION stats_roll(d stats_case_digest, sign integer) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO stats_received_rollup (day, department_code, category_code, source, received, screened, filed,
        dispatched, dispatched_without_return, due, on_time, closed, reworks, reminders, escalations, rating_sum,
        rated, urgent, extended, suspended, voided, screening_due, screening_on_time, check_due, check_on_time,
        dispatch_due, dispatch_on_time, verification_due, verification_on_time)
    VALUES ((d.created_at AT TIME ZONE 'UTC')::date, d.department_code, d.category_code, d.source, sign,
        sign * d.screened, sign * d.filed, sign * d.dispatched, sign * d.dispatched_without_return, sign * d.due,
        sign * d.on_time, sign * d.closed, sign * d.reworks, sign * d.reminders, sign * d.escalations,
        sign * d.rating_sum, sign * d.rated, sign * d.urgent, sign * d.extended, sign * d.suspended,
        sign * d.voided, sign * d.screening_due, sign * d.screening_on_time, sign * d.check_due,
        sign * d.check_on_time, sign * d.dispatch_due, sign * d.dispatch_on_time, sign * d.verification_due,
        sign * d.verification_on_time);
    IF d.due_eligible AND d.due_lo IS NOT NULL THEN
        INSERT INTO stats_due_rollup (day, department_code, category_code, source, due, closed, closed_on_time)
        VALUES ((d.due_lo AT TIME ZONE 'UTC')::date, d.department_code, d.category_code, d.source, sign,
            sign * (d.last_closed_at IS NOT NULL)::int, sign * coalesce(d.last_closed_at <= d.deadline, false)::int);
    END IF;
END $$;

-- Brings one case's digest and its share of the rollups up to date. The case's row is locked first, then its
-- digest's (always in that order, whichever table's trigger calls), and only then is the case read again: of two
-- transactions that change one case, the second reads the first's rows once it commits. The digest is updated in
-- place, never removed and added again: a second transaction waiting on it must find it there.
CREATE FUNCTION stats_refresh(p_case bigint) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    was stats_case_digest;
    now_is stats_case_digest;
BEGIN
    PERFORM 1 FROM city_case WHERE id = p_case FOR NO KEY UPDATE;
    SELECT * INTO was FROM stats_case_digest WHERE case_id = p_case FOR UPDATE;
    SELECT * INTO now_is FROM stats_case_digest_source WHERE case_id = p_case;
    IF was.case_id IS NOT NULL AND now_is.case_id IS NOT NULL THEN
        IF was IS NOT DISTINCT FROM now_is THEN
            RETURN;
        END IF;
        UPDATE stats_case_digest SET
            created_at = now_is.created_at, department_code = now_is.department_code,
            category_code = now_is.category_code, source = now_is.source, assignee_id = now_is.assignee_id,
            district_code = now_is.district_code, street_code = now_is.street_code,
            community_code = now_is.community_code, grid_code = now_is.grid_code, deadline = now_is.deadline,
            screened = now_is.screened, filed = now_is.filed, dispatched = now_is.dispatched,
            dispatched_without_return = now_is.dispatched_without_return, due = now_is.due, on_time = now_is.on_time,
            closed = now_is.closed, reworks = now_is.reworks, reminders = now_is.reminders,
            escalations = now_is.escalations, rating_sum = now_is.rating_sum, rated = now_is.rated,
            urgent = now_is.urgent, extended = now_is.extended, suspended = now_is.suspended, voided = now_is.voided,
            screening_due = now_is.screening_due, screening_on_time = now_is.screening_on_time,
            check_due = now_is.check_due, check_on_time = now_is.check_on_time, dispatch_due = now_is.dispatch_due,
            dispatch_on_time = now_is.dispatch_on_time, verification_due = now_is.verification_due,
            verification_on_time = now_is.verification_on_time, disposal_pending = now_is.disposal_pending,
            pending_until = now_is.pending_until, due_eligible = now_is.due_eligible,
            last_closed_at = now_is.last_closed_at, closures = now_is.closures, due_lo = now_is.due_lo,
            due_hi = now_is.due_hi
        WHERE case_id = p_case;
    ELSIF was.case_id IS NOT NULL THEN
        DELETE FROM stats_case_digest WHERE case_id = p_case;
    ELSIF now_is.case_id IS NOT NULL THEN
        INSERT INTO stats_case_digest SELECT now_is.*;
    END IF;
    IF was.case_id IS NOT NULL THEN
        PERFORM stats_roll(was, -1);
    END IF;
    IF now_is.case_id IS NOT NULL THEN
        PERFORM stats_roll(now_is, 1);
    END IF;
END $$;

CREATE FUNCTION stats_refresh_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'city_case' THEN
        PERFORM stats_refresh(CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END);
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM stats_refresh(OLD.case_id);
    ELSE
        PERFORM stats_refresh(NEW.case_id);
        IF TG_OP = 'UPDATE' AND OLD.case_id <> NEW.case_id THEN
            PERFORM stats_refresh(OLD.case_id);
        END IF;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER stats_case_inserted AFTER INSERT OR DELETE ON city_case FOR EACH ROW EXECUTE FUNCTION stats_refresh_row();
-- only the columns a digest reads: a case's other updates (notes, versions, photos) cost nothing here
CREATE TRIGGER stats_case_updated AFTER UPDATE ON city_case FOR EACH ROW
    WHEN (OLD.state IS DISTINCT FROM NEW.state OR OLD.department_code IS DISTINCT FROM NEW.department_code
          OR OLD.category_code IS DISTINCT FROM NEW.category_code OR OLD.source IS DISTINCT FROM NEW.source
          OR OLD.assignee_id IS DISTINCT FROM NEW.assignee_id OR OLD.deadline IS DISTINCT FROM NEW.deadline
          OR OLD.urgency IS DISTINCT FROM NEW.urgency OR OLD.created_at IS DISTINCT FROM NEW.created_at
          OR OLD.district_code IS DISTINCT FROM NEW.district_code OR OLD.street_code IS DISTINCT FROM NEW.street_code
          OR OLD.community_code IS DISTINCT FROM NEW.community_code OR OLD.grid_code IS DISTINCT FROM NEW.grid_code)
    EXECUTE FUNCTION stats_refresh_row();
CREATE TRIGGER stats_event AFTER INSERT OR UPDATE OR DELETE ON case_event FOR EACH ROW EXECUTE FUNCTION stats_refresh_row();
CREATE TRIGGER stats_reminder AFTER INSERT OR UPDATE OR DELETE ON case_reminder FOR EACH ROW EXECUTE FUNCTION stats_refresh_row();
CREATE TRIGGER stats_rating AFTER INSERT OR UPDATE OR DELETE ON case_rating FOR EACH ROW EXECUTE FUNCTION stats_refresh_row();
CREATE TRIGGER stats_extension AFTER INSERT OR UPDATE OR DELETE ON extension_request FOR EACH ROW EXECUTE FUNCTION stats_refresh_row();
CREATE TRIGGER stats_stage AFTER INSERT OR UPDATE OR DELETE ON case_stage FOR EACH ROW EXECUTE FUNCTION stats_refresh_row();

-- Digests for the cases that have none (the cases already there when this runs; bulk loads that bypass the
-- triggers), with their share of the rollups added up per key. Returns how many cases it digested.
CREATE FUNCTION stats_digest_missing() RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    added bigint;
BEGIN
    CREATE TEMP TABLE stats_new_digest ON COMMIT DROP AS
        SELECT s.* FROM stats_case_digest_source s
        WHERE NOT EXISTS (SELECT 1 FROM stats_case_digest d WHERE d.case_id = s.case_id);
    INSERT INTO stats_case_digest SELECT * FROM stats_new_digest;
    GET DIAGNOSTICS added = ROW_COUNT;
    INSERT INTO stats_received_rollup (day, department_code, category_code, source, folded, received, screened,
        filed, dispatched, dispatched_without_return, due, on_time, closed, reworks, reminders, escalations,
        rating_sum, rated, urgent, extended, suspended, voided, screening_due, screening_on_time, check_due,
        check_on_time, dispatch_due, dispatch_on_time, verification_due, verification_on_time)
    SELECT (created_at AT TIME ZONE 'UTC')::date, department_code, category_code, source, false, count(*),
        sum(screened), sum(filed), sum(dispatched), sum(dispatched_without_return), sum(due), sum(on_time),
        sum(closed), sum(reworks), sum(reminders), sum(escalations), sum(rating_sum), sum(rated), sum(urgent),
        sum(extended), sum(suspended), sum(voided), sum(screening_due), sum(screening_on_time), sum(check_due),
        sum(check_on_time), sum(dispatch_due), sum(dispatch_on_time), sum(verification_due),
        sum(verification_on_time)
    FROM stats_new_digest GROUP BY 1, 2, 3, 4;
    INSERT INTO stats_due_rollup (day, department_code, category_code, source, folded, due, closed, closed_on_time)
    SELECT (due_lo AT TIME ZONE 'UTC')::date, department_code, category_code, source, false, count(*),
        count(last_closed_at), count(*) FILTER (WHERE last_closed_at <= deadline)
    FROM stats_new_digest WHERE due_eligible AND due_lo IS NOT NULL GROUP BY 1, 2, 3, 4;
    RETURN added;
END $$;

-- Adds up the rows of each day that has unfolded ones into one row per key. Of two runs at once the second
-- skips (it would not miscount either: each row is folded by one of them). Returns the rows it wrote.
CREATE FUNCTION stats_fold() RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    received_rows bigint;
    due_rows bigint;
BEGIN
    IF NOT pg_try_advisory_xact_lock(hashtext('stats_fold')) THEN
        RETURN 0;
    END IF;
    WITH days AS (SELECT DISTINCT day FROM stats_received_rollup WHERE NOT folded),
    gone AS (DELETE FROM stats_received_rollup r USING days WHERE r.day = days.day RETURNING r.*)
    INSERT INTO stats_received_rollup (day, department_code, category_code, source, folded, received, screened,
        filed, dispatched, dispatched_without_return, due, on_time, closed, reworks, reminders, escalations,
        rating_sum, rated, urgent, extended, suspended, voided, screening_due, screening_on_time, check_due,
        check_on_time, dispatch_due, dispatch_on_time, verification_due, verification_on_time)
    SELECT day, department_code, category_code, source, true, sum(received), sum(screened), sum(filed),
        sum(dispatched), sum(dispatched_without_return), sum(due), sum(on_time), sum(closed), sum(reworks),
        sum(reminders), sum(escalations), sum(rating_sum), sum(rated), sum(urgent), sum(extended), sum(suspended),
        sum(voided), sum(screening_due), sum(screening_on_time), sum(check_due), sum(check_on_time),
        sum(dispatch_due), sum(dispatch_on_time), sum(verification_due), sum(verification_on_time)
    FROM gone GROUP BY day, department_code, category_code, source
    -- a key whose cases all moved elsewhere adds up to nothing (every count with its case): no row for it
    HAVING sum(received) <> 0;
    GET DIAGNOSTICS received_rows = ROW_COUNT;
    WITH days AS (SELECT DISTINCT day FROM stats_due_rollup WHERE NOT folded),
    gone AS (DELETE FROM stats_due_rollup r USING days WHERE r.day = days.day RETURNING r.*)
    INSERT INTO stats_due_rollup (day, department_code, category_code, source, folded, due, closed, closed_on_time)
    SELECT day, department_code, category_code, source, true, sum(due), sum(closed), sum(closed_on_time)
    FROM gone GROUP BY day, department_code, category_code, source HAVING sum(due) <> 0;
    GET DIAGNOSTICS due_rows = ROW_COUNT;
    RETURN received_rows + due_rows;
END $$;

SELECT stats_digest_missing();
SELECT stats_fold();
