CREATE TABLE items (code text, name text);
