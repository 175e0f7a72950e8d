CREATE TABLE accounts (id integer PRIMARY KEY, name text, balance numeric);
ALTER TABLE accounts OWNER TO sd_owner;
GRANT SELECT, INSERT ON accounts TO sd_reader;
GRANT DELETE ON accounts TO sd_writer;
GRANT UPDATE (name) ON accounts TO sd_writer;
