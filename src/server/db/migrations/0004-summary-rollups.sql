-- What the summary page counts, on the article's row and in the roll-ups, so a broad view's summary
-- sums cells instead of reading every article: the mentions of each organization the article names
-- (its first entry's, beside `org_ids`, at most 65,535 as the worker keeps them) and its figures.
ALTER TABLE articles
  ADD COLUMN org_mentions integer[] NOT NULL DEFAULT '{}',
  ADD COLUMN figure_count integer NOT NULL DEFAULT 0;

-- Rows loaded before these columns existed get them from their lists.
UPDATE articles a SET
  org_mentions = coalesce((
    SELECT array_agg(f.mentions ORDER BY k) FROM unnest(a.org_ids) WITH ORDINALITY AS o(id, k)
      CROSS JOIN LATERAL (SELECT least(x.mentions, 65535) AS mentions FROM article_organizations x
                           WHERE x.dataset_version = a.dataset_version AND x.article_id = a.id AND x.organization_id = o.id
                           ORDER BY x.ordinal LIMIT 1) f), '{}'),
  figure_count = (SELECT count(*) FROM figures x WHERE x.dataset_version = a.dataset_version AND x.article_id = a.id);

-- The newest dated match of a view (the summary's KPI tile): latest first month, then the narrowest span.
CREATE INDEX articles_newest_dated ON articles (dataset_version, span_start DESC, span_end, position) WHERE span_start IS NOT NULL;

-- The people tied to an organization (its profile lists them): found by organization, not by article.
CREATE INDEX people_by_organization ON people (dataset_version, organization_id);

-- Per cell and theme, the articles carrying it (once however often they list it) beside its tags;
-- per cell, the figures of its articles (on the theme '' rows); per organization, its mentions.
ALTER TABLE rollup_theme_cells ADD COLUMN articles integer NOT NULL DEFAULT 0, ADD COLUMN figures integer NOT NULL DEFAULT 0;
ALTER TABLE rollup_org_cells ADD COLUMN mentions bigint NOT NULL DEFAULT 0;
DROP INDEX rollup_theme_cells_by_view;
CREATE INDEX rollup_theme_cells_by_view ON rollup_theme_cells (dataset_version, view_theme) INCLUDE (span_start, extra, estimated, theme_id, n, articles, figures);
DROP INDEX rollup_org_cells_by_view;
CREATE INDEX rollup_org_cells_by_view ON rollup_org_cells (dataset_version, view_theme, rolled) INCLUDE (organization_id, span_start, extra, n, mentions);

CREATE OR REPLACE FUNCTION refresh_rollups(version text) RETURNS void LANGUAGE sql AS $$
  DELETE FROM rollup_theme_cells WHERE dataset_version = version;
  DELETE FROM rollup_org_cells WHERE dataset_version = version;
  INSERT INTO rollup_theme_cells (dataset_version, view_theme, span_start, extra, estimated, theme_id, n, articles, figures)
  SELECT version, v.view_theme, a.span_start, a.span_end - a.span_start, a.estimated, t.theme_id, count(*), count(DISTINCT a.id),
         CASE WHEN t.theme_id = '' THEN sum(a.figure_count) ELSE 0 END
    FROM articles a
    CROSS JOIN LATERAL (SELECT '' AS view_theme UNION SELECT x FROM unnest(a.theme_ids) x) v
    CROSS JOIN LATERAL (SELECT '' AS theme_id UNION ALL SELECT x FROM unnest(a.theme_ids) x) t
   WHERE a.dataset_version = version
   GROUP BY 2, 3, 4, 5, 6;
  INSERT INTO rollup_org_cells (dataset_version, view_theme, rolled, organization_id, span_start, extra, n, mentions)
  SELECT version, v.view_theme, r.rolled, r.organization_id, a.span_start, a.span_end - a.span_start, count(*), sum(r.mentions)
    FROM articles a
    CROSS JOIN LATERAL (SELECT '' AS view_theme UNION SELECT x FROM unnest(a.theme_ids) x) v
    CROSS JOIN LATERAL (
      SELECT false AS rolled, x AS organization_id, m AS mentions FROM unnest(a.org_ids, a.org_mentions) AS u(x, m)
      UNION ALL SELECT true, x, 0 FROM unnest(a.rolled_org_ids) x
    ) r
   WHERE a.dataset_version = version
   GROUP BY 2, 3, 4, 5, 6;
$$;

SELECT refresh_rollups(version) FROM datasets;
ANALYZE articles, rollup_theme_cells, rollup_org_cells;
