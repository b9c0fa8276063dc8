#pragma once

#include "core/domainenums.h"

#include <optional>
#include <string>

namespace dialoog {

class Store;

struct ExportOptions
{
    std::optional<Id> employeeId; // only this employee; all when empty
    bool includePrivateNotes = false;
};

// The store (or one employee) as a "dialoog-export" version 1 JSON document
// (docs/json-format.md). Ids in the document are its own, numbered in order, so
// exporting an imported export gives the same bytes.
std::string exportJson(Store &store, const ExportOptions &options = {});

} // namespace dialoog
