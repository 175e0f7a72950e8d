CREATE TABLE t (a text COLLATE "C", b text COLLATE "POSIX", c text);
