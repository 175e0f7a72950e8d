-- Source: seed 000 "Migration Plan: Current Schema -> New Multi-Community Schema".
-- Represents: DDL of the new schema that the engine does not model yet
-- (functions, triggers, views). Loads after new.sql.

-- updated_at maintenance ----------------------------------------------------
CREATE OR REPLACE FUNCTION set_updated_at() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;

CREATE TRIGGER trg_communities_updated_at BEFORE UPDATE ON communities
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_members_updated_at BEFORE UPDATE ON members
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_memberships_updated_at BEFORE UPDATE ON community_memberships
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_alumni_updated_at BEFORE UPDATE ON alumni_profiles
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_entrepreneur_updated_at BEFORE UPDATE ON entrepreneur_profiles
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_resident_updated_at BEFORE UPDATE ON resident_profiles
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_embeddings_updated_at BEFORE UPDATE ON member_embeddings
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_users_updated_at BEFORE UPDATE ON users
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- Full-text search index, populated from the type-specific profiles ------------
-- ("Trigger will auto-populate from profiles", Phase 4.1)
CREATE OR REPLACE FUNCTION refresh_member_search_index() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    v_text text;
    v_community uuid;
    v_type member_type;
BEGIN
    SELECT cm.community_id, cm.member_type, m.name
      INTO v_community, v_type, v_text
      FROM community_memberships cm
      JOIN members m ON m.id = cm.member_id
     WHERE cm.id = NEW.membership_id;

    IF TG_TABLE_NAME = 'alumni_profiles' THEN
        v_text := concat_ws(' ', v_text, NEW.college, NEW.degree, NEW.department,
                            NEW.current_organization, NEW.designation, NEW.city,
                            array_to_string(NEW.skills, ' '));
    ELSIF TG_TABLE_NAME = 'entrepreneur_profiles' THEN
        v_text := concat_ws(' ', v_text, NEW.company, NEW.industry, NEW.city,
                            array_to_string(NEW.services_offered, ' '),
                            array_to_string(NEW.expertise, ' '));
    ELSE
        v_text := concat_ws(' ', v_text, NEW.building, NEW.profession,
                            array_to_string(NEW.skills, ' '));
    END IF;

    INSERT INTO member_search_index (membership_id, community_id, member_type,
                                     search_text, search_vector, updated_at)
    VALUES (NEW.membership_id, v_community, v_type, coalesce(v_text, ''),
            to_tsvector('simple', coalesce(v_text, '')), now())
    ON CONFLICT (membership_id) DO UPDATE
       SET search_text   = EXCLUDED.search_text,
           search_vector = EXCLUDED.search_vector,
           updated_at    = EXCLUDED.updated_at;
    RETURN NEW;
END;
$$;

CREATE TRIGGER trg_alumni_search_index AFTER INSERT OR UPDATE ON alumni_profiles
    FOR EACH ROW EXECUTE FUNCTION refresh_member_search_index();
CREATE TRIGGER trg_entrepreneur_search_index AFTER INSERT OR UPDATE ON entrepreneur_profiles
    FOR EACH ROW EXECUTE FUNCTION refresh_member_search_index();
CREATE TRIGGER trg_resident_search_index AFTER INSERT OR UPDATE ON resident_profiles
    FOR EACH ROW EXECUTE FUNCTION refresh_member_search_index();

-- Compatibility view with the shape of the dropped community_members table --
CREATE VIEW community_members AS
SELECT m.id,
       m.name,
       m.email::varchar(255)            AS email,
       m.phone,
       ap.graduation_year::integer      AS year_of_graduation,
       ap.degree,
       ap.department                    AS branch,
       array_to_string(coalesce(ap.skills, ep.services_offered), ',') AS working_knowledge,
       coalesce(ap.current_organization, ep.company) AS organization_name,
       ap.designation,
       coalesce(ap.city, ep.city)       AS city,
       coalesce(ap.state, ep.state)     AS state,
       coalesce(ap.country, ep.country) AS country,
       ep.annual_turnover::text         AS annual_turnover,
       cm.role::text                    AS role,
       cm.is_active,
       m.created_at,
       m.updated_at,
       cm.community_id
  FROM members m
  JOIN community_memberships cm ON cm.member_id = m.id
  LEFT JOIN alumni_profiles ap ON ap.membership_id = cm.id
  LEFT JOIN entrepreneur_profiles ep ON ep.membership_id = cm.id;

COMMENT ON VIEW community_members IS 'Read-only compatibility view for pre-2.0 queries';

-- Community-scoped full-text member search ------------------------------------
CREATE OR REPLACE FUNCTION search_members(p_community uuid, p_query text, p_limit int DEFAULT 20)
RETURNS TABLE (membership_id uuid, member_type member_type, rank real)
LANGUAGE sql STABLE AS $$
    SELECT si.membership_id, si.member_type,
           ts_rank(si.search_vector, plainto_tsquery('simple', p_query)) AS rank
      FROM member_search_index si
     WHERE si.community_id = p_community
       AND si.search_vector @@ plainto_tsquery('simple', p_query)
     ORDER BY rank DESC
     LIMIT p_limit;
$$;
