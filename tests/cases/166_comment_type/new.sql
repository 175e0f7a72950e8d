-- a comment on an enum type is added
CREATE TYPE mood AS ENUM ('sad', 'happy');
COMMENT ON TYPE mood IS 'How someone feels';
