-- Where an event happened: a place of the gazetteer (GeoNames), or nothing when the text does not say.
ALTER TABLE events ADD COLUMN location_name TEXT;
ALTER TABLE events ADD COLUMN location_country TEXT;          -- ISO 3166-1 alpha-3
ALTER TABLE events ADD COLUMN location_geonames_id INTEGER;
ALTER TABLE events ADD COLUMN location_lat REAL;
ALTER TABLE events ADD COLUMN location_lon REAL;
