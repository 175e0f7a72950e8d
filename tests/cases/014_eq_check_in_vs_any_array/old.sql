CREATE TABLE t (
    status text NOT NULL CHECK (status IN ('a', 'b')),
    kind text,
    CHECK (kind IN ('x', 'y', 'z'))
);
