#include "gui/platform/filedialogs.h"

#include <QFileDialog>

namespace dialoog {

bool FileDialogs::s_hasNext = false;
QString FileDialogs::s_next;
bool FileDialogs::s_hasNextOpen = false;
QString FileDialogs::s_nextOpen;

QString FileDialogs::openFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    if (std::exchange(s_hasNextOpen, false))
        return s_nextOpen;
    return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
}

void FileDialogs::setNextOpenFileName(const QString &path)
{
    s_hasNextOpen = true;
    s_nextOpen = path;
}

QString FileDialogs::saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                  const QString &filter)
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
