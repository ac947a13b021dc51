-- Issue #17, the indicators bulletins publish over the cases due (应结案数): cases whose disposal deadline falls in a
-- period, or that closed in it, whenever they were received.
CREATE INDEX city_case_deadline_idx ON city_case (deadline) WHERE deadline IS NOT NULL;
CREATE INDEX case_event_closed_idx ON case_event (at, case_id) WHERE to_state = 'CLOSED';
