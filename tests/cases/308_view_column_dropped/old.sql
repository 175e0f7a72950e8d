CREATE TABLE items (id integer PRIMARY KEY, legacy_code text, name text);
CREATE VIEW item_list AS SELECT id, legacy_code, name FROM items;
