#include "gui/dialogs/questionbankdialog.h"
#include "gui/employees/employeedialog.h"
#include "gui/employees/employeelistpanel.h"
#include "gui/mainwindow/mainwindow.h"
#include "gui/platform/shortcutoverview.h"
#include "gui/preferences/preferencesdialog.h"
#include "gui/workspace/workspacewindow.h"
#include "guitestsupport.h"
#include "report/summarybuilder.h"
#include "report/summaryrenderers.h"
#include "services/appservices.h"
#include "services/employeedirectory.h"
#include "services/settings.h"
#include "store/demodata.h"
#include "store/store.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSet>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTextDocumentFragment>
#include <QTranslator>
#include <QTreeView>
#include <QXmlStreamReader>

using namespace dialoog;
using namespace dialoog::test;

namespace {

QString clean(QString text)
{
    if (text.contains(QLatin1Char('<')))
        text = QTextDocumentFragment::fromHtml(text).toPlainText();
    return text.remove(QLatin1Char('&')).trimmed();
}

// Every English source text of the translation file.
QSet<QString> englishSources()
{
    QFile file(QStringLiteral(DIALOOG_TS_FILE));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QSet<QString> sources;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement &&
            xml.name() == QLatin1String("source"))
            sources.insert(clean(xml.readElementText()));
    }
    return sources;
}

void collect(QWidget *root, QStringList &shown)
{
    const auto add = [&shown](const QString &text) {
        if (!clean(text).isEmpty())
            shown << clean(text);
    };
    add(root->windowTitle());
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (auto *label = qobject_cast<QLabel *>(w))
            add(label->text());
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(button->text());
        if (auto *spin = qobject_cast<QSpinBox *>(w)) {
            add(spin->suffix());
            add(spin->specialValueText());
        }
        if (auto *box = qobject_cast<QGroupBox *>(w))
            add(box->title());
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            add(edit->placeholderText());
        if (auto *edit = qobject_cast<QPlainTextEdit *>(w))
            add(edit->placeholderText());
        if (auto *combo = qobject_cast<QComboBox *>(w); combo && !combo->isEditable())
            for (int i = 0; i < combo->count(); ++i)
                add(combo->itemText(i));
        if (auto *dock = qobject_cast<QDockWidget *>(w))
            add(dock->windowTitle());
        if (auto *view = qobject_cast<QTreeView *>(w); view && view->model())
            for (int c = 0; c < view->model()->columnCount(); ++c)
                add(view->model()->headerData(c, Qt::Horizontal).toString());
        if (auto *menu = qobject_cast<QMenu *>(w)) {
            add(menu->title());
            for (QAction *a : menu->actions())
                add(a->text());
        }
    }
}

} // namespace

TEST_CASE("with the Dutch translation loaded, no visible string of the windows, pages, dialogs or "
          "summary stays English")
{
    QTranslator dutch;
    REQUIRE(dutch.load(QStringLiteral(DIALOOG_QM_DIR "/dialoog_nl.qm")));
    QCoreApplication::installTranslator(&dutch);
    QTranslator qt; // Qt's own buttons (Cancel, OK), as the application loads them
    REQUIRE(qt.load(QLocale(QLocale::Dutch), QStringLiteral("qtbase"), QStringLiteral("_"),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    QCoreApplication::installTranslator(&qt);
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    MessageBox::setTestMode(true);
    QSettings().clear();
    QStringList shown;
    {
        QTemporaryDir dir;
        Store store(dir.filePath(QStringLiteral("nl.sqlite")), Store::Open::CreateIfMissing);
        fillDemoData(store, QDate(2026, 6, 1));
        Settings settings;
        AppServices services(store);
        EmployeeDirectory &directory = services.employees();
        directory.reload();
        MainWindow window(services, settings);
        window.show();
        collect(&window, shown);
        const Id conversation =
            store.conversations().forEmployee(store.employees().all().front().id).back().id;
        WorkspaceWindow *workspace = window.openConversation(conversation);
        REQUIRE(workspace);
        for (Phase phase : conversationPhases) // each page is built when first shown
            workspace->page(phase);
        collect(workspace, shown);
        EmployeeDialog employee(store.employees().all().front(), {}, &window);
        collect(&employee, shown);
        QuestionBankDialog bank(services.questionBank(), QStringLiteral("nl"), &window);
        collect(&bank, shown);
        PreferencesDialog preferences(
            settings, [](const QString &, QWidget *) {}, &window);
        collect(&preferences, shown);
        for (QListWidgetItem *page :
             preferences.pageList()->findItems(QStringLiteral("*"), Qt::MatchWildcard))
            shown << clean(page->text());
        ShortcutOverview shortcuts(window.actionRegistry(), &window);
        collect(&shortcuts, shown);
        SummaryOptions options;
        options.locale = QLocale();
        const QString summary = summaryToPlainText(buildSummary(store, conversation, options));
        for (const QString &line : summary.split(QLatin1Char('\n')))
            shown << clean(line.section(QLatin1Char(':'), 0, 0));
        workspace->close();
    }
    QCoreApplication::removeTranslator(&dutch);
    QCoreApplication::removeTranslator(&qt);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));

    // Words that are the same in both languages, and names.
    const QSet<QString> same = {
        QStringLiteral("Dialoog"),    QStringLiteral("Feedback"), QStringLiteral("Team"),
        QStringLiteral("Project"),    QStringLiteral("Training"), QStringLiteral("Open"),
        QStringLiteral("Status"),     QStringLiteral("Help"),     QStringLiteral("English"),
        QStringLiteral("Nederlands"), QStringLiteral("Manager"),  QStringLiteral("Team:"),
        QStringLiteral("Status:"),    QStringLiteral("min"),      QStringLiteral("Check-in"),
        QStringLiteral("+1 week")};
    const QSet<QString> english = englishSources();
    QStringList untranslated;
    for (const QString &text : std::as_const(shown)) {
        if (english.contains(text) && !same.contains(text) && !untranslated.contains(text))
            untranslated << text;
    }
    INFO("still English: " << untranslated.join(QStringLiteral(" | ")).toStdString());
    CHECK(untranslated.isEmpty());
    CHECK(shown.size() > 150);
}
