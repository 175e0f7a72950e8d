CREATE TABLE items (id integer PRIMARY KEY, name text);
CREATE VIEW item_list AS SELECT id, name FROM items;
