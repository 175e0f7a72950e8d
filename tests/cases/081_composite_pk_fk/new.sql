-- a composite primary key and a composite foreign key referencing it are added
CREATE TABLE account (tenant_id integer NOT NULL, id integer NOT NULL, name text, PRIMARY KEY (tenant_id, id));
CREATE TABLE invoice (
    tenant_id integer NOT NULL,
    id integer NOT NULL,
    account_id integer,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, account_id) REFERENCES account (tenant_id, id)
);
