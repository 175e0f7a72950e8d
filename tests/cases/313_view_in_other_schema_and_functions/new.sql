CREATE SCHEMA rpt;
CREATE TABLE events (id bigint PRIMARY KEY, kind text NOT NULL, at timestamptz NOT NULL DEFAULT now());
CREATE VIEW rpt.daily AS
  SELECT date_trunc('day', at) AS day, kind, count(*) AS n,
         count(*) FILTER (WHERE kind = 'error') AS errors,
         CASE WHEN count(*) > 100 THEN 'busy' END AS load
  FROM public.events
  WHERE at > now() - interval '30 days' AND kind NOT IN ('debug')
  GROUP BY 1, kind
  ORDER BY day DESC, kind
  LIMIT 1000;
CREATE VIEW rpt.latest AS SELECT e.* FROM events e WHERE EXISTS (SELECT 1 FROM events x WHERE x.kind = e.kind AND x.id > e.id) IS NOT TRUE;
