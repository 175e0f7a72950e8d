CREATE TABLE account (tenant_id integer NOT NULL, id integer NOT NULL, name text);
CREATE TABLE invoice (tenant_id integer NOT NULL, id integer NOT NULL, account_id integer);
