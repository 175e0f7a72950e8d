-- a new enum type and a NOT NULL column of that type with a default are added
CREATE TYPE account_kind AS ENUM ('personal', 'business');
CREATE TABLE account (id integer PRIMARY KEY, kind account_kind NOT NULL DEFAULT 'personal');
