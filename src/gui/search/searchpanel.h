#pragma once

#include "core/searchhit.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QTimer;

namespace dialoog {

class SearchResultsModel;
class SearchService;

// Search everything written about people: a box that searches as you type and a
// list of hits. Enter (or a double click) opens the place of the current hit.
class SearchPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchPanel)

public:
    explicit SearchPanel(SearchService &search, QWidget *parent = nullptr);

    QLineEdit *searchEdit() const { return m_edit; }
    QListView *resultsView() const { return m_view; }
    SearchResultsModel *model() const { return m_model; }
    QString statusText() const;

    // Focuses the box with its text selected, so typing starts a new search.
    void focusSearch();
    // Searches the text in the box now (typing waits a moment first).
    void searchNow();

signals:
    void hitActivated(const dialoog::SearchHit &hit);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void activate(const QModelIndex &index);
    void updateStatus();

    SearchResultsModel *m_model;
    QLineEdit *m_edit;
    QListView *m_view;
    QLabel *m_status;
    QTimer *m_delay;
};

} // namespace dialoog
