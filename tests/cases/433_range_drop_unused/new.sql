-- an unused range type is dropped; another changes while unused (drop + create)
CREATE TABLE t (id integer PRIMARY KEY);
