CREATE TABLE accounts (id int PRIMARY KEY, email text NOT NULL, active boolean NOT NULL);
CREATE UNIQUE INDEX accounts_email_active ON accounts (lower(email)) WHERE active;
