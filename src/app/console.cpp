#include "console.h"

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

} // namespace dialoog::console
