CREATE TABLE items (code text PRIMARY KEY, name text);
