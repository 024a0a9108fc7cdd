-- Roll-ups of the views narrowed to one organization, with one theme or none: the view an analyst
-- opens from a company's name. Counted live, such a view reads every article naming the organization,
-- and the most named are in a tenth or more of them (1.2-1.8 s per step at a million articles). Only
-- organizations named by at least `min_articles` articles (with roll-up, or anything below them) get
-- one: a seldom-named organization's view is read from a few rows through the GIN index, and rolling
-- up every one of them would write ten times the rows for views that are fast already.
CREATE TABLE rollup_org_views (
  dataset_version text NOT NULL REFERENCES datasets (version),
  organization_id text NOT NULL,
  -- Articles naming it, or anything below it: why it was rolled up.
  articles integer NOT NULL,
  PRIMARY KEY (dataset_version, organization_id)
);

-- The articles naming the organization, directly (`rolled` false) or, with roll-up, it or anything
-- below it (`rolled` true), counted per date cell and list of themes (sorted, a theme listed twice
-- kept twice), with their figures. A view's theme cells are summed from these rows at request time
-- (view-cells.ts): the most named organization has about 18,000 of them at a million articles. Over
-- the 317 organizations rolled up there, that is a third of the rows and a quarter of the space their
-- theme cells would take ready-made (1.5 million rows, 248 MB), written in a tenth of the time (14 s).
CREATE TABLE rollup_org_theme_lists (
  dataset_version text NOT NULL REFERENCES datasets (version),
  organization_id text NOT NULL,
  rolled boolean NOT NULL,
  span_start integer,
  extra integer,
  estimated boolean NOT NULL,
  theme_ids text[] NOT NULL,
  articles integer NOT NULL,
  figures integer NOT NULL
);
-- Rows are written in this order, so one view's rows lie on adjacent pages.
CREATE INDEX rollup_org_theme_lists_by_view ON rollup_org_theme_lists (dataset_version, organization_id, rolled);

-- The organizations named beside it (and those below it) in the same articles, for its page: per
-- organization each names, the articles.
CREATE TABLE rollup_org_comentions (
  dataset_version text NOT NULL REFERENCES datasets (version),
  organization_id text NOT NULL,
  rolled boolean NOT NULL,
  other_id text NOT NULL,
  articles integer NOT NULL
);
CREATE INDEX rollup_org_comentions_by_view ON rollup_org_comentions (dataset_version, organization_id, rolled);

DROP FUNCTION refresh_rollups(text);

-- Rewrites a version's roll-ups from its articles, as 0004's did, and the organizations'.
-- A theme an article lists twice counts twice in `n` and once in `articles`: counted per distinct
-- theme with its multiplicity, not with count(DISTINCT), which sorts every row (a third of the time).
CREATE FUNCTION refresh_rollups(version text, min_articles integer) RETURNS void LANGUAGE sql AS $$
  DELETE FROM rollup_theme_cells WHERE dataset_version = version;
  DELETE FROM rollup_org_cells WHERE dataset_version = version;
  DELETE FROM rollup_org_theme_lists WHERE dataset_version = version;
  DELETE FROM rollup_org_comentions WHERE dataset_version = version;
  DELETE FROM rollup_org_views WHERE dataset_version = version;
  INSERT INTO rollup_theme_cells (dataset_version, view_theme, span_start, extra, estimated, theme_id, n, articles, figures)
  SELECT version, v.view_theme, a.span_start, a.span_end - a.span_start, a.estimated, t.theme_id, sum(t.times), count(*),
         CASE WHEN t.theme_id = '' THEN sum(a.figure_count) ELSE 0 END
    FROM articles a
    CROSS JOIN LATERAL (SELECT '' AS view_theme UNION SELECT x FROM unnest(a.theme_ids) x) v
    CROSS JOIN LATERAL (SELECT '' AS theme_id, 1 AS times UNION ALL SELECT x, count(*) FROM unnest(a.theme_ids) x GROUP BY x) t
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
  INSERT INTO rollup_org_views (dataset_version, organization_id, articles)
  SELECT version, x, count(*) FROM articles a, unnest(a.rolled_org_ids) x
   WHERE a.dataset_version = version
   GROUP BY x HAVING count(*) >= min_articles;
  INSERT INTO rollup_org_theme_lists (dataset_version, organization_id, rolled, span_start, extra, estimated, theme_ids, articles, figures)
  SELECT version, r.organization_id, r.rolled, a.span_start, a.span_end - a.span_start, a.estimated, l.theme_ids, count(*), sum(a.figure_count)
    FROM articles a
    CROSS JOIN LATERAL (
      SELECT false AS rolled, x AS organization_id FROM unnest(a.org_ids) x
      UNION ALL SELECT true, x FROM unnest(a.rolled_org_ids) x
    ) r
    JOIN rollup_org_views w ON w.dataset_version = version AND w.organization_id = r.organization_id
    CROSS JOIN LATERAL (SELECT ARRAY(SELECT x FROM unnest(a.theme_ids) x ORDER BY x) AS theme_ids) l
   WHERE a.dataset_version = version
   GROUP BY 2, 3, 4, 5, 6, 7
   ORDER BY 2, 3;
  INSERT INTO rollup_org_comentions (dataset_version, organization_id, rolled, other_id, articles)
  SELECT version, r.organization_id, r.rolled, o, count(*)
    FROM articles a
    CROSS JOIN LATERAL (
      SELECT false AS rolled, x AS organization_id FROM unnest(a.org_ids) x
      UNION ALL SELECT true, x FROM unnest(a.rolled_org_ids) x
    ) r
    JOIN rollup_org_views w ON w.dataset_version = version AND w.organization_id = r.organization_id
    CROSS JOIN unnest(a.org_ids) o
   WHERE a.dataset_version = version
   GROUP BY 2, 3, 4
   ORDER BY 2, 3;
$$;

-- A database loaded before this migration has no organization views yet: theirs are counted live, as
-- exactly, until its next load writes them.
