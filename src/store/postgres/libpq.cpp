#include "libpq.h"

#include "store/storeerror.h"

#include <QCoreApplication>
#include <QLibrary>

namespace dialoog {
namespace {

bool load(LibPq &functions)
{
    // Debian's libpq5: the version the headers Dialoog was built with belong to.
    QLibrary library(QStringLiteral("pq"), 5);
    if (!library.load())
        return false;
    bool complete = true;
#define DIALOOG_LIBPQ_RESOLVE(name)                                                                \
    functions.name = reinterpret_cast<decltype(&::name)>(library.resolve(#name));                  \
    complete = complete && functions.name != nullptr;
    DIALOOG_LIBPQ_FUNCTIONS(DIALOOG_LIBPQ_RESOLVE)
#undef DIALOOG_LIBPQ_RESOLVE
    return complete; // the library stays loaded: QLibrary's destructor does not unload
}

} // namespace

const LibPq *loadedLibPq()
{
    static const LibPq *const loaded = [] {
        static LibPq functions;
        return load(functions) ? &functions : nullptr;
    }();
    return loaded;
}

const LibPq &libpq()
{
    if (const LibPq *functions = loadedLibPq())
        return *functions;
    throw StoreError(StoreError::Kind::Other,
                     QCoreApplication::translate(
                         "dialoog::StoreError",
                         "A team server cannot be used on this computer: PostgreSQL's client "
                         "library (libpq, version 5) is not installed."));
}

} // namespace dialoog
