#pragma once

#include "core/domainenums.h"

#include <unordered_map>
#include <utility>
#include <vector>

namespace dialoog {

// Rows of one table read in one go, handed out by their owner (an employee, a
// conversation, a goal), each owner's rows in the order they were read. The JSON export
// reads each table once this way: a statement per conversation sought each one's rows
// through an index and read pages scattered over the file many times over.
template <typename T> class GroupedRows
{
public:
    GroupedRows(std::vector<T> rows, Id T::*owner)
    {
        for (T &row : rows) {
            const Id key = row.*owner;
            m_groups[key].push_back(std::move(row));
        }
    }

    const std::vector<T> &of(Id owner) const
    {
        static const std::vector<T> none;
        const auto found = m_groups.find(owner);
        return found == m_groups.end() ? none : found->second;
    }

    // The owner's rows, given up: each is handed out once, and its memory goes with it.
    std::vector<T> take(Id owner)
    {
        const auto found = m_groups.find(owner);
        if (found == m_groups.end())
            return {};
        std::vector<T> rows = std::move(found->second);
        m_groups.erase(found);
        return rows;
    }

private:
    std::unordered_map<Id, std::vector<T>> m_groups;
};

} // namespace dialoog
