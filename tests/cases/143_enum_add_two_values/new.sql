-- two enum values are added, one at the start and one in the middle
CREATE TYPE size AS ENUM ('xs', 's', 'm', 'l');
CREATE TABLE shirt (id integer PRIMARY KEY, sz size);
