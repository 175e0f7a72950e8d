// Privileges (GRANT), default privileges and owners.
#pragma once

#include <compare>
#include <string>
#include <vector>

#include "model/object_ref.h"

namespace sd::model {

/// One privilege on one object for one role, as PostgreSQL's ACL holds it
/// after every GRANT and REVOKE: the owner's implicit privileges are never
/// grants. Column privileges name the column as {kColumn, table, column}.
///
/// Two variants share the struct so that every diff and plan path treats
/// them alike:
///  - `revokes_default`: PUBLIC's built-in privilege (EXECUTE on functions,
///    USAGE on types, domains and schema public) was revoked. The built-in
///    state itself is never stored: its presence means a REVOKE.
///  - `defaults_on` set: ALTER DEFAULT PRIVILEGES. `object` is the schema
///    ({kSchema, {"", schema}}, schema "" = every schema), `defaults_on` the
///    object class ('r' tables, 'S' sequences, 'f' functions, 'T' types,
///    'n' schemas) and `defaults_for` the FOR ROLE ("" = the role running
///    the script).
/// An owner change travels in a diff::Change as Grant{object, owner, ""}.
struct Grant {
  ObjectRef object;
  std::string grantee;    ///< role name as written (case-folded), or "PUBLIC"
  std::string privilege;  ///< SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER, USAGE, EXECUTE, CREATE
  bool with_grant_option = false;
  bool revokes_default = false;
  char defaults_on = 0;
  std::string defaults_for;
  auto operator<=>(const Grant&) const = default;
  bool operator==(const Grant&) const = default;
};

/// Every privilege an object of `kind` has, in PostgreSQL's order: what
/// GRANT ALL expands to. `kind` kColumn gives the column privileges.
const std::vector<std::string>& AllPrivileges(ObjectKind kind);

/// PUBLIC's built-in privilege on `object` ("EXECUTE" on functions, "USAGE"
/// on types and on schema public), or "" when PUBLIC has none.
std::string DefaultPublicPrivilege(const ObjectRef& object);

/// The object class of ALTER DEFAULT PRIVILEGES ('r', 'S', 'f', 'T', 'n')
/// as its SQL keyword (TABLES, SEQUENCES, FUNCTIONS, TYPES, SCHEMAS).
const char* DefaultsClassName(char defaults_on);

/// The privileges ALTER DEFAULT PRIVILEGES ... ON `defaults_on` can grant.
const std::vector<std::string>& AllDefaultPrivileges(char defaults_on);

}  // namespace sd::model
