-- extension "uuid-ossp" is added and used in a column default
CREATE EXTENSION "uuid-ossp";
CREATE TABLE t (id uuid PRIMARY KEY DEFAULT uuid_generate_v4(), name text);
