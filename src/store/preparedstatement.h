#pragma once

#include <QtGlobal>
#include <string_view>

namespace dialoog {

// One prepared statement of a backend (SQLite or PostgreSQL). Statement is the face the
// rest of the store uses; this is what it delegates to. Failures throw StoreError.
// Parameters are numbered from 1, columns from 0.
class PreparedStatement
{
public:
    virtual ~PreparedStatement() = default;

    virtual void bindInt64(int index, qint64 value) = 0;
    // `utf8` with a null data pointer is bound as NULL; an empty one as ''.
    virtual void bindText(int index, std::string_view utf8) = 0;
    virtual void bindNull(int index) = 0;

    // Runs the statement on the first call; true while a row is available.
    virtual bool step() = 0;
    // Ready to run again, with no parameters bound.
    virtual void reset() = 0;

    virtual qint64 int64(int column) const = 0;
    // Valid until the next step() or reset().
    virtual std::string_view text(int column) const = 0;
    virtual bool isNull(int column) const = 0;
};

} // namespace dialoog
