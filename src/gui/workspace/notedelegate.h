#pragma once

#include <QHash>
#include <QStyledItemDelegate>

namespace dialoog {

// Draws the notes list's word-wrapped rows as the standard delegate does, and measures
// each note once for each width: the list asked a note's size five times while a
// workspace's docks filled (at each layout pass and batch), and each time laid the
// whole note out again.
class NoteDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoteDelegate)

public:
    explicit NoteDelegate(QObject *parent = nullptr);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    mutable QHash<QString, QSize> m_sizes;
};

} // namespace dialoog
