#pragma once

#include "core/searchhit.h"

#include <QAbstractListModel>
#include <vector>

namespace dialoog {

class SearchService;

// The hits of a full-text search, newest first. Each row is one piece of text
// with the place it belongs to.
class SearchResultsModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultsModel)

public:
    enum Role
    {
        PlaceRole = Qt::UserRole + 1,
        SnippetRole,
        PrivateRole
    };
    static constexpr int limit = 100;

    explicit SearchResultsModel(SearchService &search, QObject *parent = nullptr);

    // Runs the search; false (and failed()) when the data could not be read.
    bool search(const QString &typed);
    const QString &typed() const { return m_typed; }
    const SearchHit &hit(int row) const { return m_hits.at(std::size_t(row)); }
    // Whether there may be more hits than the ones shown.
    bool isTruncated() const { return m_hits.size() >= std::size_t(limit); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // "Sanne de Vries · 14 March 2025 · Open questions": where a hit belongs.
    static QString placeText(const SearchHit &hit);

signals:
    void failed(const QString &message);

private:
    SearchService &m_search;
    QString m_typed;
    std::vector<SearchHit> m_hits;
};

} // namespace dialoog
