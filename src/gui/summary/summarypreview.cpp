#include "gui/summary/summarypreview.h"

#include "gui/platform/filedialogs.h"
#include "gui/platform/messagebox.h"
#include "gui/summary/pageview.h"
#include "report/summarypages.h"
#include "report/summaryprinter.h"
#include "services/settings.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPageSetupDialog>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QScreen>
#include <QSpinBox>
#include <QStandardPaths>
#include <QToolBar>
#include <QVBoxLayout>

namespace dialoog {

SummaryPreview::SummaryPreview(SummaryDocument summary, QPrinter &printer, Settings &settings,
                               QWidget *parent)
    : QDialog(parent), m_summary(std::move(summary)), m_printer(printer), m_settings(settings),
      m_toolbar(new QToolBar(this)), m_view(new PageView(this))
{
    setObjectName(QStringLiteral("summaryPreview"));
    m_view->setObjectName(QStringLiteral("pages"));
    m_view->setAccessibleName(tr("Pages"));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_view, 1);

    addOutputActions();
    m_toolbar->addSeparator();
    addZoomActions();
    m_toolbar->addSeparator();
    addPageActions();
    // Closed with Esc or the window's own button, as Qt's preview is: the bar keeps its
    // room for the pages' controls, in Dutch too.
    QAction *close = addAction("close", tr("&Close"), QKeySequence::Cancel);
    connect(close, &QAction::triggered, this, &QDialog::reject);

    connect(m_view, &PageView::currentPageChanged, this, &SummaryPreview::showState);
    connect(m_view, &PageView::zoomChanged, this, &SummaryPreview::showState);
    layOut();
    if (!restoreGeometry(m_settings.summaryPreviewGeometry())) {
        const QScreen *screen = parent ? parent->screen() : this->screen();
        resize(QSize(900, 1000).boundedTo(screen->availableSize() * 0.9));
    }
    m_view->setFocus();
}

SummaryPreview::~SummaryPreview() = default;

void SummaryPreview::done(int result)
{
    m_settings.setSummaryPreviewGeometry(saveGeometry());
    QDialog::done(result);
}

QAction *SummaryPreview::addAction(const char *name, const QString &text, const QKeySequence &key)
{
    auto *action = new QAction(text, this);
    action->setObjectName(QLatin1String(name));
    if (!key.isEmpty()) {
        action->setShortcut(key);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                                         key.toString(QKeySequence::NativeText)));
    }
    QWidget::addAction(action);
    return action;
}

void SummaryPreview::addOutputActions()
{
    QAction *print = addAction("print", tr("&Print…"), QKeySequence::Print);
    connect(print, &QAction::triggered, this, &SummaryPreview::print);
    QAction *exportPdf = addAction("exportPdf", tr("&Export as PDF…"),
                                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    exportPdf->setIconText(tr("PDF…"));
    connect(exportPdf, &QAction::triggered, this, &SummaryPreview::exportPdf);
    QAction *setup = addAction("pageSetup", tr("Page Set&up…"));
    setup->setToolTip(tr("Paper size, orientation and margins"));
    connect(setup, &QAction::triggered, this, &SummaryPreview::pageSetup);
    for (QAction *action : {print, exportPdf, setup})
        m_toolbar->addAction(action);
}

void SummaryPreview::addZoomActions()
{
    QAction *out = addAction("zoomOut", tr("Zoom &Out"), QKeySequence::ZoomOut);
    out->setIconText(QStringLiteral("−"));
    QAction *in = addAction("zoomIn", tr("Zoom &In"), QKeySequence::ZoomIn);
    in->setIconText(QStringLiteral("+"));
    // Ctrl+= too: on many keyboards "+" needs Shift.
    in->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_fitWidth = addAction("fitWidth", tr("Fit &Width"));
    m_fitWidth->setIconText(tr("Width"));
    m_fitWidth->setToolTip(tr("Fit the page's width to the window"));
    m_fitPage = addAction("fitPage", tr("Fit P&age"));
    m_fitPage->setIconText(tr("Whole Page"));
    m_fitPage->setToolTip(tr("Fit the whole page in the window"));
    auto *fits = new QActionGroup(this);
    fits->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
    for (QAction *fit : {m_fitWidth, m_fitPage}) {
        fit->setCheckable(true);
        fits->addAction(fit);
    }
    m_zoom = new QLabel(m_toolbar);
    m_zoom->setObjectName(QStringLiteral("zoom"));
    m_zoom->setAlignment(Qt::AlignCenter);
    m_zoom->setMinimumWidth(m_zoom->fontMetrics().horizontalAdvance(QStringLiteral("000 %")));
    m_toolbar->addAction(out);
    m_toolbar->addWidget(m_zoom);
    m_toolbar->addAction(in);
    m_toolbar->addAction(m_fitWidth);
    m_toolbar->addAction(m_fitPage);
    connect(out, &QAction::triggered, m_view, &PageView::zoomOut);
    connect(in, &QAction::triggered, m_view, &PageView::zoomIn);
    connect(m_fitWidth, &QAction::triggered, this,
            [this](bool on) { m_view->setFit(on ? PageView::Fit::Width : PageView::Fit::None); });
    connect(m_fitPage, &QAction::triggered, this,
            [this](bool on) { m_view->setFit(on ? PageView::Fit::Page : PageView::Fit::None); });
}

void SummaryPreview::addPageActions()
{
    m_first = addAction("firstPage", tr("&First Page"), QKeySequence::MoveToStartOfDocument);
    m_first->setIconText(QStringLiteral("«"));
    m_previous = addAction("previousPage", tr("Pre&vious Page"), QKeySequence::MoveToPreviousPage);
    m_previous->setIconText(QStringLiteral("‹"));
    m_next = addAction("nextPage", tr("&Next Page"), QKeySequence::MoveToNextPage);
    m_next->setIconText(QStringLiteral("›"));
    m_last = addAction("lastPage", tr("&Last Page"), QKeySequence::MoveToEndOfDocument);
    m_last->setIconText(QStringLiteral("»"));
    m_page = new QSpinBox(m_toolbar);
    m_page->setObjectName(QStringLiteral("pageNumber"));
    m_page->setAccessibleName(tr("Page"));
    m_count = new QLabel(m_toolbar);
    m_count->setObjectName(QStringLiteral("pageCount"));
    m_count->setContentsMargins(4, 0, 4, 0);
    // First and last page by their keys (Ctrl+Home, Ctrl+End); the bar keeps its room.
    m_toolbar->addAction(m_previous);
    m_toolbar->addWidget(m_page);
    m_toolbar->addWidget(m_count);
    m_toolbar->addAction(m_next);
    connect(m_first, &QAction::triggered, this, [this] { m_view->setCurrentPage(0); });
    connect(m_previous, &QAction::triggered, this,
            [this] { m_view->setCurrentPage(m_view->currentPage() - 1); });
    connect(m_next, &QAction::triggered, this,
            [this] { m_view->setCurrentPage(m_view->currentPage() + 1); });
    connect(m_last, &QAction::triggered, this,
            [this] { m_view->setCurrentPage(m_view->pageCount() - 1); });
    connect(m_page, &QSpinBox::valueChanged, this,
            [this](int page) { m_view->setCurrentPage(page - 1); });

    m_toolbar->addSeparator();
    m_single = addAction("singlePage", tr("&One Page"));
    m_single->setToolTip(tr("The pages one below the other, to read"));
    m_all = addAction("allPages", tr("All Pa&ges"));
    m_all->setToolTip(tr("Every page at once"));
    auto *spreads = new QActionGroup(this);
    for (QAction *spread : {m_single, m_all}) {
        spread->setCheckable(true);
        spreads->addAction(spread);
        m_toolbar->addAction(spread);
    }
    connect(m_single, &QAction::triggered, this,
            [this] { m_view->setSpread(PageView::Spread::Single); });
    connect(m_all, &QAction::triggered, this, [this] { m_view->setSpread(PageView::Spread::All); });
}

void SummaryPreview::layOut()
{
    auto pages = std::make_unique<SummaryPages>(m_summary, m_printer);
    m_view->setPages(pages.get());
    m_pages = std::move(pages);
    m_count->setText(tr("of %1").arg(m_pages->count()));
    showState();
}

void SummaryPreview::showState()
{
    const int current = m_view->currentPage();
    const int last = m_view->pageCount() - 1;
    {
        const QSignalBlocker quiet(m_page);
        m_page->setRange(1, last + 1);
        m_page->setValue(current + 1);
    }
    m_first->setEnabled(current > 0);
    m_previous->setEnabled(current > 0);
    m_next->setEnabled(current < last);
    m_last->setEnabled(current < last);
    m_zoom->setText(tr("%1 %").arg(qRound(m_view->zoom() * 100)));
    m_fitWidth->setChecked(m_view->fit() == PageView::Fit::Width &&
                           m_view->spread() == PageView::Spread::Single);
    m_fitPage->setChecked(m_view->fit() == PageView::Fit::Page &&
                          m_view->spread() == PageView::Spread::Single);
    m_single->setChecked(m_view->spread() == PageView::Spread::Single);
    m_all->setChecked(m_view->spread() == PageView::Spread::All);
}

void SummaryPreview::pageSetup()
{
    QPageSetupDialog dialog(&m_printer, this);
    if (dialog.exec() == QDialog::Accepted)
        layOut();
}

void SummaryPreview::print()
{
    QPrintDialog dialog(&m_printer, this);
    dialog.setOptions(QAbstractPrintDialog::PrintPageRange |
                      QAbstractPrintDialog::PrintCurrentPage | QAbstractPrintDialog::PrintToFile |
                      QAbstractPrintDialog::PrintShowPageSize);
    dialog.setMinMax(1, m_pages->count());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!m_pages->fits(m_printer)) // another printer, another resolution
        layOut();
    int first = 0;
    int last = m_pages->count() - 1;
    if (m_printer.printRange() == QPrinter::PageRange) {
        first = std::clamp(m_printer.fromPage() - 1, 0, last);
        last = std::clamp(m_printer.toPage() - 1, first, last);
    } else if (m_printer.printRange() == QPrinter::CurrentPage) {
        first = last = m_view->currentPage();
    }
    QPainter painter;
    if (!painter.begin(&m_printer)) {
        MessageBox::warning(this, tr("Print"), tr("The printer could not be started."));
        return;
    }
    m_pages->print(m_printer, painter, first, last);
    painter.end();
    accept();
}

void SummaryPreview::exportPdf()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = FileDialogs::saveFileName(this, tr("Export as PDF"),
                                             QDir(folder).filePath(summaryFileName(m_summary)),
                                             tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0)
        path += QStringLiteral(".pdf");
    QString error;
    if (!writeSummaryPdf(*m_pages, m_printer.docName(), path, &error))
        MessageBox::warning(this, tr("Export"), error);
}

} // namespace dialoog
