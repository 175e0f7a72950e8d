-- Source: seed 001 "Safe Migration Architecture for Bay View Association".
-- Represents: DDL of the new architecture that the engine does not model
-- yet: bridge/compatibility views, an exclusion constraint, event-emission
-- trigger, migration helper functions and grants. Loads after new.sql.

-- Bridge view "legacy_to_new" (Phase 2.1) -------------------------------------
CREATE OR REPLACE VIEW migration.memorial_persons AS
SELECT
    m.id as memorial_id,
    p.id as person_id,
    COALESCE(p.first_name, m.first_name) as first_name,
    COALESCE(p.last_name, m.last_name) as last_name,
    m.created_at as memorial_created,
    p.created_at as person_created
FROM bayview.memorials m
LEFT JOIN core.persons p ON p.legacy_memorial_id = m.id;

CREATE OR REPLACE VIEW migration.chapel_services_bridge AS
SELECT sa.id             AS application_id,
       sa.reference_number,
       sa.service_type,
       sa.service_date,
       sa.status         AS legacy_status,
       cs.event_id,
       e.starts_at,
       cs.officiant_person_id
  FROM crouse_chapel.service_applications sa
  LEFT JOIN events.chapel_services cs ON cs.legacy_application_id = sa.id
  LEFT JOIN events.events e ON e.id = cs.event_id;

-- Migration progress at a glance (Phase 4 validation)
CREATE OR REPLACE VIEW migration.memorial_migration_status AS
SELECT count(*)                                   AS legacy_total,
       count(p.id)                                AS migrated,
       count(*) - count(p.id)                     AS pending,
       max(p.migration_date)                      AS last_migrated_at
  FROM bayview.memorials m
  LEFT JOIN core.persons p ON p.legacy_memorial_id = m.id;

-- No overlapping leaseholds for a cottage (needs btree_gist) --------------------
ALTER TABLE property.leaseholds
    ADD CONSTRAINT leaseholds_no_overlap
    EXCLUDE USING gist (cottage_id WITH =, daterange(starts_on, ends_on, '[)') WITH &&);

-- Version tracking helpers (Phase 3.1) ----------------------------------------
CREATE OR REPLACE FUNCTION migration.record_version(p_version varchar, p_description text, p_rollback text)
RETURNS integer
LANGUAGE sql AS $$
    INSERT INTO migration.schema_versions (version, description, rollback_script)
    VALUES (p_version, p_description, p_rollback)
    RETURNING id;
$$;

CREATE OR REPLACE FUNCTION migration.mark_rolled_back(p_version varchar)
RETURNS void
LANGUAGE sql AS $$
    UPDATE migration.schema_versions SET status = 'rolled_back' WHERE version = p_version;
$$;

-- Event emission for internal integrations (Phase 1.3) --------------------------
CREATE OR REPLACE FUNCTION migration.emit_person_event() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO migration.event_log (event_type, payload)
    VALUES ('person.' || lower(TG_OP),
            jsonb_build_object('id', NEW.id,
                               'person_type', NEW.person_type,
                               'legacy_memorial_id', NEW.legacy_memorial_id,
                               'migration_source', NEW.migration_source));
    RETURN NEW;
END;
$$;

CREATE TRIGGER persons_emit_event
    AFTER INSERT OR UPDATE ON core.persons
    FOR EACH ROW EXECUTE FUNCTION migration.emit_person_event();

-- Legacy schemas are protected: no writes through the public role ----------------
REVOKE CREATE ON SCHEMA bayview FROM PUBLIC;
REVOKE CREATE ON SCHEMA crouse_chapel FROM PUBLIC;
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA bayview FROM PUBLIC;
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA crouse_chapel FROM PUBLIC;
GRANT USAGE ON SCHEMA migration TO PUBLIC;
GRANT SELECT ON migration.memorial_persons, migration.memorial_migration_status TO PUBLIC;
