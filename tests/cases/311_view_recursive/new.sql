CREATE TABLE nodes (id integer PRIMARY KEY, parent_id integer);
CREATE RECURSIVE VIEW tree (id, depth) AS
  SELECT id, 0 FROM nodes WHERE parent_id IS NULL
  UNION ALL
  SELECT n.id, tree.depth + 1 FROM nodes n JOIN tree ON n.parent_id = tree.id;
CREATE VIEW chains AS
  WITH RECURSIVE up(id, parent_id) AS (SELECT id, parent_id FROM nodes UNION SELECT n.id, n.parent_id FROM nodes n, up WHERE n.id = up.parent_id)
  SELECT id FROM up;
