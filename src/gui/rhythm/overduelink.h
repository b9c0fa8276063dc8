#pragma once

#include <QLabel>

class QKeySequence;

namespace dialoog {

// "3 conversations are overdue" in the main window's status bar: a link to the rhythm
// view, hidden while nobody is overdue.
class OverdueLink final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverdueLink)

public:
    explicit OverdueLink(QWidget *parent = nullptr);

    // `keys` open the rhythm view too; the tooltip names them.
    void setOverdue(int count, const QKeySequence &keys);
    // While the list has its first rows only: the count needs everyone.
    void setCounting();
};

} // namespace dialoog
