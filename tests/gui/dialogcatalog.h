#pragma once

// The dialogs of the application, each made as a user meets it, for the tests that
// check every dialog (its size, its focus order), and the Dutch translation as the
// application loads it.
#include "gui/dialogs/questionbankdialog.h"
#include "gui/dialogs/restorebackupdialog.h"
#include "gui/employees/archivedialog.h"
#include "gui/employees/employeedialog.h"
#include "gui/employees/feedbackdialog.h"
#include "gui/employees/quicknotedialog.h"
#include "gui/mainwindow/mainwindow.h"
#include "gui/platform/helpwindow.h"
#include "gui/platform/messagebox.h"
#include "gui/platform/shortcutoverview.h"
#include "gui/preferences/preferencesdialog.h"
#include "gui/preparation/pasteanswersdialog.h"
#include "gui/preparation/preparationrequestdialog.h"
#include "gui/summary/calendartimedialog.h"
#include "gui/workspace/pasteresponsedialog.h"
#include "gui/workspace/questionpickerdialog.h"
#include "services/appservices.h"
#include "services/conversationdocument.h"
#include "services/employeedirectory.h"
#include "services/questionbank.h"
#include "services/settings.h"
#include "store/demodata.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTranslator>
#include <catch2/catch.hpp>
#include <functional>
#include <memory>

// The guide is a resource of the GUI library, found only once initialised (as the
// application does), and Q_INIT_RESOURCE must be used outside any namespace.
inline void initGuideResources()
{
    Q_INIT_RESOURCE(dialoog);
}

namespace dialoog::test {

inline const QString typicalName = QStringLiteral("Maximiliaan van Oldenbarnevelt");

// The Dutch translation as the application loads it, and Qt's own for its buttons.
class Language final
{
public:
    explicit Language(bool dutch) : m_dutch(dutch)
    {
        if (!dutch)
            return;
        REQUIRE(m_ours.load(QStringLiteral(DIALOOG_QM_DIR "/dialoog_nl.qm")));
        REQUIRE(m_qt.load(QLocale(QLocale::Dutch), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
        QCoreApplication::installTranslator(&m_ours);
        QCoreApplication::installTranslator(&m_qt);
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    }
    ~Language()
    {
        QCoreApplication::removeTranslator(&m_ours);
        QCoreApplication::removeTranslator(&m_qt);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
    Q_DISABLE_COPY_MOVE(Language)
    QString code() const { return m_dutch ? QStringLiteral("nl") : QStringLiteral("en"); }

private:
    bool m_dutch;
    QTranslator m_ours;
    QTranslator m_qt;
};

struct DialogWorld
{
    QTemporaryDir dir;
    Store store{dir.filePath(QStringLiteral("sizes.sqlite")), Store::Open::CreateIfMissing};
    Settings settings;
    std::unique_ptr<AppServices> services;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<ConversationDocument> document;

    DialogWorld()
    {
        QSettings().clear();
        MessageBox::setTestMode(true);
        fillDemoData(store, QDate(2026, 6, 1));
        services = std::make_unique<AppServices>(store);
        services->employees().reload();
        window = std::make_unique<MainWindow>(*services, settings);
        const Employee first = store.employees().all().front();
        const Id conversation = store.conversations().forEmployee(first.id).back().id;
        document =
            std::make_unique<ConversationDocument>(store, store.conversations().load(conversation));
    }
};

using Opener = std::function<std::unique_ptr<QDialog>(DialogWorld &)>;

using Dialogs = std::vector<std::pair<QString, Opener>>;

inline void add(Dialogs &all, const char *name, Opener open)
{
    all.emplace_back(QString::fromLatin1(name), std::move(open));
}

// The dialogs of the main window: people, feedback, questions, backups.
inline void addPeopleDialogs(Dialogs &all)
{
    add(all, "employee", [](DialogWorld &w) {
        QStringList teams;
        for (const Employee &e : w.store.employees().all())
            teams << e.team;
        teams.removeDuplicates();
        return std::make_unique<EmployeeDialog>(Employee{}, teams);
    });
    add(all, "archive", [](DialogWorld &) {
        return std::make_unique<ArchiveDialog>(typicalName, QDate(2026, 6, 1),
                                               Settings::defaultLeaverRetentionYears);
    });
    add(all, "quick-note",
        [](DialogWorld &) { return std::make_unique<QuickNoteDialog>(typicalName); });
    add(all, "feedback", [](DialogWorld &) {
        return std::make_unique<FeedbackDialog>(typicalName, QDate(2026, 6, 1));
    });
    add(all, "question-bank", [](DialogWorld &w) {
        return std::make_unique<QuestionBankDialog>(w.services->questionBank(),
                                                    QLocale().name().left(2));
    });
    add(all, "question-picker", [](DialogWorld &w) {
        const std::vector<Question> offered = w.services->questionBank().load(QStringLiteral("en"));
        return std::make_unique<QuestionPickerDialog>(offered, offered);
    });
    add(all, "restore-backup", [](DialogWorld &) {
        BackupInfo backup{QStringLiteral("/tmp/a.sqlite"),
                          QDateTime(QDate(2026, 5, 31), QTime(9, 15)),
                          BackupReason::BeforeRetention,
                          {},
                          1 << 20,
                          12,
                          148};
        return std::make_unique<RestoreBackupDialog>(std::vector<BackupInfo>{backup, backup});
    });
}

// The dialogs of a conversation's workspace.
inline void addConversationDialogs(Dialogs &all)
{
    add(all, "self-reflection-request", [](DialogWorld &w) {
        return std::make_unique<PreparationRequestDialog>(PreparationRequest::Kind::SelfReflection,
                                                          w.document->record(), typicalName);
    });
    add(all, "feedback-request", [](DialogWorld &w) {
        return std::make_unique<PreparationRequestDialog>(PreparationRequest::Kind::Feedback,
                                                          w.document->record(), typicalName);
    });
    add(all, "paste-response",
        [](DialogWorld &w) { return std::make_unique<PasteResponseDialog>(*w.document); });
    add(all, "paste-answers", [](DialogWorld &w) {
        return std::make_unique<PasteAnswersDialog>(
            *w.document, PreparationRequest::Kind::SelfReflection, typicalName);
    });
}

// The application's own: preferences, help, the invite time and a message box.
inline void addApplicationDialogs(Dialogs &all)
{
    add(all, "preferences", [](DialogWorld &w) {
        return std::make_unique<PreferencesDialog>(w.settings, [](const QString &, QWidget *) {});
    });
    add(all, "shortcuts", [](DialogWorld &w) {
        return std::make_unique<ShortcutOverview>(w.window->actionRegistry(), w.window.get());
    });
    add(all, "help", [](DialogWorld &) {
        initGuideResources();
        auto help = std::make_unique<HelpWindow>();
        help->open(QStringLiteral("start"));
        return help;
    });
    add(all, "calendar-time", [](DialogWorld &) {
        return std::make_unique<CalendarTimeDialog>(
            QCoreApplication::translate("dialoog::CalendarActions", "Calendar Invite"),
            QTime(9, 30), 60);
    });
    add(all, "message-box", [](DialogWorld &) {
        // As MessageBox::warning shows one, with one of the longest messages.
        return std::make_unique<QMessageBox>(
            QMessageBox::Warning,
            QCoreApplication::translate("dialoog::PreparationRequestDialog", "Ask for Feedback"),
            QCoreApplication::translate(
                "dialoog::PreparationRequestDialog",
                "No mail program opened the message. Use Copy Text and paste it into a new mail."),
            QMessageBox::Ok);
    });
}

inline Dialogs everyDialog()
{
    Dialogs all;
    addPeopleDialogs(all);
    addConversationDialogs(all);
    addApplicationDialogs(all);
    return all;
}

} // namespace dialoog::test
