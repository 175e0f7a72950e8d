-- reset.sql - return the current database to the state of a fresh
-- CREATE DATABASE ... TEMPLATE template0, so that one database can be reused for
-- many conformance cases. CREATE DATABASE costs ~150 ms; this costs a few ms.
--
-- Part 1 drops every user object: event triggers, publications, extensions,
-- every schema (public included, with CASCADE), foreign-data wrappers, languages
-- and access methods. Then it recreates `public` as initdb leaves it in
-- PostgreSQL 15 (owner pg_database_owner, USAGE for PUBLIC, standard comment).
--
-- Part 2 checks the result. No row in any per-database catalog that has an oid
-- column may have an oid >= 16384 (FirstNormalObjectId, the first oid given to
-- an object created after initdb). The only exceptions are the new `public`
-- schema and temp schemas. plpgsql must still exist, and the database must
-- have no ALTER DATABASE ... SET settings. If any check fails, it raises
-- 'sdcf-dirty: ...'. The runner then drops the database and creates it again,
-- so an object kind that part 1 does not know can cost time but never
-- correctness.
SET client_min_messages = warning;

DO $sdcf_reset$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT evtname FROM pg_catalog.pg_event_trigger LOOP
        EXECUTE format('DROP EVENT TRIGGER IF EXISTS %I CASCADE', r.evtname);
    END LOOP;
    FOR r IN SELECT pubname FROM pg_catalog.pg_publication LOOP
        EXECUTE format('DROP PUBLICATION IF EXISTS %I CASCADE', r.pubname);
    END LOOP;
    FOR r IN SELECT extname FROM pg_catalog.pg_extension WHERE oid >= 16384 LOOP
        EXECUTE format('DROP EXTENSION IF EXISTS %I CASCADE', r.extname);
    END LOOP;
    FOR r IN SELECT nspname FROM pg_catalog.pg_namespace
             WHERE nspname NOT IN ('pg_catalog', 'information_schema')
               AND nspname NOT LIKE 'pg\_toast%'
               AND nspname NOT LIKE 'pg\_temp\_%' LOOP
        EXECUTE format('DROP SCHEMA IF EXISTS %I CASCADE', r.nspname);
    END LOOP;
    FOR r IN SELECT fdwname FROM pg_catalog.pg_foreign_data_wrapper LOOP
        EXECUTE format('DROP FOREIGN DATA WRAPPER IF EXISTS %I CASCADE', r.fdwname);
    END LOOP;
    FOR r IN SELECT lanname FROM pg_catalog.pg_language WHERE oid >= 16384 LOOP
        EXECUTE format('DROP LANGUAGE IF EXISTS %I CASCADE', r.lanname);
    END LOOP;
    FOR r IN SELECT amname FROM pg_catalog.pg_am WHERE oid >= 16384 LOOP
        EXECUTE format('DROP ACCESS METHOD IF EXISTS %I CASCADE', r.amname);
    END LOOP;
    CREATE SCHEMA public AUTHORIZATION pg_database_owner;
    COMMENT ON SCHEMA public IS 'standard public schema';
    GRANT USAGE ON SCHEMA public TO PUBLIC;
END
$sdcf_reset$;

DO $sdcf_check$
DECLARE
    r record;
    n bigint;
    dirty text := '';
BEGIN
    FOR r IN SELECT c.oid::regclass AS cat, c.relname
             FROM pg_catalog.pg_class c
             JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attname = 'oid'
             WHERE c.relnamespace = 'pg_catalog'::regnamespace
               AND c.relkind = 'r' AND NOT c.relisshared LOOP
        IF r.relname = 'pg_namespace' THEN
            SELECT count(*) INTO n FROM pg_catalog.pg_namespace
            WHERE oid >= 16384 AND nspname <> 'public'
              AND nspname NOT LIKE 'pg\_temp\_%' AND nspname NOT LIKE 'pg\_toast\_temp\_%';
        ELSE
            EXECUTE format('SELECT count(*) FROM %s WHERE oid >= 16384', r.cat) INTO n;
        END IF;
        IF n > 0 THEN
            dirty := dirty || format(' %s=%s', r.relname, n);
        END IF;
    END LOOP;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_extension WHERE extname = 'plpgsql') THEN
        dirty := dirty || ' plpgsql-missing';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_db_role_setting s
               JOIN pg_catalog.pg_database d ON d.oid = s.setdatabase
               WHERE d.datname = current_database()) THEN
        dirty := dirty || ' database-settings';
    END IF;
    IF dirty <> '' THEN
        RAISE EXCEPTION 'sdcf-dirty:%', dirty;
    END IF;
END
$sdcf_check$;
