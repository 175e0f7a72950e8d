-- an unused domain changes base type and collation: dropped and created again
CREATE DOMAIN short_text AS varchar(9) COLLATE "C" CHECK (length(VALUE) < 10);
