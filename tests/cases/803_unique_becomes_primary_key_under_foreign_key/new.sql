CREATE TABLE account (email text NOT NULL, CONSTRAINT account_pkey PRIMARY KEY (email));
CREATE TABLE login (id int PRIMARY KEY, email text REFERENCES account (email));
