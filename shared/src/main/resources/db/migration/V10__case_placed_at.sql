-- When a case was placed in the unit grid (at intake, or by place-cases for cases from before the grid existed).
-- A case placed nowhere (outside every unit) still has it, so a backfill makes progress and ends.
ALTER TABLE city_case ADD COLUMN placed_at timestamptz;
UPDATE city_case SET placed_at = created_at
WHERE district_code IS NOT NULL OR street_code IS NOT NULL OR community_code IS NOT NULL OR grid_code IS NOT NULL;
CREATE INDEX city_case_unplaced_idx ON city_case (id) WHERE placed_at IS NULL;
