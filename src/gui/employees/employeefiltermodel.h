#pragma once

#include <QSortFilterProxyModel>

namespace dialoog {

// Filters the employee list by the search text (name, role, team) and hides
// archived people unless asked; sorts by name, ignoring case and accents' order.
class EmployeeFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmployeeFilterModel)

public:
    explicit EmployeeFilterModel(QObject *parent = nullptr);

    void setShowArchived(bool show);
    bool showArchived() const { return m_showArchived; }
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_showArchived = false;
    QString m_search;
};

} // namespace dialoog
