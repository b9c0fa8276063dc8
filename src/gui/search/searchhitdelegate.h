#pragma once

#include <QStyledItemDelegate>

namespace dialoog {

// Paints a search hit as two lines: where it belongs, and the matching text with
// the matched words in bold on the highlight colour.
class SearchHitDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchHitDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The snippet as rich text: escaped, with each match marked up.
    static QString snippetHtml(const QString &snippet, const QColor &highlight);
};

} // namespace dialoog
