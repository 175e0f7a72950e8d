-- enum values reordered (type swap): the type's comment must survive the swap, both ways (found by tests/random, seeds 33, 48, 65, 70)
CREATE TYPE public.e1 AS ENUM (
  'large4',
  'large2',
  'green5',
  'small3'
);
COMMENT ON TYPE public.e1 IS 'main data';
