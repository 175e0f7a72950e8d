-- enum type referenced qualified vs unqualified, default 'a' vs 'a'::public.mood
CREATE TYPE public.mood AS ENUM (
    'sad',
    'ok',
    'happy'
);
CREATE TABLE public.t (m public.mood DEFAULT 'ok'::public.mood, ms public.mood[] DEFAULT '{}'::public.mood[]);
