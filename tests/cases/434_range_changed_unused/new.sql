-- an unused range type changes subtype: dropped and created
CREATE TYPE r AS RANGE (subtype = numeric);
