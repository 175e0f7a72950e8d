// PostgreSQL's rules for the names of unnamed constraints, indexes and sequences.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace sd::parser {

/// makeObjectName: name1_name2_label, with name1 and name2 shortened (the
/// longer first, never splitting a UTF-8 character) to fit 63 bytes.
std::string MakeObjectName(const std::string& name1, const std::string& name2,
                           const std::string& label);

/// ChooseRelationName / ChooseConstraintName: the first of label, label1,
/// label2, ... for which `taken` is false.
std::string ChooseName(const std::string& name1, const std::string& name2,
                       const std::string& label, const std::function<bool(const std::string&)>& taken);

/// Column names joined by '_' and cut at 63 bytes, as for index and foreign
/// key names (ChooseIndexNameAddition).
std::string JoinNameParts(const std::vector<std::string>& names);

/// ChooseIndexColumnNames: duplicate names within one index get a number.
std::vector<std::string> DistinctIndexColumnNames(const std::vector<std::string>& names);

/// Truncates an identifier to PostgreSQL's 63-byte limit (UTF-8 safe).
std::string TruncateIdentifier(const std::string& name);

}  // namespace sd::parser
