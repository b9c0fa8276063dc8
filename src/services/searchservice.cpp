#include "services/searchservice.h"

#include "store/store.h"

namespace dialoog {

SearchService::SearchService(Store &store) : m_store(store) {}

std::vector<SearchHit> SearchService::find(const QString &typed, int limit)
{
    return m_store.search().find(typed, limit);
}

} // namespace dialoog
