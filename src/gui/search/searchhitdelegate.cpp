#include "gui/search/searchhitdelegate.h"

#include "core/searchhit.h"
#include "gui/search/searchresultsmodel.h"

#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace dialoog {

namespace {

constexpr int margin = 4;

QTextDocument *layout(QTextDocument &doc, const QStyleOptionViewItem &option,
                      const QModelIndex &index, bool selected)
{
    const QPalette &palette = option.palette;
    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor placeColour = selected ? text : palette.color(QPalette::PlaceholderText);
    QString place = index.data(SearchResultsModel::PlaceRole).toString().toHtmlEscaped();
    if (index.data(SearchResultsModel::PrivateRole).toBool())
        place +=
            QStringLiteral(" · <b>%1</b>").arg(SearchResultsModel::tr("Private").toHtmlEscaped());
    // The snippet is plain text; its whitespace runs are folded so each hit stays compact.
    const QString snippet = index.data(SearchResultsModel::SnippetRole).toString().simplified();
    const QColor mark =
        selected ? palette.color(QPalette::Highlight).lighter(130) : QColor(255, 230, 120);
    doc.setDefaultFont(option.font);
    doc.setDocumentMargin(margin);
    doc.setHtml(QStringLiteral("<div style='color:%1'>%2</div><div style='color:%3'>%4</div>")
                    .arg(placeColour.name(), place, text.name(),
                         SearchHitDelegate::snippetHtml(snippet, mark)));
    doc.setTextWidth(option.rect.width() > 0 ? option.rect.width() : 400);
    return &doc;
}

} // namespace

QString SearchHitDelegate::snippetHtml(const QString &snippet, const QColor &highlight)
{
    QString html;
    QString run;
    const auto flush = [&html, &run] {
        html += run.toHtmlEscaped();
        run.clear();
    };
    for (const QChar c : snippet) {
        if (c == SearchHit::markStart) {
            flush();
            html += QStringLiteral("<b style='background-color:%1; color:black'>")
                        .arg(highlight.name());
        } else if (c == SearchHit::markEnd) {
            flush();
            html += QStringLiteral("</b>");
        } else {
            run += c;
        }
    }
    flush();
    return html;
}

void SearchHitDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const bool selected = opt.state & QStyle::State_Selected;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    QTextDocument doc;
    layout(doc, opt, index, selected);
    painter->save();
    painter->translate(opt.rect.topLeft());
    painter->setClipRect(QRect(QPoint(0, 0), opt.rect.size()));
    doc.drawContents(painter);
    painter->restore();
}

QSize SearchHitDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QTextDocument doc;
    layout(doc, opt, index, false);
    return QSize(int(doc.idealWidth()), int(doc.size().height()));
}

} // namespace dialoog
