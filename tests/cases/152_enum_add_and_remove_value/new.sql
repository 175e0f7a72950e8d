-- one enum value replaced by another (removal makes both directions destructive)
CREATE TYPE channel AS ENUM ('email', 'sms', 'push');
CREATE TABLE contact (id integer PRIMARY KEY, via channel);
