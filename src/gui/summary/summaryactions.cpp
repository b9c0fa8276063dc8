#include "gui/summary/summaryactions.h"

#include "core/failure.h"
#include "gui/platform/actionregistry.h"
#include "gui/platform/filedialogs.h"
#include "gui/platform/menuicons.h"
#include "gui/platform/messagebox.h"
#include "gui/platform/translations.h"
#include "gui/summary/summarypreview.h"
#include "gui/widgets/choicemenu.h"
#include "report/pagedecor.h"
#include "report/summaryprinter.h"
#include "report/summaryrenderers.h"
#include "services/conversationoutputs.h"
#include "services/settings.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QMenu>
#include <QMimeData>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace dialoog {

SummaryActions::SummaryActions(ConversationOutputs &outputs, Settings &settings,
                               std::function<Id()> conversation, QWidget *parent,
                               std::function<void()> beforeUse)
    : QObject(parent), m_outputs(outputs), m_settings(settings),
      m_conversation(std::move(conversation)), m_beforeUse(std::move(beforeUse)), m_parent(parent),
      m_menu(new QMenu(tr("&Summary"), parent))
{
    m_preview = m_menu->addAction(tr("Print Pre&view…"));
    m_preview->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P));
    m_print = m_menu->addAction(tr("&Print…"));
    m_print->setShortcut(QKeySequence::Print);
    m_export = m_menu->addAction(tr("&Export as PDF, HTML or Markdown…"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_copy = m_menu->addAction(tr("&Copy Summary"));
    // The theme's icons only show in this menu: looked up when it first opens, as the
    // first lookup reads the icon theme (a tenth of the start-up's instructions).
    auto *icons = new MenuIcons(this);
    icons->set(m_preview, QStringLiteral("document-print-preview"));
    icons->set(m_print, QStringLiteral("document-print"));
    icons->set(m_export, QStringLiteral("document-export"));
    icons->set(m_copy, QStringLiteral("edit-copy"));
    icons->watch(m_menu);
    m_copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copy->setStatusTip(tr("Formatted and plain text, to paste into an email or an HR system"));
    m_menu->addSeparator();
    m_employeeCopy = m_menu->addAction(tr("Employee's C&opy"));
    m_employeeCopy->setCheckable(true);
    m_employeeCopy->setStatusTip(tr("Leave out private notes and points of attention"));
    m_includePrivate = m_menu->addAction(tr("Include P&rivate Notes"));
    m_includePrivate->setCheckable(true);
    m_signatures = m_menu->addAction(tr("Si&gnature Block"));
    m_signatures->setCheckable(true);
    m_signatures->setChecked(m_settings.summarySignatures());

    m_language = m_settings.summaryLanguage();
    addChoices(m_menu->addMenu(tr("&Language of the Summary")),
               {{tr("As the &Application"), QString()},
                {QStringLiteral("&English"), QStringLiteral("en")},
                {QStringLiteral("&Nederlands"), QStringLiteral("nl")}},
               m_language, [this](const QString &code) {
                   m_language = code;
                   m_settings.setSummaryLanguage(code);
               });

    connect(m_preview, &QAction::triggered, this, &SummaryActions::preview);
    connect(m_print, &QAction::triggered, this, &SummaryActions::print);
    connect(m_export, &QAction::triggered, this, &SummaryActions::exportWithDialog);
    connect(m_copy, &QAction::triggered, this, &SummaryActions::copy);
    connect(m_includePrivate, &QAction::toggled, this, &SummaryActions::setIncludePrivate);
    connect(m_employeeCopy, &QAction::toggled, this, [this](bool on) {
        if (on)
            m_includePrivate->setChecked(false);
    });
    connect(m_signatures, &QAction::toggled, this,
            [this](bool on) { m_settings.setSummarySignatures(on); });
}

void SummaryActions::registerIn(ActionRegistry &registry) const
{
    const std::pair<const char *, QAction *> named[] = {{"preview", m_preview},
                                                        {"print", m_print},
                                                        {"export", m_export},
                                                        {"copy", m_copy},
                                                        {"employeeCopy", m_employeeCopy},
                                                        {"includePrivate", m_includePrivate},
                                                        {"signatures", m_signatures}};
    for (const auto &[name, action] : named)
        registry.add(QStringLiteral("summary.") + QLatin1String(name), action);
    // The language choices carry their code ("" for the application's language).
    for (QAction *entry : m_menu->actions()) {
        if (!entry->menu())
            continue;
        for (QAction *choice : entry->menu()->actions()) {
            const QString code = choice->data().toString();
            registry.add(QStringLiteral("summary.language.") +
                             (code.isEmpty() ? QStringLiteral("application") : code),
                         choice);
        }
    }
}

void SummaryActions::setEnabled(bool enabled)
{
    for (QAction *action : {m_preview, m_print, m_export, m_copy})
        action->setEnabled(enabled);
}

void SummaryActions::setIncludePrivate(bool include)
{
    if (!include)
        return;
    m_employeeCopy->setChecked(false);
    MessageBox::warning(m_parent, tr("Private notes"),
                        tr("Summaries will include your private notes until you switch this off. "
                           "Do not hand such a summary to anyone else."));
}

SummaryOptions SummaryActions::options() const
{
    SummaryOptions o;
    o.employeeCopy = m_employeeCopy->isChecked();
    o.includePrivateNotes = m_includePrivate->isChecked();
    o.signatures = m_signatures->isChecked();
    o.managerName = m_settings.managerName();
    o.managerRole = m_settings.managerRole();
    return o;
}

SummaryDocument SummaryActions::build() const
{
    if (m_beforeUse)
        m_beforeUse();
    const LanguageScope language(m_language);
    SummaryOptions o = options();
    o.locale = QLocale();
    return m_outputs.summary(m_conversation(), o);
}

namespace {
void prepare(QPrinter &printer, const SummaryDocument &summary)
{
    // The pages the PDF export makes: the same paper, margins and resolution, so the
    // preview, the printout and the PDF break their lines and pages alike.
    setUpPage(printer, QLocale());
    printer.setResolution(kPrintResolution);
    printer.setDocName(summary.title + QStringLiteral(" — ") + summary.subtitle);
}
} // namespace

void SummaryActions::withPrinter(
    const std::function<void(const SummaryDocument &, QPrinter &)> &use)
{
    if (m_conversation() == 0)
        return;
    try {
        const SummaryDocument summary = build();
        QPrinter printer(QPrinter::HighResolution);
        prepare(printer, summary);
        use(summary, printer);
    } catch (const Failure &e) {
        MessageBox::warning(m_parent, tr("Summary"), e.message());
    }
}

void SummaryActions::preview()
{
    withPrinter([this](const SummaryDocument &summary, QPrinter &printer) {
        SummaryPreview dialog(summary, printer, m_settings, m_parent);
        dialog.setWindowTitle(tr("Print Preview — %1").arg(summary.subtitle));
        dialog.exec();
    });
}

void SummaryActions::print()
{
    withPrinter([this](const SummaryDocument &summary, QPrinter &printer) {
        QPrintDialog dialog(&printer, m_parent);
        if (dialog.exec() == QDialog::Accepted)
            paintSummary(summary, printer);
    });
}

bool SummaryActions::exportTo(const QString &path)
{
    try {
        QString error;
        if (writeSummary(build(), path, QLocale(), &error))
            return true;
        MessageBox::warning(m_parent, tr("Export"), error);
    } catch (const Failure &e) {
        MessageBox::warning(m_parent, tr("Export"), e.message());
    }
    return false;
}

void SummaryActions::exportWithDialog()
{
    if (m_conversation() == 0)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString name;
    try {
        name = summaryFileName(build());
    } catch (const Failure &) {
        name = QStringLiteral("summary.pdf");
    }
    const QString path =
        FileDialogs::saveFileName(m_parent, tr("Export Summary"), QDir(folder).filePath(name),
                                  tr("PDF (*.pdf);;HTML (*.html);;Markdown (*.md)"));
    if (!path.isEmpty())
        exportTo(path);
}

void SummaryActions::copy()
{
    if (m_conversation() == 0)
        return;
    try {
        const SummaryDocument summary = build();
        auto *data = new QMimeData;
        data->setHtml(summaryToHtml(summary));
        data->setText(summaryToPlainText(summary));
        QApplication::clipboard()->setMimeData(data);
    } catch (const Failure &e) {
        MessageBox::warning(m_parent, tr("Summary"), e.message());
    }
}

} // namespace dialoog
