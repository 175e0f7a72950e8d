CREATE TYPE channel AS ENUM ('email', 'fax', 'sms');
CREATE TABLE contact (id integer PRIMARY KEY, via channel);
