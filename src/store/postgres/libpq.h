#pragma once

#include <libpq-fe.h>

namespace dialoog {

// The functions of PostgreSQL's client library that Dialoog calls.
#define DIALOOG_LIBPQ_FUNCTIONS(X)                                                                 \
    X(PQbackendPID)                                                                                \
    X(PQclear)                                                                                     \
    X(PQcmdStatus)                                                                                 \
    X(PQcmdTuples)                                                                                 \
    X(PQconnectStartParams)                                                                        \
    X(PQconnectdbParams)                                                                           \
    X(PQconnectionNeedsPassword)                                                                   \
    X(PQconnectionUsedPassword)                                                                    \
    X(PQconninfo)                                                                                  \
    X(PQconninfoFree)                                                                              \
    X(PQconninfoParse)                                                                             \
    X(PQconsumeInput)                                                                              \
    X(PQenterPipelineMode)                                                                         \
    X(PQerrorMessage)                                                                              \
    X(PQexec)                                                                                      \
    X(PQexecPrepared)                                                                              \
    X(PQexitPipelineMode)                                                                          \
    X(PQfinish)                                                                                    \
    X(PQfname)                                                                                     \
    X(PQfreemem)                                                                                   \
    X(PQgetResult)                                                                                 \
    X(PQgetisnull)                                                                                 \
    X(PQgetlength)                                                                                 \
    X(PQgetvalue)                                                                                  \
    X(PQnfields)                                                                                   \
    X(PQnotifies)                                                                                  \
    X(PQntuples)                                                                                   \
    X(PQpipelineSync)                                                                              \
    X(PQprepare)                                                                                   \
    X(PQreset)                                                                                     \
    X(PQresultErrorField)                                                                          \
    X(PQresultErrorMessage)                                                                        \
    X(PQresultStatus)                                                                              \
    X(PQsendQueryParams)                                                                           \
    X(PQsendQueryPrepared)                                                                         \
    X(PQsetNoticeProcessor)                                                                        \
    X(PQsocket)                                                                                    \
    X(PQstatus)                                                                                    \
    X(PQtransactionStatus)

// PostgreSQL's client library, opened when Dialoog first talks to a team server, not when
// it starts: with the TLS, Kerberos and LDAP libraries it brings along, it was more than
// half of the dynamic loader's work at every start, also for everyone who keeps a file.
struct LibPq
{
#define DIALOOG_LIBPQ_MEMBER(name) decltype(&::name) name = nullptr;
    DIALOOG_LIBPQ_FUNCTIONS(DIALOOG_LIBPQ_MEMBER)
#undef DIALOOG_LIBPQ_MEMBER
};

// Opens the library once. nullptr when this computer lacks it (or a function in it).
const LibPq *loadedLibPq();
// The same, but throws StoreError, in the user's words, when it is missing.
const LibPq &libpq();

} // namespace dialoog
