// ALTERs of sequence bounds that PostgreSQL would refuse for the sequence's position.
#pragma once

#include <string>

#include "model/sequence.h"

namespace sd::plan {

/// The statement for `alter` (an ALTER SEQUENCE or ALTER TABLE … ALTER COLUMN …
/// SET … of an identity, without its `;`) that moves `sequence` from options
/// `before` to `after`. PostgreSQL refuses new bounds that leave the sequence's
/// last value outside them ("RESTART value (-200) cannot be less than MINVALUE"),
/// which is where an unused sequence stands when MINVALUE rises past its START.
/// When the bound ahead of the sequence moves (MINVALUE rising for an ascending
/// one, MAXVALUE falling for a descending one), the ALTER runs in a DO block that
/// adds RESTART (at the new START) only when the last value lies before the new
/// range: every value handed out so far is then outside the new range, so none
/// repeats. Otherwise the statement is `alter;` as it is.
std::string AlterSequenceBoundsSql(const std::string& alter, const std::string& sequence,
                                   const model::SequenceOptions& before, const model::SequenceOptions& after);

}  // namespace sd::plan
