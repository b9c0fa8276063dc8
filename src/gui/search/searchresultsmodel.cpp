#include "gui/search/searchresultsmodel.h"

#include "core/failure.h"
#include "services/searchservice.h"

#include <QLocale>

namespace dialoog {

SearchResultsModel::SearchResultsModel(SearchService &search, QObject *parent)
    : QAbstractListModel(parent), m_search(search)
{
}

bool SearchResultsModel::search(const QString &typed)
{
    std::vector<SearchHit> hits;
    bool ok = true;
    try {
        hits = m_search.find(typed, limit);
    } catch (const Failure &e) {
        ok = false;
        emit failed(e.message());
    }
    beginResetModel();
    m_typed = typed;
    m_hits = std::move(hits);
    endResetModel();
    return ok;
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QString SearchResultsModel::placeText(const SearchHit &hit)
{
    QStringList parts{hit.employeeName};
    if (hit.date.isValid())
        parts << QLocale().toString(hit.date, QStringLiteral("d MMM yyyy"));
    // A check-in has no phases: its hits say only that they come from one.
    if (hit.conversationId != 0 && hit.kind == ConversationKind::CheckIn)
        parts << displayName(ConversationKind::CheckIn);
    else if (hit.conversationId != 0)
        parts << displayName(hit.phase);
    else
        parts << tr("between conversations");
    return parts.join(QStringLiteral(" · "));
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const SearchHit &h = hit(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        QString text = SearchHit(h).snippet.remove(SearchHit::markStart).remove(SearchHit::markEnd);
        const QString place =
            h.isPrivate ? tr("%1 (private note)").arg(placeText(h)) : placeText(h);
        return QStringLiteral("%1\n%2").arg(place, text.simplified());
    }
    case Qt::ToolTipRole:
        return h.isPrivate ? tr("A private note: never printed or exported unless you include it.")
                           : QVariant();
    case PlaceRole:
        return placeText(h);
    case SnippetRole:
        return h.snippet;
    case PrivateRole:
        return h.isPrivate;
    default:
        return {};
    }
}

} // namespace dialoog
