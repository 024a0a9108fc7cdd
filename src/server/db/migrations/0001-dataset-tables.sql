-- The dataset in PostgreSQL: what the dataset folder holds, as rows.
--
-- Every row carries the datasetVersion it was loaded under. A load writes the incoming version's rows
-- beside the current ones, then switches dataset_state.current_version in one transaction and removes
-- the rows of every other version: a reader asking for the current version sees one whole dataset,
-- the old or the new, never a mix.
--
-- Citus (a later step): articles and every article_* table, figures, events and people are keyed by
-- the article id with the version, so they can be distributed by article id (create_distributed_table
-- on article_id, co-located with articles) without changing a key; a primary key there must hold the
-- distribution column, and each one here does. datasets, dataset_state, organizations and
-- organization_ancestors are small and read by every query: reference tables, copied to each worker.

CREATE TABLE datasets (
  version text PRIMARY KEY,
  schema_version integer NOT NULL,
  generated_at timestamptz NOT NULL,
  synthetic boolean NOT NULL,
  taxonomy jsonb NOT NULL,
  report jsonb NOT NULL,
  -- How many articles the folder's manifest announced; those that failed their checks are not loaded.
  announced_articles integer NOT NULL
);

-- One row: the version readers see.
CREATE TABLE dataset_state (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  current_version text REFERENCES datasets (version),
  switched_at timestamptz
);
INSERT INTO dataset_state (singleton) VALUES (true);

CREATE TABLE organizations (
  dataset_version text NOT NULL REFERENCES datasets (version),
  id text NOT NULL,
  -- Registry order, the order the organization filter lists them in.
  position integer NOT NULL,
  name text NOT NULL,
  aliases text[] NOT NULL,
  type text NOT NULL,
  country text,
  parent_id text,
  tags text[],
  acts_as text[],
  source text,
  -- Set when the ingest found the organization in the articles rather than in the knowledge base.
  discovered_rule text,
  PRIMARY KEY (dataset_version, id)
);

-- Each organization with itself (depth 0) and every group above it, so that a roll-up filter on a group
-- is one join: articles naming anything whose ancestor is the group. Organizations articles name but
-- the registry lacks get their depth-0 row too. The parent chains are cut where the registry loops.
CREATE TABLE organization_ancestors (
  dataset_version text NOT NULL REFERENCES datasets (version),
  organization_id text NOT NULL,
  ancestor_id text NOT NULL,
  depth integer NOT NULL,
  PRIMARY KEY (dataset_version, organization_id, ancestor_id)
);
CREATE INDEX organization_ancestors_by_ancestor ON organization_ancestors (dataset_version, ancestor_id, organization_id);

CREATE TABLE articles (
  dataset_version text NOT NULL REFERENCES datasets (version),
  id text NOT NULL,
  -- Index order in the folder (newest first): results and their ties follow it, as in the worker.
  position integer NOT NULL,
  title text NOT NULL,
  title_origin text NOT NULL,
  url text,
  publisher text NOT NULL,
  language text NOT NULL,
  source jsonb NOT NULL,
  published_value text,
  published_precision text,
  published_confidence text,
  published_origin text,
  published_note text,
  -- The months the date can mean (months since year 0, as src/lib/periods.ts counts them): a date
  -- range matches an article whose span overlaps it. Null when undated.
  span_start integer,
  span_end integer,
  published_after jsonb,
  modified_at text,
  highlights text[] NOT NULL,
  highlights_method text NOT NULL,
  places jsonb NOT NULL,
  publisher_tags text[] NOT NULL,
  summary text NOT NULL,
  word_count integer NOT NULL,
  body jsonb NOT NULL,
  -- Title (weight A), highlights (B) and text (D), in the words the worker's search splits them into
  -- (src/server/db/search-terms.ts).
  search tsvector NOT NULL,
  PRIMARY KEY (dataset_version, id)
);
CREATE INDEX articles_search ON articles USING gin (search);
CREATE INDEX articles_span ON articles (dataset_version, span_start, span_end);

CREATE TABLE article_themes (
  dataset_version text NOT NULL,
  article_id text NOT NULL,
  ordinal integer NOT NULL,
  theme_id text NOT NULL,
  score double precision NOT NULL,
  evidence jsonb NOT NULL,
  PRIMARY KEY (dataset_version, article_id, ordinal),
  FOREIGN KEY (dataset_version, article_id) REFERENCES articles (dataset_version, id)
);
CREATE INDEX article_themes_by_theme ON article_themes (dataset_version, theme_id, article_id);

CREATE TABLE article_organizations (
  dataset_version text NOT NULL,
  article_id text NOT NULL,
  ordinal integer NOT NULL,
  organization_id text NOT NULL,
  mentions integer NOT NULL,
  matched text[] NOT NULL,
  from_publisher_tag boolean NOT NULL,
  evidence text[],
  PRIMARY KEY (dataset_version, article_id, ordinal),
  FOREIGN KEY (dataset_version, article_id) REFERENCES articles (dataset_version, id)
);
CREATE INDEX article_organizations_by_organization ON article_organizations (dataset_version, organization_id, article_id);

CREATE TABLE figures (
  dataset_version text NOT NULL,
  article_id text NOT NULL,
  ordinal integer NOT NULL,
  text text NOT NULL,
  value double precision NOT NULL,
  unit text NOT NULL,
  measure text NOT NULL,
  qualifier text,
  sentence text NOT NULL,
  claimant_id text,
  claimed_from text,
  PRIMARY KEY (dataset_version, article_id, ordinal),
  FOREIGN KEY (dataset_version, article_id) REFERENCES articles (dataset_version, id)
);

CREATE TABLE events (
  dataset_version text NOT NULL,
  article_id text NOT NULL,
  ordinal integer NOT NULL,
  kind text NOT NULL,
  label text NOT NULL,
  date_value text NOT NULL,
  date_precision text NOT NULL,
  date_confidence text NOT NULL,
  sentence text NOT NULL,
  PRIMARY KEY (dataset_version, article_id, ordinal),
  FOREIGN KEY (dataset_version, article_id) REFERENCES articles (dataset_version, id)
);

CREATE TABLE people (
  dataset_version text NOT NULL,
  article_id text NOT NULL,
  ordinal integer NOT NULL,
  name text NOT NULL,
  role text,
  organization_id text,
  sentence text NOT NULL,
  PRIMARY KEY (dataset_version, article_id, ordinal),
  FOREIGN KEY (dataset_version, article_id) REFERENCES articles (dataset_version, id)
);
