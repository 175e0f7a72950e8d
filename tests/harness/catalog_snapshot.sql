-- catalog_snapshot.sql - deterministic text description of every user object in
-- the current database, for comparing two databases with `diff -u`.
--
-- Run with:  psql -X -q -A -t -v ON_ERROR_STOP=1 -d DB -f catalog_snapshot.sql
--
-- One row per object (views/functions span several lines; continuation lines are
-- indented by 4 spaces). Rows are sorted by a key made of object kind and
-- qualified name, so children (columns, constraints, indexes, triggers, policies,
-- rules) follow their table.
--
-- Properties:
--   * Table/view columns are reported one line per column keyed by table+name, so
--     the snapshot does not depend on attnum (column order). Composite types DO
--     report their attributes in order, because order is part of their meaning.
--   * No OIDs, tablespaces, statistics, or sequence state. Privileges are listed
--     where they differ from the built-in ACL (owner entries and grantors left
--     out); owners only when schemadiff.snapshot_owners is 'on' (PGOPTIONS).
--   * Excluded: pg_catalog, information_schema, pg_toast*, pg_temp*, and every
--     object that is a member of an extension (pg_depend deptype 'e'), together
--     with its sub-objects (columns, constraints, indexes, ...).
--   * Identity sequences are not listed as sequences; their parameters are shown on
--     the owning column (the sequence's name is not shown). Other sequences
--     (including serial ones) are listed with their OWNED BY column, if any.
--   * search_path is set to pg_catalog so every user object name in expressions
--     and definitions is printed schema-qualified, independent of the caller.

SET search_path = pg_catalog;
SET client_min_messages = warning;

WITH
ext AS (            -- objects that belong to an extension
    SELECT classid, objid FROM pg_depend WHERE deptype = 'e'
),
nsp AS (
    SELECT n.oid, n.nspname
    FROM pg_namespace n
    WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
      AND n.nspname NOT LIKE 'pg\_toast%'
      AND n.nspname NOT LIKE 'pg\_temp\_%'
      AND NOT EXISTS (SELECT 1 FROM ext
                      WHERE ext.classid = 'pg_namespace'::regclass AND ext.objid = n.oid)
),
rel AS (            -- user relations; qname is schema-qualified and quoted
    SELECT c.oid, c.relname, c.relkind, c.relpersistence, c.relispartition,
           c.relrowsecurity, c.relforcerowsecurity, c.relreplident, c.relam,
           c.reloptions, c.relpartbound,
           c.oid::regclass::text AS qname,
           CASE c.relkind WHEN 'r' THEN 'table' WHEN 'p' THEN 'table' WHEN 'f' THEN 'table'
                          WHEN 'v' THEN 'view'  WHEN 'm' THEN 'matview'
                          WHEN 'S' THEN 'sequence' WHEN 'c' THEN 'type'
                          ELSE 'relation' END AS label
    FROM pg_class c
    JOIN nsp ON nsp.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p', 'f', 'v', 'm', 'S', 'c')
      AND NOT EXISTS (SELECT 1 FROM ext
                      WHERE ext.classid = 'pg_class'::regclass AND ext.objid = c.oid)
),
seqinfo AS (
    SELECT s.seqrelid,
           format('as %s start %s increment %s minvalue %s maxvalue %s cache %s %s',
                  format_type(s.seqtypid, NULL), s.seqstart, s.seqincrement,
                  s.seqmin, s.seqmax, s.seqcache,
                  CASE WHEN s.seqcycle THEN 'cycle' ELSE 'no cycle' END) AS descr
    FROM pg_sequence s
),
seqowner AS (       -- sequence -> owning column; deptype 'a' (OWNED BY/serial) or 'i' (identity)
    SELECT d.objid AS seqoid, d.deptype, d.refobjid AS tbloid, d.refobjsubid AS attnum,
           format('%s.%I', d.refobjid::regclass::text, a.attname) AS owner
    FROM pg_depend d
    JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
    JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
    WHERE d.classid = 'pg_class'::regclass
      AND d.refclassid = 'pg_class'::regclass
      AND d.deptype IN ('a', 'i')
      AND d.refobjsubid > 0
),
typ AS (            -- user types worth reporting on their own
    SELECT t.*, t.oid::regtype::text AS qname
    FROM pg_type t
    JOIN nsp ON nsp.oid = t.typnamespace
    WHERE NOT EXISTS (SELECT 1 FROM ext
                      WHERE ext.classid = 'pg_type'::regclass AND ext.objid = t.oid)
      -- implicit array types
      AND NOT EXISTS (SELECT 1 FROM pg_type e WHERE e.typarray = t.oid)
      -- row types of tables/views/sequences (composite types are kept)
      AND (t.typrelid = 0 OR EXISTS (SELECT 1 FROM pg_class c
                                     WHERE c.oid = t.typrelid AND c.relkind = 'c'))
      -- multirange types implicitly created for range types
      AND NOT EXISTS (SELECT 1 FROM pg_range r WHERE r.rngmultitypid = t.oid)
      AND t.typtype <> 'p'
),
-- Objects with ACLs and owners. `what` is the key prefix of the object's own
-- line; `def` is PostgreSQL's built-in ACL for the kind (acldefault), which a
-- NULL acl means. Columns have no owner and no built-in ACL.
aclobj AS (
    SELECT r.label || ' ' || r.qname AS what, c.relacl AS acl,
           acldefault(CASE WHEN c.relkind = 'S' THEN 's' ELSE 'r' END::"char", c.relowner) AS def,
           c.relowner AS owner, true AS owned
    FROM rel r JOIN pg_class c ON c.oid = r.oid
    WHERE r.relkind IN ('r', 'p', 'f', 'v', 'm', 'S')
    UNION ALL
    SELECT r.label || ' ' || r.qname || ' column ' || quote_ident(a.attname), a.attacl, NULL::aclitem[],
           c.relowner, false
    FROM rel r JOIN pg_class c ON c.oid = r.oid
    JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped
    WHERE r.relkind IN ('r', 'p', 'f', 'v', 'm') AND a.attacl IS NOT NULL
    UNION ALL
    SELECT 'schema ' || quote_ident(n.nspname), pn.nspacl, acldefault('n'::"char", pn.nspowner), pn.nspowner, true
    FROM nsp n JOIN pg_namespace pn ON pn.oid = n.oid
    UNION ALL
    SELECT 'function ' || p.oid::regprocedure::text, p.proacl, acldefault('f'::"char", p.proowner), p.proowner, true
    FROM pg_proc p
    JOIN nsp n ON n.oid = p.pronamespace
    WHERE NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_proc'::regclass AND ext.objid = p.oid)
      AND NOT EXISTS (SELECT 1 FROM pg_depend d
                      WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'i')
    UNION ALL
    SELECT 'type ' || t.qname, t.typacl, acldefault('T'::"char", t.typowner), t.typowner, true
    FROM typ t
    WHERE t.typrelid = 0 OR t.typtype = 'c'
),
-- ACL entries as "grantee=PRIVILEGE[*]" (* = with grant option), sorted. The
-- owner's entries are its implicit privileges, not grants, and the grantor
-- is always the owner here: both are left out.
aclnorm AS (
    SELECT o.what, o.owner, o.owned,
           (SELECT string_agg(e, ', ' ORDER BY e COLLATE "C") FROM (
                SELECT CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(x.grantee)) END
                       || '=' || x.privilege_type || CASE WHEN x.is_grantable THEN '*' ELSE '' END AS e
                FROM aclexplode(coalesce(o.acl, o.def)) x WHERE x.grantee <> o.owner) s) AS actual,
           (SELECT string_agg(e, ', ' ORDER BY e COLLATE "C") FROM (
                SELECT CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(x.grantee)) END
                       || '=' || x.privilege_type || CASE WHEN x.is_grantable THEN '*' ELSE '' END AS e
                FROM aclexplode(o.def) x WHERE x.grantee <> o.owner) s) AS builtin
    FROM aclobj o
),
lines(key, line) AS (

    -- schemas -------------------------------------------------------------
    SELECT 'schema ' || quote_ident(n.nspname),
           'schema ' || quote_ident(n.nspname)
           || coalesce(' comment=' || quote_literal(obj_description(n.oid, 'pg_namespace')), '')
    FROM nsp n

    -- extensions ----------------------------------------------------------
    UNION ALL
    SELECT 'extension ' || quote_ident(e.extname),
           format('extension %I: schema=%I version=%s', e.extname, n.nspname, e.extversion)
           || coalesce(' comment=' || quote_literal(obj_description(e.oid, 'pg_extension')), '')
    FROM pg_extension e
    JOIN pg_namespace n ON n.oid = e.extnamespace

    -- tables / views / materialized views (header line) -----------------
    UNION ALL
    SELECT r.label || ' ' || r.qname,
           r.label || ' ' || r.qname || ':'
           || CASE r.relkind WHEN 'r' THEN ' kind=table' WHEN 'p' THEN ' kind=partitioned'
                             WHEN 'f' THEN ' kind=foreign' ELSE '' END
           || CASE r.relpersistence WHEN 'p' THEN ' persistence=permanent'
                                    WHEN 'u' THEN ' persistence=unlogged'
                                    WHEN 't' THEN ' persistence=temp' END
           || CASE WHEN r.relkind = 'p' THEN ' partition_by=' || pg_get_partkeydef(r.oid) ELSE '' END
           || CASE WHEN r.relispartition THEN ' partition_of=' ||
                   (SELECT string_agg(i.inhparent::regclass::text, ',' ORDER BY i.inhseqno)
                    FROM pg_inherits i WHERE i.inhrelid = r.oid)
                   || ' bound=' || pg_get_expr(r.relpartbound, r.oid)
                   ELSE coalesce(' inherits=' ||
                   (SELECT string_agg(i.inhparent::regclass::text, ',' ORDER BY i.inhseqno)
                    FROM pg_inherits i WHERE i.inhrelid = r.oid), '') END
           || CASE WHEN r.relam <> 0 AND r.relkind IN ('r', 'm')
                        AND (SELECT amname FROM pg_am WHERE oid = r.relam) <> 'heap'
                   THEN ' using=' || (SELECT amname FROM pg_am WHERE oid = r.relam) ELSE '' END
           || coalesce(' with=(' ||
                  (SELECT string_agg(o, ', ' ORDER BY o COLLATE "C") FROM unnest(r.reloptions) o)
                  || ')', '')
           -- storage parameters of the TOAST table (toast.* in WITH / SET)
           || coalesce(' toast_with=(' ||
                  (SELECT string_agg(o, ', ' ORDER BY o COLLATE "C")
                   FROM pg_class tc, unnest(tc.reloptions) o WHERE tc.oid = (SELECT reltoastrelid FROM pg_class WHERE oid = r.oid))
                  || ')', '')
           || CASE WHEN r.relrowsecurity THEN ' row_security=enabled' ELSE '' END
           || CASE WHEN r.relforcerowsecurity THEN ' row_security=forced' ELSE '' END
           || CASE WHEN r.relkind IN ('r', 'p', 'm') AND r.relreplident <> 'd'
                   THEN ' replica_identity=' || r.relreplident::text ELSE '' END
           || coalesce((SELECT ' server=' || quote_ident(s.srvname)
                               || coalesce(' options=(' || array_to_string(ft.ftoptions, ', ') || ')', '')
                        FROM pg_foreign_table ft JOIN pg_foreign_server s ON s.oid = ft.ftserver
                        WHERE ft.ftrelid = r.oid), '')
           || coalesce(' comment=' || quote_literal(obj_description(r.oid, 'pg_class')), '')
           || CASE WHEN r.relkind IN ('v', 'm')
                   THEN E'\n    ' || replace(rtrim(pg_get_viewdef(r.oid), E'\n'), E'\n', E'\n    ')
                   ELSE '' END
    FROM rel r
    WHERE r.relkind IN ('r', 'p', 'f', 'v', 'm')

    -- columns of tables/views (order-insensitive: keyed by name) --------
    UNION ALL
    SELECT r.label || ' ' || r.qname || ' column ' || quote_ident(a.attname),
           r.label || ' ' || r.qname || ' column ' || quote_ident(a.attname) || ': '
           || format_type(a.atttypid, a.atttypmod)
           || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END
           || CASE WHEN a.attgenerated = 's'
                   THEN ' generated always as (' || pg_get_expr(ad.adbin, ad.adrelid) || ') stored'
                   WHEN ad.adbin IS NOT NULL
                   THEN ' default ' || pg_get_expr(ad.adbin, ad.adrelid)
                   ELSE '' END
           || CASE a.attidentity WHEN 'a' THEN ' identity always' WHEN 'd' THEN ' identity by default'
                                 ELSE '' END
           || coalesce((SELECT ' (' || si.descr || ')'
                        FROM seqowner so JOIN seqinfo si ON si.seqrelid = so.seqoid
                        WHERE so.deptype = 'i' AND so.tbloid = r.oid AND so.attnum = a.attnum
                          AND a.attidentity <> ''), '')
           || CASE WHEN a.attcollation <> t.typcollation
                   THEN ' collate ' || a.attcollation::regcollation::text ELSE '' END
           || CASE WHEN a.attstorage <> t.typstorage
                   THEN ' storage=' || a.attstorage::text ELSE '' END
           || CASE WHEN a.attcompression <> '' THEN ' compression=' || a.attcompression::text ELSE '' END
           || CASE WHEN a.attstattarget >= 0 THEN ' statistics=' || a.attstattarget ELSE '' END
           || coalesce(' options=(' ||
                  (SELECT string_agg(o, ', ' ORDER BY o COLLATE "C") FROM unnest(a.attoptions) o) || ')', '')
           || coalesce(' fdw_options=(' || array_to_string(a.attfdwoptions, ', ') || ')', '')
           || coalesce(' comment=' || quote_literal(col_description(r.oid, a.attnum)), '')
    FROM rel r
    JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped
    JOIN pg_type t ON t.oid = a.atttypid
    LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
    WHERE r.relkind IN ('r', 'p', 'f', 'v', 'm')

    -- table constraints ------------------------------------------------
    UNION ALL
    SELECT r.label || ' ' || r.qname || ' constraint ' || quote_ident(co.conname),
           r.label || ' ' || r.qname || ' constraint ' || quote_ident(co.conname) || ': '
           || pg_get_constraintdef(co.oid)
           || format(' [deferrable=%s deferred=%s validated=%s]',
                     co.condeferrable, co.condeferred, co.convalidated)
           || coalesce(' comment=' || quote_literal(obj_description(co.oid, 'pg_constraint')), '')
    FROM pg_constraint co
    JOIN rel r ON r.oid = co.conrelid

    -- indexes (including those backing constraints) ----------------------
    UNION ALL
    SELECT r.label || ' ' || r.qname || ' index ' || quote_ident(ic.relname),
           r.label || ' ' || r.qname || ' index ' || quote_ident(ic.relname) || ': '
           || pg_get_indexdef(i.indexrelid)
           || coalesce((SELECT ' [backs constraint ' || quote_ident(co.conname) || ']'
                        FROM pg_constraint co
                        WHERE co.conindid = i.indexrelid AND co.conrelid = i.indrelid
                          AND co.contype IN ('p', 'u', 'x')
                        ORDER BY co.conname LIMIT 1), '')
           || CASE WHEN i.indisclustered THEN ' [clustered]' ELSE '' END
           || CASE WHEN i.indisreplident THEN ' [replica identity]' ELSE '' END
           || CASE WHEN NOT i.indisvalid THEN ' [invalid]' ELSE '' END
           || coalesce(' comment=' || quote_literal(obj_description(i.indexrelid, 'pg_class')), '')
    FROM pg_index i
    JOIN rel r ON r.oid = i.indrelid
    JOIN pg_class ic ON ic.oid = i.indexrelid

    -- triggers ----------------------------------------------------------
    UNION ALL
    SELECT r.label || ' ' || r.qname || ' trigger ' || quote_ident(tg.tgname),
           r.label || ' ' || r.qname || ' trigger ' || quote_ident(tg.tgname) || ': '
           || pg_get_triggerdef(tg.oid)
           || CASE tg.tgenabled WHEN 'O' THEN '' WHEN 'D' THEN ' [disabled]'
                                WHEN 'R' THEN ' [enabled replica]' WHEN 'A' THEN ' [enabled always]' END
           || coalesce(' comment=' || quote_literal(obj_description(tg.oid, 'pg_trigger')), '')
    FROM pg_trigger tg
    JOIN rel r ON r.oid = tg.tgrelid
    WHERE NOT tg.tgisinternal

    -- rules (not the _RETURN rule of views) ------------------------------
    UNION ALL
    SELECT r.label || ' ' || r.qname || ' rule ' || quote_ident(ru.rulename),
           r.label || ' ' || r.qname || ' rule ' || quote_ident(ru.rulename) || ': '
           || pg_get_ruledef(ru.oid)
           || CASE ru.ev_enabled WHEN 'O' THEN '' ELSE ' [enabled=' || ru.ev_enabled::text || ']' END
           || coalesce(' comment=' || quote_literal(obj_description(ru.oid, 'pg_rewrite')), '')
    FROM pg_rewrite ru
    JOIN rel r ON r.oid = ru.ev_class
    WHERE ru.rulename <> '_RETURN'

    -- row level security policies ----------------------------------------
    UNION ALL
    SELECT r.label || ' ' || r.qname || ' policy ' || quote_ident(p.polname),
           r.label || ' ' || r.qname || ' policy ' || quote_ident(p.polname) || ': '
           || CASE WHEN p.polpermissive THEN 'permissive' ELSE 'restrictive' END
           || ' for ' || CASE p.polcmd WHEN 'r' THEN 'select' WHEN 'a' THEN 'insert'
                                       WHEN 'w' THEN 'update' WHEN 'd' THEN 'delete'
                                       WHEN '*' THEN 'all' END
           || ' to ' || (SELECT string_agg(rn, ',' ORDER BY rn COLLATE "C")
                         FROM (SELECT CASE WHEN ro = 0 THEN 'public'
                                           ELSE quote_ident(pg_get_userbyid(ro)) END AS rn
                               FROM unnest(p.polroles) ro) roles)
           || coalesce(' using (' || pg_get_expr(p.polqual, p.polrelid) || ')', '')
           || coalesce(' with check (' || pg_get_expr(p.polwithcheck, p.polrelid) || ')', '')
           || coalesce(' comment=' || quote_literal(obj_description(p.oid, 'pg_policy')), '')
    FROM pg_policy p
    JOIN rel r ON r.oid = p.polrelid

    -- extended statistics ---------------------------------------------
    UNION ALL
    SELECT 'statistics ' || format('%I.%I', n.nspname, st.stxname),
           'statistics ' || format('%I.%I', n.nspname, st.stxname) || ': '
           || pg_get_statisticsobjdef(st.oid)
           || coalesce(' comment=' || quote_literal(obj_description(st.oid, 'pg_statistic_ext')), '')
    FROM pg_statistic_ext st
    JOIN nsp n ON n.oid = st.stxnamespace
    JOIN rel r ON r.oid = st.stxrelid

    -- sequences (identity sequences are shown on their column instead) ---
    UNION ALL
    SELECT 'sequence ' || r.qname,
           'sequence ' || r.qname || ': ' || si.descr
           || CASE WHEN r.relpersistence = 'u' THEN ' unlogged' ELSE '' END
           || coalesce((SELECT ' owned by ' || so.owner FROM seqowner so
                        WHERE so.seqoid = r.oid AND so.deptype = 'a'), '')
           || coalesce(' comment=' || quote_literal(obj_description(r.oid, 'pg_class')), '')
    FROM rel r
    JOIN seqinfo si ON si.seqrelid = r.oid
    WHERE r.relkind = 'S'
      AND NOT EXISTS (SELECT 1 FROM seqowner so WHERE so.seqoid = r.oid AND so.deptype = 'i')

    -- types: enums, domains, composites, ranges, base types ------------
    UNION ALL
    SELECT 'type ' || t.qname,
           'type ' || t.qname || ': '
           || CASE t.typtype
              WHEN 'e' THEN 'enum ('
                   || coalesce((SELECT string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder)
                                FROM pg_enum e WHERE e.enumtypid = t.oid), '') || ')'
              WHEN 'd' THEN 'domain over ' || format_type(t.typbasetype, t.typtypmod)
                   || CASE WHEN t.typcollation <> 0 AND t.typcollation <>
                                (SELECT b.typcollation FROM pg_type b WHERE b.oid = t.typbasetype)
                           THEN ' collate ' || t.typcollation::regcollation::text ELSE '' END
                   || CASE WHEN t.typnotnull THEN ' not null' ELSE '' END
                   || coalesce(' default ' || t.typdefault, '')
              WHEN 'c' THEN 'composite ('
                   || coalesce((SELECT string_agg(quote_ident(a.attname) || ' '
                                   || format_type(a.atttypid, a.atttypmod)
                                   || CASE WHEN a.attcollation <> at.typcollation
                                           THEN ' collate ' || a.attcollation::regcollation::text
                                           ELSE '' END
                                   || coalesce(' comment=' || quote_literal(col_description(t.typrelid, a.attnum)), ''),
                                   ', ' ORDER BY a.attnum)
                                FROM pg_attribute a JOIN pg_type at ON at.oid = a.atttypid
                                WHERE a.attrelid = t.typrelid AND a.attnum > 0
                                  AND NOT a.attisdropped), '') || ')'
              WHEN 'r' THEN 'range ' ||
                   (SELECT format('subtype=%s', format_type(rg.rngsubtype, NULL))
                           || CASE WHEN rg.rngcollation <> 0
                                   THEN ' collation=' || rg.rngcollation::regcollation::text ELSE '' END
                           || ' opclass=' || (SELECT quote_ident(opcname) FROM pg_opclass WHERE oid = rg.rngsubopc)
                           || CASE WHEN rg.rngcanonical <> 0 THEN ' canonical=' || rg.rngcanonical::regproc::text ELSE '' END
                           || CASE WHEN rg.rngsubdiff <> 0 THEN ' subtype_diff=' || rg.rngsubdiff::regproc::text ELSE '' END
                           || ' multirange=' || rg.rngmultitypid::regtype::text
                    FROM pg_range rg WHERE rg.rngtypid = t.oid)
              WHEN 'b' THEN format('base input=%s output=%s length=%s', t.typinput::regproc::text,
                                   t.typoutput::regproc::text, t.typlen)
              ELSE 'typtype=' || t.typtype::text
              END
           || coalesce(' comment=' || quote_literal(obj_description(t.oid, 'pg_type')), '')
    FROM typ t

    -- domain constraints -----------------------------------------------
    UNION ALL
    SELECT 'type ' || t.qname || ' constraint ' || quote_ident(co.conname),
           'type ' || t.qname || ' constraint ' || quote_ident(co.conname) || ': '
           || pg_get_constraintdef(co.oid)
           || format(' [validated=%s]', co.convalidated)
           || coalesce(' comment=' || quote_literal(obj_description(co.oid, 'pg_constraint')), '')
    FROM pg_constraint co
    JOIN typ t ON t.oid = co.contypid

    -- collations --------------------------------------------------------
    UNION ALL
    SELECT 'collation ' || format('%I.%I', n.nspname, cl.collname),
           'collation ' || format('%I.%I', n.nspname, cl.collname) || ': '
           || (to_jsonb(cl) - '{oid,collname,collnamespace,collowner,collversion}'::text[])::text
           || coalesce(' comment=' || quote_literal(obj_description(cl.oid, 'pg_collation')), '')
    FROM pg_collation cl
    JOIN nsp n ON n.oid = cl.collnamespace
    WHERE NOT EXISTS (SELECT 1 FROM ext
                      WHERE ext.classid = 'pg_collation'::regclass AND ext.objid = cl.oid)

    -- functions, procedures, aggregates ---------------------------------
    UNION ALL
    SELECT 'function ' || p.oid::regprocedure::text,
           'function ' || p.oid::regprocedure::text || ':'
           || CASE WHEN p.prokind = 'a'
                   THEN (SELECT format(' aggregate sfunc=%s stype=%s finalfunc=%s combinefunc=%s initcond=%s',
                                       ag.aggtransfn::regproc::text, format_type(ag.aggtranstype, NULL),
                                       ag.aggfinalfn::regproc::text, ag.aggcombinefn::regproc::text,
                                       coalesce(quote_literal(ag.agginitval), 'null'))
                         FROM pg_aggregate ag WHERE ag.aggfnoid = p.oid)
                   ELSE '' END
           || coalesce(' comment=' || quote_literal(obj_description(p.oid, 'pg_proc')), '')
           || CASE WHEN p.prokind <> 'a'
                   THEN E'\n    ' || replace(rtrim(pg_get_functiondef(p.oid), E'\n'), E'\n', E'\n    ')
                   ELSE '' END
    FROM pg_proc p
    JOIN nsp n ON n.oid = p.pronamespace
    WHERE NOT EXISTS (SELECT 1 FROM ext
                      WHERE ext.classid = 'pg_proc'::regclass AND ext.objid = p.oid)
      -- implicitly created functions (e.g. range/multirange constructors)
      AND NOT EXISTS (SELECT 1 FROM pg_depend d
                      WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid
                        AND d.deptype = 'i')

    -- event triggers ----------------------------------------------------
    UNION ALL
    SELECT 'event trigger ' || quote_ident(et.evtname),
           'event trigger ' || quote_ident(et.evtname) || ': on ' || et.evtevent
           || ' execute ' || et.evtfoid::regproc::text
           || coalesce(' tags=' || array_to_string(et.evttags, ','), '')
           || CASE et.evtenabled WHEN 'O' THEN '' ELSE ' [enabled=' || et.evtenabled::text || ']' END
           || coalesce(' comment=' || quote_literal(obj_description(et.oid, 'pg_event_trigger')), '')
    FROM pg_event_trigger et
    WHERE NOT EXISTS (SELECT 1 FROM ext
                      WHERE ext.classid = 'pg_event_trigger'::regclass AND ext.objid = et.oid)

    -- privileges that differ from the built-in ACL ---------------------
    UNION ALL
    SELECT a.what || ' acl', a.what || ' acl: ' || coalesce(a.actual, 'none')
    FROM aclnorm a
    WHERE a.actual IS DISTINCT FROM a.builtin

    -- default privileges (ALTER DEFAULT PRIVILEGES) --------------------
    UNION ALL
    SELECT 'default privileges ' || quote_ident(pg_get_userbyid(d.defaclrole))
           || coalesce(' in ' || quote_ident(dn.nspname), '') || ' on ' || d.defaclobjtype::text,
           'default privileges ' || quote_ident(pg_get_userbyid(d.defaclrole))
           || coalesce(' in ' || quote_ident(dn.nspname), '') || ' on ' || d.defaclobjtype::text || ': '
           || coalesce((SELECT string_agg(e, ', ' ORDER BY e COLLATE "C") FROM (
                  SELECT CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(x.grantee)) END
                         || '=' || x.privilege_type || CASE WHEN x.is_grantable THEN '*' ELSE '' END AS e
                  FROM aclexplode(d.defaclacl) x) s), 'none')
    FROM pg_default_acl d
    LEFT JOIN pg_namespace dn ON dn.oid = d.defaclnamespace

    -- owners: only on request (the harness sets it for cases with roles,
    -- elsewhere every object belongs to the connecting superuser anyway)
    UNION ALL
    SELECT a.what || ' owner', a.what || ' owner: ' || quote_ident(pg_get_userbyid(a.owner))
    FROM aclnorm a
    WHERE a.owned AND current_setting('schemadiff.snapshot_owners', true) = 'on'
)
SELECT line
FROM lines
ORDER BY key COLLATE "C", line COLLATE "C";
