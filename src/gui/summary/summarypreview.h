#pragma once

#include "report/summarydocument.h"

#include <QDialog>
#include <QPageLayout>
#include <memory>

class QAction;
class QLabel;
class QPrinter;
class QSpinBox;
class QToolBar;

namespace dialoog {

class PageView;
class Settings;
class SummaryPages;

// The summary's print preview: the pages as `printer` prints them, laid out once and
// painted as they come into view. Zoom, fit, paging, Page Setup (the pages follow),
// Print (what is shown) and Export as PDF. Esc closes it.
class SummaryPreview final : public QDialog
{
    Q_OBJECT

public:
    SummaryPreview(SummaryDocument summary, QPrinter &printer, Settings &settings,
                   QWidget *parent = nullptr);
    ~SummaryPreview() override;

    PageView *pageView() const { return m_view; }

    void done(int result) override;

private:
    QAction *addAction(const char *name, const QString &text, const QKeySequence &key = {});
    void addZoomActions();
    void addPageActions();
    void addOutputActions();
    void layOut();
    void showState();
    void pageSetup();
    void print();
    void exportPdf();

    SummaryDocument m_summary;
    QPrinter &m_printer;
    Settings &m_settings;
    std::unique_ptr<SummaryPages> m_pages;
    QToolBar *m_toolbar = nullptr;
    PageView *m_view = nullptr;
    QLabel *m_zoom = nullptr;
    QSpinBox *m_page = nullptr;
    QLabel *m_count = nullptr;
    QAction *m_fitWidth = nullptr;
    QAction *m_fitPage = nullptr;
    QAction *m_single = nullptr;
    QAction *m_all = nullptr;
    QAction *m_first = nullptr;
    QAction *m_previous = nullptr;
    QAction *m_next = nullptr;
    QAction *m_last = nullptr;
};

} // namespace dialoog
