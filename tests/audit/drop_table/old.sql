CREATE TABLE audit_log (id int PRIMARY KEY, line text);
CREATE TABLE keep (id int);
