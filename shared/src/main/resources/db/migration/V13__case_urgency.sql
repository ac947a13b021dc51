-- Issue #17, urgency per case: a category has a normal and an urgent disposal limit; a case is NORMAL or URGENT
-- (急要件), starting from its category's default and decided by the screener when filing.
ALTER TABLE category ADD COLUMN urgent_time_limit_hours integer;
UPDATE category SET urgent_time_limit_hours = GREATEST(1, time_limit_hours / 2);
ALTER TABLE category ALTER COLUMN urgent_time_limit_hours SET NOT NULL;
ALTER TABLE category ADD CONSTRAINT category_urgent_time_limit_check
    CHECK (urgent_time_limit_hours > 0 AND urgent_time_limit_hours <= time_limit_hours);

ALTER TABLE city_case ADD COLUMN urgency varchar(8) NOT NULL DEFAULT 'NORMAL' CHECK (urgency IN ('NORMAL', 'URGENT'));
UPDATE city_case c SET urgency = 'URGENT' FROM category k WHERE k.code = c.category_code AND k.urgency <> 'NORMAL';
