CREATE TYPE public.e1 AS ENUM (
  'large2',
  'small3',
  'large4',
  'green5'
);
COMMENT ON TYPE public.e1 IS 'main data';
