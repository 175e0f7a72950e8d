CREATE TABLE gone (id int);
ALTER TABLE gone OWNER TO sd_owner;
GRANT SELECT ON gone TO sd_reader;
GRANT UPDATE (id) ON gone TO sd_reader;
