// Issue 18: every dialog fits its text, in English and Dutch, at the normal font and at
// 150 %. Set DIALOOG_DIALOG_SHOTS to a folder to keep a picture of each dialog there.
#include "gui/dialogs/questionbankdialog.h"
#include "gui/dialogs/restorebackupdialog.h"
#include "gui/employees/employeedialog.h"
#include "gui/employees/feedbackdialog.h"
#include "gui/employees/quicknotedialog.h"
#include "gui/mainwindow/mainwindow.h"
#include "gui/platform/helpwindow.h"
#include "gui/platform/shortcutoverview.h"
#include "gui/preferences/preferencesdialog.h"
#include "gui/preparation/pasteanswersdialog.h"
#include "gui/preparation/preparationrequestdialog.h"
#include "gui/summary/calendartimedialog.h"
#include "gui/workspace/questionpickerdialog.h"
#include "guitestsupport.h"
#include "services/appservices.h"
#include "services/conversationdocument.h"
#include "services/employeedirectory.h"
#include "services/questionbank.h"
#include "services/settings.h"
#include "store/demodata.h"
#include "store/store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStyle>
#include <QStyleOptionButton>
#include <QStyleOptionComboBox>
#include <QStyleOptionFrame>
#include <QTemporaryDir>
#include <QTextDocumentFragment>
#include <QTranslator>
#include <QTreeView>
#include <functional>
#include <memory>

using namespace dialoog;
using namespace dialoog::test;

// The guide is a resource of the GUI library, found only once initialised (as the
// application does), and Q_INIT_RESOURCE must be used outside any namespace.
static void initGuideResources()
{
    Q_INIT_RESOURCE(dialoog);
}

namespace {

const QString typicalName = QStringLiteral("Maximiliaan van Oldenbarnevelt");
const QString typicalEmail = QStringLiteral("marieke.van.den.berg@example.org");

// The text as drawn: no mnemonic ampersands, no markup.
QString drawn(QString text)
{
    if (text.contains(QLatin1Char('<')))
        text = QTextDocumentFragment::fromHtml(text).toPlainText();
    return text.replace(QStringLiteral("&&"), QStringLiteral("\x01"))
        .remove(QLatin1Char('&'))
        .replace(QLatin1Char('\x01'), QLatin1Char('&'));
}

QString nameOf(const QWidget *w)
{
    return QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') +
           (w->objectName().isEmpty() ? QStringLiteral("(unnamed)") : w->objectName());
}

int advance(const QWidget *w, const QString &text)
{
    return w->fontMetrics().horizontalAdvance(text);
}

// The room a line edit gives its text: its contents rectangle in its style, less the
// text margins and the 2 px QLineEdit keeps free on either side.
int textRoom(const QLineEdit *edit)
{
    QStyleOptionFrame option;
    option.initFrom(edit);
    option.rect = edit->rect();
    option.lineWidth = edit->hasFrame()
                           ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit)
                           : 0;
    option.state |= QStyle::State_Sunken;
    const QRect contents =
        edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit);
    const QMargins margins = edit->textMargins();
    return contents.width() - margins.left() - margins.right() - 2 * 2;
}

int textRoom(const QComboBox *combo)
{
    if (combo->isEditable())
        return textRoom(combo->lineEdit());
    QStyleOptionComboBox option;
    option.initFrom(combo);
    option.frame = combo->hasFrame();
    option.subControls = QStyle::SC_All;
    option.currentText = combo->currentText();
    // The label is drawn 1 px in from either side of the edit field.
    return combo->style()
               ->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo)
               .width() -
           2;
}

int textRoom(const QAbstractButton *button)
{
    QStyleOptionButton option;
    option.initFrom(button);
    option.text = button->text();
    option.icon = button->icon();
    option.iconSize = button->iconSize();
    QStyle::SubElement element = QStyle::SE_PushButtonContents;
    if (qobject_cast<const QCheckBox *>(button))
        element = QStyle::SE_CheckBoxContents;
    else if (qobject_cast<const QRadioButton *>(button))
        element = QStyle::SE_RadioButtonContents;
    const int icon = button->icon().isNull() ? 0 : button->iconSize().width() + 4;
    return button->style()->subElementRect(element, &option, button).width() - icon;
}

void checkLabels(const QDialog *dialog, QStringList &problems)
{
    for (const QLabel *label : dialog->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(dialog))
            continue;
        // A label with nothing to say is an empty strip in the dialog.
        if (label->text().isEmpty() && label->pixmap().isNull() && label->height() > 0 &&
            qobject_cast<const QWidget *>(label->parent()) == dialog) {
            problems << QStringLiteral("%1 is empty but takes %2 px")
                            .arg(nameOf(label))
                            .arg(label->height());
            continue;
        }
        if (label->text().isEmpty())
            continue;
        const int room = label->contentsRect().width() - 2 * label->margin();
        if (label->wordWrap()) {
            if (label->heightForWidth(label->width()) > label->height())
                problems << QStringLiteral("%1 \"%2\" needs %3 px height, has %4")
                                .arg(nameOf(label), drawn(label->text()).left(40))
                                .arg(label->heightForWidth(label->width()))
                                .arg(label->height());
            continue;
        }
        for (const QString &line : drawn(label->text()).split(QLatin1Char('\n'))) {
            if (advance(label, line) > room)
                problems << QStringLiteral("%1 \"%2\" needs %3 px, has %4")
                                .arg(nameOf(label), line)
                                .arg(advance(label, line))
                                .arg(room);
        }
    }
}

void checkFits(const QWidget *field, const QString &text, int room, QStringList &problems)
{
    if (!text.isEmpty() && advance(field, text) > room)
        problems << QStringLiteral("%1 \"%2\" needs %3 px, has %4")
                        .arg(nameOf(field), text)
                        .arg(advance(field, text))
                        .arg(room);
}

void checkFields(const QDialog *dialog, QStringList &problems)
{
    for (const QLineEdit *edit : dialog->findChildren<QLineEdit *>()) {
        if (!edit->isVisibleTo(dialog))
            continue;
        checkFits(edit, edit->text(), textRoom(edit), problems);
        checkFits(edit, edit->placeholderText(), textRoom(edit), problems);
    }
    for (const QComboBox *combo : dialog->findChildren<QComboBox *>()) {
        if (!combo->isVisibleTo(dialog))
            continue;
        // Every choice, not only the current one: each can be chosen.
        for (int i = 0; i < combo->count(); ++i)
            checkFits(combo, combo->itemText(i), textRoom(combo), problems);
    }
    for (const QPlainTextEdit *edit : dialog->findChildren<QPlainTextEdit *>()) {
        if (!edit->isVisibleTo(dialog) || edit->placeholderText().isEmpty())
            continue;
        // The placeholder wraps; it must fit the view at its width.
        const QRect view = edit->viewport()->rect().adjusted(4, 4, -4, -4);
        const QRect needed =
            edit->fontMetrics().boundingRect(view, Qt::TextWordWrap, edit->placeholderText());
        if (needed.height() > view.height() || needed.width() > view.width())
            problems << QStringLiteral("%1 placeholder needs %2x%3 px, has %4x%5")
                            .arg(nameOf(edit))
                            .arg(needed.width())
                            .arg(needed.height())
                            .arg(view.width())
                            .arg(view.height());
    }
    for (const QAbstractButton *button : dialog->findChildren<QAbstractButton *>()) {
        if (button->isVisibleTo(dialog) &&
            (qobject_cast<const QPushButton *>(button) || qobject_cast<const QCheckBox *>(button) ||
             qobject_cast<const QRadioButton *>(button)))
            checkFits(button, drawn(button->text()), textRoom(button), problems);
    }
}

// Every column of a list or tree as wide as its header and its widest entry.
void checkColumns(const QDialog *dialog, QStringList &problems)
{
    for (const QTreeView *tree : dialog->findChildren<QTreeView *>()) {
        if (!tree->isVisibleTo(dialog) || !tree->model())
            continue;
        const QHeaderView *header = tree->header();
        for (int c = 0; c < tree->model()->columnCount(); ++c) {
            const int room = tree->columnWidth(c);
            const QString title = tree->model()->headerData(c, Qt::Horizontal).toString();
            const int wanted =
                std::max(static_cast<const QAbstractItemView *>(tree)->sizeHintForColumn(c),
                         header->isHidden() ? 0 : advance(header, title) + 8);
            if (wanted > room)
                problems << QStringLiteral("%1 column \"%2\" needs %3 px, has %4")
                                .arg(nameOf(tree), title)
                                .arg(wanted)
                                .arg(room);
        }
    }
}

// No empty strip: the lowest widget ends at the bottom margin, and a dialog with nothing
// that grows is no taller than its content asks.
void checkNoEmptyStrip(const QDialog *dialog, QStringList &problems)
{
    int lowest = 0;
    bool grows = false;
    for (const QWidget *w : dialog->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (!w->isVisibleTo(dialog) || w->isWindow())
            continue;
        lowest = std::max(lowest, w->geometry().bottom() + 1);
    }
    for (const QWidget *w : dialog->findChildren<QWidget *>()) {
        if (w->isVisibleTo(dialog) && (w->sizePolicy().verticalPolicy() & QSizePolicy::ExpandFlag))
            grows = true;
    }
    const QLayout *layout = dialog->layout();
    REQUIRE(layout);
    const int gap = dialog->height() - lowest - layout->contentsMargins().bottom();
    if (gap > 2)
        problems << QStringLiteral("an empty strip of %1 px under the last widget").arg(gap);
    const int wanted = layout->hasHeightForWidth() ? layout->totalHeightForWidth(dialog->width())
                                                   : layout->totalSizeHint().height();
    if (!grows && dialog->height() > wanted + 4)
        problems << QStringLiteral("%1 px tall where its content needs %2")
                        .arg(dialog->height())
                        .arg(wanted);
}

QStringList clippedIn(QDialog *dialog)
{
    QStringList problems;
    checkLabels(dialog, problems);
    checkFields(dialog, problems);
    checkColumns(dialog, problems);
    checkNoEmptyStrip(dialog, problems);
    return problems;
}

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

// The application font at `scale` times its size, for the widgets made while it lives.
class FontScale final
{
public:
    explicit FontScale(double scale) : m_old(QApplication::font())
    {
        QFont font = m_old;
        if (m_old.pointSizeF() > 0)
            font.setPointSizeF(m_old.pointSizeF() * scale);
        else
            font.setPixelSize(qRound(m_old.pixelSize() * scale));
        QApplication::setFont(font);
    }
    ~FontScale() { QApplication::setFont(m_old); }
    Q_DISABLE_COPY_MOVE(FontScale)

private:
    QFont m_old;
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

void add(Dialogs &all, const char *name, Opener open)
{
    all.emplace_back(QString::fromLatin1(name), std::move(open));
}

// The dialogs of the main window: people, feedback, questions, backups.
void addPeopleDialogs(Dialogs &all)
{
    add(all, "employee", [](DialogWorld &w) {
        QStringList teams;
        for (const Employee &e : w.store.employees().all())
            teams << e.team;
        teams.removeDuplicates();
        return std::make_unique<EmployeeDialog>(Employee{}, teams);
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
void addConversationDialogs(Dialogs &all)
{
    add(all, "self-reflection-request", [](DialogWorld &w) {
        return std::make_unique<PreparationRequestDialog>(PreparationRequest::Kind::SelfReflection,
                                                          w.document->record(), typicalName);
    });
    add(all, "feedback-request", [](DialogWorld &w) {
        return std::make_unique<PreparationRequestDialog>(PreparationRequest::Kind::Feedback,
                                                          w.document->record(), typicalName);
    });
    add(all, "paste-answers", [](DialogWorld &w) {
        return std::make_unique<PasteAnswersDialog>(
            *w.document, PreparationRequest::Kind::SelfReflection, typicalName);
    });
}

// The application's own: preferences, help, the invite time and a message box.
void addApplicationDialogs(Dialogs &all)
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

Dialogs everyDialog()
{
    Dialogs all;
    addPeopleDialogs(all);
    addConversationDialogs(all);
    addApplicationDialogs(all);
    return all;
}

QStringList showAndCheck(QDialog *dialog, const QString &shot)
{
    dialog->show();
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    QApplication::processEvents();
    const QByteArray folder = qgetenv("DIALOOG_DIALOG_SHOTS");
    if (!folder.isEmpty() && !shot.isEmpty())
        dialog->grab().save(QDir(QString::fromLocal8Bit(folder)).filePath(shot + ".png"));
    return clippedIn(dialog);
}

} // namespace

TEST_CASE("every dialog shows its labels, fields and buttons whole, with no empty strip, in "
          "English and Dutch at the normal font and at 150 %")
{
    const bool dutch = GENERATE(false, true);
    const double scale = GENERATE(1.0, 1.5);
    const Language language(dutch);
    const FontScale font(scale);
    DialogWorld world;
    for (const auto &[name, open] : everyDialog()) {
        const std::unique_ptr<QDialog> dialog = open(world);
        const QString shot = scale == 1.0 ? name + QLatin1Char('-') + language.code() : QString();
        QStringList problems = showAndCheck(dialog.get(), shot);
        if (auto *preferences = qobject_cast<PreferencesDialog *>(dialog.get())) {
            for (int page = 1; page < preferences->pageList()->count(); ++page) {
                preferences->showPage(page);
                QApplication::processEvents();
                problems << clippedIn(preferences);
                if (!shot.isEmpty())
                    showAndCheck(preferences, shot + QStringLiteral("-%1").arg(page + 1));
            }
        }
        if (auto *employee = qobject_cast<EmployeeDialog *>(dialog.get())) {
            // Typed in, a full name and an e-mail address fit without scrolling.
            auto *nameEdit = child<QLineEdit>(employee, "nameEdit");
            auto *emailEdit = child<QLineEdit>(employee, "emailEdit");
            QStringList typed;
            checkFits(nameEdit, typicalName, textRoom(nameEdit), typed);
            checkFits(emailEdit, typicalEmail, textRoom(emailEdit), typed);
            problems << typed;
        }
        INFO(name.toStdString() << " in " << language.code().toStdString() << " at " << scale
                                << "x font, " << dialog->width() << "x" << dialog->height()
                                << " px:\n  "
                                << problems.join(QStringLiteral("\n  ")).toStdString());
        CHECK(problems.isEmpty());
        dialog->close();
    }
}

TEST_CASE("the size check finds a field narrowed back, a clipped label and an empty strip")
{
    DialogWorld world;
    EmployeeDialog dialog(Employee{}, {});
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *emailEdit = child<QLineEdit>(&dialog, "emailEdit");
    QStringList typed;
    checkFits(emailEdit, typicalEmail, textRoom(emailEdit), typed);
    REQUIRE(typed.isEmpty());

    // The field as it was before issue 18: about 120 px.
    emailEdit->setMinimumWidth(0);
    emailEdit->setFixedWidth(120);
    QApplication::processEvents();
    checkFits(emailEdit, typicalEmail, textRoom(emailEdit), typed);
    CHECK_FALSE(typed.isEmpty());

    // A label given less room than its text, and a dialog taller than its content.
    auto *label = child<QLabel>(&dialog, "rhythmLabel");
    label->setFixedWidth(advance(label, drawn(label->text())) / 2);
    dialog.resize(dialog.width(), dialog.height() + 80);
    QApplication::processEvents();
    const QStringList problems = clippedIn(&dialog);
    INFO(problems.join(QStringLiteral("\n")).toStdString());
    CHECK(problems.filter(QStringLiteral("rhythmLabel")).size() == 1);
    CHECK(problems.filter(QStringLiteral("tall where")).size() == 1);
}
