#pragma once

#include <QString>

class QWidget;

namespace dialoog {

// File dialogs go through here so GUI tests can answer them without a modal loop.
class FileDialogs final
{
public:
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                const QString &filter);

    static QString openFileName(QWidget *parent, const QString &caption, const QString &filter);

    // Test seam: the next dialog returns this path at once (empty: as if cancelled).
    static void setNextSaveFileName(const QString &path);
    static void setNextOpenFileName(const QString &path);

private:
    static bool s_hasNext;
    static QString s_next;
    static bool s_hasNextOpen;
    static QString s_nextOpen;
};

} // namespace dialoog
