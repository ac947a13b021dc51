-- Every report asks whether the city has a boundary polygon (else the configured box applies): answered from this
-- small partial index, not by scanning thousands of grids.
CREATE INDEX area_active_city_idx ON area (code) WHERE active AND kind = 'CITY';
