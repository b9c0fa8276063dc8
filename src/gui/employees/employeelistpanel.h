#pragma once

#include "core/domainenums.h"

#include <QWidget>

class QLineEdit;
class QTreeView;

namespace dialoog {

class EmployeeFilterModel;
class EmployeeListModel;

// The left pane: a filter box over the list of employees.
class EmployeeListPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmployeeListPanel)

public:
    explicit EmployeeListPanel(EmployeeListModel *model, QWidget *parent = nullptr);

    Id currentId() const;
    void select(Id id);
    // Selects and focuses the list, as when someone is chosen elsewhere (the rhythm view).
    void selectAndFocus(Id id);
    void setShowArchived(bool show);
    void focusFilter();
    QTreeView *view() const { return m_view; }
    // Someone is always selected when anyone is listed, so the details are never empty.
    void selectFirstIfNone();
    QLineEdit *filterEdit() const { return m_filter; }
    // The width at which every column shows its whole text, the longest team included.
    int neededWidth() const;

signals:
    void currentChanged(dialoog::Id id);
    void activated(dialoog::Id id);
    // The list holds longer texts than before, or has just been shown.
    void neededWidthChanged(int width);

protected:
    void showEvent(QShowEvent *event) override;

private:
    int cellMargins() const;
    int titleWidth(int column) const;
    void fitDateColumns();
    // Rows first..last, or all of them afresh (first 0, last -1).
    void fitNameColumn(int first = 0, int last = -1);

    EmployeeListModel *m_model;
    EmployeeFilterModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_view;
};

} // namespace dialoog
