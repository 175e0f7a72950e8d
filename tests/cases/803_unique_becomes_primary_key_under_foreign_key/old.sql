-- the key a foreign key references is replaced by another one on the same columns (unique → primary key)
CREATE TABLE account (email text NOT NULL, CONSTRAINT account_email_key UNIQUE (email));
CREATE TABLE login (id int PRIMARY KEY, email text REFERENCES account (email));
