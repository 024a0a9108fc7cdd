-- Each event's identity across articles, as the worker's timeline counts it: the label trimmed and in
-- lower case, then the date (src/engine/collected-event.ts). Written by the loader with the worker's
-- own function, since JavaScript's trim and lower case are not PostgreSQL's for every character; rows
-- loaded before this column existed get PostgreSQL's version of it, and the next load rewrites them.
ALTER TABLE events ADD COLUMN event_key text;
UPDATE events SET event_key = lower(btrim(label)) || '|' || date_value;
ALTER TABLE events ALTER COLUMN event_key SET NOT NULL;
