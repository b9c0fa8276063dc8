#include "gui/workspace/notedelegate.h"

#include <QFont>
#include <QIcon>

namespace dialoog {
namespace {
// Enough for every note of a long conversation at a few widths; emptied when full.
constexpr qsizetype kMostSizes = 4096;
} // namespace

NoteDelegate::NoteDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

// Everything the size depends on: the text, its font, the icon and its size, the width
// it wraps in, whether it wraps, and the widget's style and layout direction.
QSize NoteDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant font = index.data(Qt::FontRole);
    const QVariant icon = index.data(Qt::DecorationRole);
    const QString key =
        QStringLiteral("%1,%2|%3x%4|%5|%6|%7|%8|%9|")
            .arg(option.rect.width())
            .arg(int(option.features))
            .arg(option.decorationSize.width())
            .arg(option.decorationSize.height())
            .arg(option.font.key(), font.isValid() ? font.value<QFont>().key() : QString())
            .arg(icon.isValid() ? icon.value<QIcon>().cacheKey() : 0)
            .arg(quintptr(option.widget ? option.widget->style() : nullptr))
            .arg(int(option.direction)) +
        index.data(Qt::DisplayRole).toString();
    if (const auto known = m_sizes.constFind(key); known != m_sizes.constEnd())
        return *known;
    if (m_sizes.size() >= kMostSizes)
        m_sizes.clear();
    const QSize size = QStyledItemDelegate::sizeHint(option, index);
    m_sizes.insert(key, size);
    return size;
}

} // namespace dialoog
