-- unnamed domain checks take <domain>_check, _check1 ...; names used by table constraints of the schema are skipped
CREATE TABLE x (a integer CONSTRAINT d_check CHECK (a > 0));
CREATE DOMAIN d AS integer CONSTRAINT d_check1 CHECK (VALUE > 0) CONSTRAINT d_check2 CHECK (VALUE < 10)
  CONSTRAINT d_check3 CHECK (VALUE <> 5);
