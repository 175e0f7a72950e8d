CREATE TABLE public.events (
    id bigint NOT NULL,
    created_at date NOT NULL,
    payload text,
    CONSTRAINT events_payload_check CHECK ((payload <> ''::text))
)
PARTITION BY RANGE (created_at);
CREATE TABLE public.events_2024 (
    id bigint NOT NULL,
    created_at date NOT NULL,
    payload text,
    CONSTRAINT events_payload_check CHECK ((payload <> ''::text))
);
CREATE TABLE public.events_old (
    id bigint NOT NULL,
    created_at date NOT NULL,
    payload text,
    CONSTRAINT events_payload_check CHECK ((payload <> ''::text))
);
ALTER TABLE ONLY public.events ATTACH PARTITION public.events_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
ALTER TABLE ONLY public.events ATTACH PARTITION public.events_old DEFAULT;
ALTER TABLE ONLY public.events
    ADD CONSTRAINT events_pkey PRIMARY KEY (id, created_at);
ALTER TABLE ONLY public.events_2024
    ADD CONSTRAINT events_2024_pkey PRIMARY KEY (id, created_at);
ALTER TABLE ONLY public.events_old
    ADD CONSTRAINT events_old_pkey PRIMARY KEY (id, created_at);
CREATE INDEX events_payload_idx ON ONLY public.events USING btree (payload);
CREATE INDEX events_2024_payload_idx ON public.events_2024 USING btree (payload);
CREATE INDEX events_old_payload_idx ON public.events_old USING btree (payload);
ALTER INDEX public.events_pkey ATTACH PARTITION public.events_2024_pkey;
ALTER INDEX public.events_payload_idx ATTACH PARTITION public.events_2024_payload_idx;
ALTER INDEX public.events_pkey ATTACH PARTITION public.events_old_pkey;
ALTER INDEX public.events_payload_idx ATTACH PARTITION public.events_old_payload_idx;
