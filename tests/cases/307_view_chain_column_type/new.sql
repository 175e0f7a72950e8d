CREATE TABLE accounts (id integer PRIMARY KEY, balance bigint NOT NULL);
CREATE VIEW v1 AS SELECT id, balance FROM accounts;
CREATE VIEW v2 AS SELECT id, balance * 2 AS doubled FROM v1;
CREATE VIEW unrelated AS SELECT id FROM accounts;
