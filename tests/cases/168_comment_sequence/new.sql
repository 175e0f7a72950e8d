-- comments on a standalone sequence and on a serial's owned sequence are added
CREATE SEQUENCE order_no_seq;
CREATE TABLE t (id serial);
COMMENT ON SEQUENCE order_no_seq IS 'order numbers';
COMMENT ON SEQUENCE t_id_seq IS 'owned by t.id';
