#pragma once

#include "core/searchhit.h"

#include <QString>
#include <vector>

namespace dialoog {

class Store;

// Search across everything written about everyone (the search panel).
class SearchService final
{
public:
    explicit SearchService(Store &store);

    // The best `limit` hits for what was typed. Throws Failure.
    std::vector<SearchHit> find(const QString &typed, int limit);

private:
    Store &m_store;
};

} // namespace dialoog
