-- What a view filters and counts by, on the article's own row, so a view is one scan of articles with
-- no join: its themes as listed (a theme listed twice counts twice, as the worker counts), the
-- organizations it names (each once), those with every group above them (roll-up), and whether its
-- date is estimated. The lists stay in their own tables for cards, articles and profiles.
ALTER TABLE articles
  ADD COLUMN theme_ids text[] NOT NULL DEFAULT '{}',
  ADD COLUMN org_ids text[] NOT NULL DEFAULT '{}',
  ADD COLUMN rolled_org_ids text[] NOT NULL DEFAULT '{}',
  ADD COLUMN estimated boolean NOT NULL DEFAULT false;

-- Rows loaded before these columns existed get them from their lists.
UPDATE articles a SET
  theme_ids = coalesce((SELECT array_agg(t.theme_id ORDER BY t.ordinal) FROM article_themes t WHERE t.dataset_version = a.dataset_version AND t.article_id = a.id), '{}'),
  org_ids = coalesce((SELECT array_agg(DISTINCT o.organization_id) FROM article_organizations o WHERE o.dataset_version = a.dataset_version AND o.article_id = a.id), '{}'),
  rolled_org_ids = coalesce((
    SELECT array_agg(DISTINCT oa.ancestor_id) FROM article_organizations o
      JOIN organization_ancestors oa ON oa.dataset_version = o.dataset_version AND oa.organization_id = o.organization_id
     WHERE o.dataset_version = a.dataset_version AND o.article_id = a.id), '{}'),
  estimated = (a.span_start IS NOT NULL AND a.published_confidence <> 'confirmed');

CREATE INDEX articles_theme_ids ON articles USING gin (theme_ids);
CREATE INDEX articles_org_ids ON articles USING gin (org_ids);
CREATE INDEX articles_rolled_org_ids ON articles USING gin (rolled_org_ids);
-- Results newest first, as the app orders them: a page of a broad view walks this index and stops.
CREATE INDEX articles_newest_first ON articles (dataset_version, (span_start IS NULL), span_start DESC, span_end DESC, position);

-- Roll-ups of the broad views, the commonest and the costliest to count live: all articles, or those
-- of one theme (`view_theme`, '' for all), per date cell (first month and months spanned, estimated
-- or not). `theme_id` is a theme's tags in the cell, '' the articles. A range, a timeline or a theme
-- facet of such a view sums cells instead of reading articles. Written whole by the loader for each
-- version before it becomes current, so they are exact for every version a reader can see.
CREATE TABLE rollup_theme_cells (
  dataset_version text NOT NULL REFERENCES datasets (version),
  view_theme text NOT NULL,
  span_start integer,
  extra integer,
  estimated boolean NOT NULL,
  theme_id text NOT NULL,
  n integer NOT NULL
);
-- Covering: a view's cells are read from the index alone (the loader vacuums before the switch).
CREATE INDEX rollup_theme_cells_by_view ON rollup_theme_cells (dataset_version, view_theme) INCLUDE (span_start, extra, estimated, theme_id, n);

-- The organization facet of the same views: articles naming each organization (directly, or with
-- roll-up anything under it) per date cell.
CREATE TABLE rollup_org_cells (
  dataset_version text NOT NULL REFERENCES datasets (version),
  view_theme text NOT NULL,
  rolled boolean NOT NULL,
  organization_id text NOT NULL,
  span_start integer,
  extra integer,
  n integer NOT NULL
);
CREATE INDEX rollup_org_cells_by_view ON rollup_org_cells (dataset_version, view_theme, rolled) INCLUDE (organization_id, span_start, extra, n);

-- Rewrites a version's roll-ups from its articles: each article counts in the view of all articles and
-- in the view of each theme it carries (once, however often it lists it).
CREATE FUNCTION refresh_rollups(version text) RETURNS void LANGUAGE sql AS $$
  DELETE FROM rollup_theme_cells WHERE dataset_version = version;
  DELETE FROM rollup_org_cells WHERE dataset_version = version;
  INSERT INTO rollup_theme_cells (dataset_version, view_theme, span_start, extra, estimated, theme_id, n)
  SELECT version, v.view_theme, a.span_start, a.span_end - a.span_start, a.estimated, t.theme_id, count(*)
    FROM articles a
    CROSS JOIN LATERAL (SELECT '' AS view_theme UNION SELECT x FROM unnest(a.theme_ids) x) v
    CROSS JOIN LATERAL (SELECT '' AS theme_id UNION ALL SELECT x FROM unnest(a.theme_ids) x) t
   WHERE a.dataset_version = version
   GROUP BY 2, 3, 4, 5, 6;
  INSERT INTO rollup_org_cells (dataset_version, view_theme, rolled, organization_id, span_start, extra, n)
  SELECT version, v.view_theme, r.rolled, r.organization_id, a.span_start, a.span_end - a.span_start, count(*)
    FROM articles a
    CROSS JOIN LATERAL (SELECT '' AS view_theme UNION SELECT x FROM unnest(a.theme_ids) x) v
    CROSS JOIN LATERAL (SELECT false AS rolled, x AS organization_id FROM unnest(a.org_ids) x UNION ALL SELECT true, x FROM unnest(a.rolled_org_ids) x) r
   WHERE a.dataset_version = version
   GROUP BY 2, 3, 4, 5, 6;
$$;

SELECT refresh_rollups(version) FROM datasets;
-- The planner's statistics cover the new columns and tables: without them it sorts a broad view's
-- articles instead of walking articles_newest_first (700 ms against 1 ms for a page at 100k).
ANALYZE articles, rollup_theme_cells, rollup_org_cells;
