-- City scale (ten million cases).
-- Intake's possible-duplicates search (same category, a box of ±50 m, the last days) walked every case of the
-- category in the window; with the position in the index it reads the box only.
CREATE INDEX city_case_category_position_idx ON city_case (category_code, lat, lon);
