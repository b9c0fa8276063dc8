#include "gui/dialogs/questionbankdialog.h"
#include "gui/employees/employeedialog.h"
#include "gui/mainwindow/mainwindow.h"
#include "gui/workspace/phasepage.h"
#include "gui/workspace/workspacewindow.h"
#include "guitestsupport.h"
#include "services/appservices.h"
#include "services/employeedirectory.h"
#include "services/settings.h"
#include "store/demodata.h"
#include "store/store.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTemporaryDir>

using namespace dialoog;

namespace {

// Interactive widgets a screen reader cannot name.
QStringList nameless(QWidget *root)
{
    QStringList missing;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        const bool interactive =
            qobject_cast<QLineEdit *>(w) || qobject_cast<QPlainTextEdit *>(w) ||
            qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QComboBox *>(w) ||
            qobject_cast<QAbstractButton *>(w) || qobject_cast<QAbstractItemView *>(w);
        if (!interactive || !w->isVisibleTo(root) || w->focusPolicy() == Qt::NoFocus)
            continue;
        if (qobject_cast<QLineEdit *>(w) && qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
            continue; // the editor inside a spin box or date edit: the box itself is named
        if (qobject_cast<QLineEdit *>(w) && qobject_cast<QComboBox *>(w->parentWidget()))
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(w);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            missing << QStringLiteral("%1 \"%2\" in %3")
                           .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                                QString::fromLatin1(w->parentWidget()->metaObject()->className()));
    }
    return missing;
}

} // namespace

TEST_CASE("every interactive control of the windows and dialogs has a name a screen reader can say")
{
    QSettings().clear();
    MessageBox::setTestMode(true);
    QTemporaryDir dir;
    Store store(dir.filePath(QStringLiteral("a11y.sqlite")), Store::Open::CreateIfMissing);
    fillDemoData(store, QDate(2026, 6, 1));
    Settings settings;
    AppServices services(store);
    EmployeeDirectory &directory = services.employees();
    directory.reload();
    MainWindow window(services, settings);
    window.show();
    QStringList missing = nameless(&window);
    WorkspaceWindow *workspace = window.openConversation(
        store.conversations().forEmployee(store.employees().all().front().id).back().id);
    REQUIRE(workspace);
    for (const Phase phase : {Phase::Preparation, Phase::Goals, Phase::Questions, Phase::WrapUp})
        missing << nameless(workspace->page(phase));
    missing << nameless(workspace);
    EmployeeDialog employee(store.employees().all().front(), {}, &window);
    missing << nameless(&employee);
    QuestionBankDialog bank(services.questionBank(), QStringLiteral("en"), &window);
    missing << nameless(&bank);
    missing.removeDuplicates();
    INFO("without a name: " << missing.join(QStringLiteral("\n")).toStdString());
    CHECK(missing.isEmpty());
    workspace->close();
}
