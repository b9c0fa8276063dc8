#include "filedialogs.h"

#include <QFileDialog>

namespace dialoog {

bool FileDialogs::s_hasNext = false;
QString FileDialogs::s_next;

QString FileDialogs::saveFileName(QWidget *parent, const QString &caption, const QString &suggested, const QString &filter)
{
    if (std::exchange(s_hasNext, false))
        return s_next;
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

void FileDialogs::setNextSaveFileName(const QString &path)
{
    s_hasNext = true;
    s_next = path;
}

} // namespace dialoog
