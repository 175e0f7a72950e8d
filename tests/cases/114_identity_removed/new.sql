-- an identity column becomes a plain column (its identity sequence is dropped)
CREATE TABLE t (id bigint NOT NULL PRIMARY KEY, name text);
