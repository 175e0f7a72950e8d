-- table grants added and revoked, GRANT ALL, WITH GRANT OPTION, column grants
CREATE TABLE accounts (id integer PRIMARY KEY, name text, balance numeric);
ALTER TABLE accounts OWNER TO sd_owner;
GRANT SELECT ON accounts TO sd_reader WITH GRANT OPTION;
GRANT ALL ON accounts TO sd_writer;
GRANT SELECT (id, name), UPDATE (balance) ON accounts TO PUBLIC;
GRANT REFERENCES (id) ON accounts TO sd_reader;
