-- City scale (#19): the rollups keep the days and months of China's zone (Asia/Shanghai) instead of UTC's. A city's
-- month, quarter or year then is whole month rows, and its days whole day rows: with UTC rows every period of the city
-- began and ended at 16:00 UTC, so a year read a month of day rows and two 8-hour slices of the cases' digests (a
-- random table block each: ~5 000 at ten million cases). RollupPeriod.ZONE is the same zone (IndicatorsRollupTest
-- checks they agree); a city in another zone gets the same figures, read with more digests.
--
-- The rollups are re-derived from the digests. Case writes wait meanwhile (the digests are locked against change,
-- so nothing is counted twice or missed): about three minutes at ten million cases on two cores.

LOCK TABLE stats_case_digest IN SHARE MODE;

-- The rollup rows an instant falls in: its day and its month in the rollups' zone.
CREATE OR REPLACE FUNCTION stats_grains(instant timestamptz) RETURNS TABLE (grain char(1), day date)
LANGUAGE sql IMMUTABLE AS $$
    VALUES ('d'::char(1), (instant AT TIME ZONE 'Asia/Shanghai')::date),
           ('m'::char(1), date_trunc('month', instant AT TIME ZONE 'Asia/Shanghai')::date)
$$;

TRUNCATE stats_received_rollup, stats_due_rollup;

INSERT INTO stats_received_rollup (grain, day, department_code, category_code, source, folded, received,
    screened, filed, dispatched, dispatched_without_return, due, on_time, closed, reworks, reminders, escalations,
    rating_sum, rated, urgent, extended, suspended, voided, screening_due, screening_on_time, check_due,
    check_on_time, dispatch_due, dispatch_on_time, verification_due, verification_on_time)
SELECT g.grain, g.day, department_code, category_code, source, true, count(*),
    sum(screened), sum(filed), sum(dispatched), sum(dispatched_without_return), sum(due), sum(on_time),
    sum(closed), sum(reworks), sum(reminders), sum(escalations), sum(rating_sum), sum(rated), sum(urgent),
    sum(extended), sum(suspended), sum(voided), sum(screening_due), sum(screening_on_time), sum(check_due),
    sum(check_on_time), sum(dispatch_due), sum(dispatch_on_time), sum(verification_due),
    sum(verification_on_time)
FROM stats_case_digest CROSS JOIN LATERAL stats_grains(created_at) g GROUP BY 1, 2, 3, 4, 5;

INSERT INTO stats_due_rollup (grain, day, department_code, category_code, source, folded, due, closed,
    closed_on_time)
SELECT g.grain, g.day, department_code, category_code, source, true, count(*), count(last_closed_at),
    count(*) FILTER (WHERE last_closed_at <= deadline)
FROM stats_case_digest CROSS JOIN LATERAL stats_grains(due_lo) g
WHERE due_eligible AND due_lo IS NOT NULL GROUP BY 1, 2, 3, 4, 5;
