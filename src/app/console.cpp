#include "console.h"

#include <QtGlobal>

namespace dialoog::console {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

int fail(const QString &message)
{
    QTextStream(stderr) << "dialoog: " << message << Qt::endl;
    return 1;
}

int lockWaitMs()
{
    return qEnvironmentVariableIsSet("DIALOOG_LOCK_WAIT_MS")
               ? qEnvironmentVariableIntValue("DIALOOG_LOCK_WAIT_MS")
               : 10000;
}

} // namespace dialoog::console
