#include "openingbench.h"

#include "gui/employees/employeelistpanel.h"
#include "gui/employees/employeepage.h"
#include "gui/mainwindow/actionids.h"
#include "gui/mainwindow/mainwindow.h"
#include "gui/platform/actionregistry.h"
#include "gui/summary/pageview.h"
#include "gui/summary/summaryactions.h"
#include "gui/summary/summarypreview.h"
#include "gui/workspace/contextpanel.h"
#include "gui/workspace/conversationwindows.h"
#include "gui/workspace/workspacewindow.h"
#include "largedata.h"
#include "paintclock.h"
#include "report/summarybuilder.h"
#include "report/summaryprinter.h"
#include "services/settings.h"
#include "store/store.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QEventLoop>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <cstdio>

namespace dialoog::bench {
namespace {

constexpr int kWarmUps = 2;
constexpr int kSamples = 9;

void settle(int ms = 50)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Samples after the warm-ups; between them the machine settles, so that no sample
// carries the previous one's clean-up.
std::vector<double> sampled(const std::function<double()> &sample,
                            const std::function<void()> &after)
{
    std::vector<double> samples;
    for (int i = 0; i < kWarmUps + kSamples; ++i) {
        const double ms = sample();
        after();
        settle();
        if (i >= kWarmUps)
            samples.push_back(ms);
    }
    return samples;
}

void closeWorkspaces(MainWindow &window)
{
    for (WorkspaceWindow *w : window.findChildren<WorkspaceWindow *>())
        w->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

// The conversation selected on the employee's page, as a user does before Open Conversation.
bool selectConversation(MainWindow &window, Id employee, Id conversation)
{
    window.listPanel()->select(employee);
    QCoreApplication::processEvents();
    QTreeWidget *list = window.employeePage()->conversationList();
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = list->topLevelItem(i);
        if (item->data(0, Qt::UserRole).value<Id>() == conversation) {
            list->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

ConversationRecord hundredItems(Store &store, Id conversation)
{
    ConversationRecord record = store.conversations().load(conversation);
    TextGenerator text(13);
    record.notes.clear();
    record.actionItems.clear();
    record.agreements.clear();
    const QDateTime start(record.conversation.date(), QTime(10, 0));
    for (int i = 0; i < 50; ++i)
        record.notes.push_back(Note{0, record.conversation.id, Phase(i % 4), start.addSecs(i * 60),
                                    text.note(), false});
    for (int i = 0; i < 25; ++i) {
        ActionItem item;
        item.text = text.shortLine();
        item.dueDate = QDate(2026, 12, 1).addDays(i);
        record.actionItems.push_back(item);
        record.agreements.push_back(Agreement{0, record.conversation.id, text.sentence()});
    }
    return record;
}

// A page of the preview: the viewport of the preview's page view, once it shows pages.
bool isPreviewPage(QWidget *widget)
{
    const auto *view = qobject_cast<PageView *>(widget->parentWidget());
    return view && view->viewport() == widget && view->pageCount() > 0 &&
           qobject_cast<SummaryPreview *>(widget->window()) != nullptr;
}

// A part of the earlier conversations' dock, once it holds them (the notes come with them).
bool isFilledContext(QWidget *widget)
{
    for (QWidget *w = widget; w; w = w->parentWidget()) {
        if (const auto *panel = qobject_cast<ContextPanel *>(w))
            return panel->isLoaded();
    }
    return false;
}

double previewMs(WorkspaceWindow &workspace)
{
    PaintClock clock(isPreviewPage);
    // Closed again from its own loop once the first page is on screen.
    return clock.measure([&] { workspace.summary()->previewAction()->trigger(); },
                         [] {
                             QTimer::singleShot(0, [] {
                                 if (auto *dialog =
                                         qobject_cast<QDialog *>(QApplication::activeModalWidget()))
                                     dialog->reject();
                             });
                         });
}

} // namespace

std::vector<Figure> measureWorkspaceOpening(MainWindow &window, Settings &settings, Id employee,
                                            Id conversation)
{
    if (!selectConversation(window, employee, conversation))
        std::printf("  (the conversation is not in the employee's list)\n");
    QAction *open = window.actionRegistry().action(ActionId::OpenConversation);
    PaintClock clock([](QWidget *w) { return qobject_cast<WorkspaceWindow *>(w->window()); },
                     isFilledContext);
    const auto openings = [&] {
        std::vector<double> complete;
        const std::vector<double> first = sampled(
            [&] {
                const double ms = clock.measure([open] { open->trigger(); });
                complete.push_back(clock.completeMs());
                return ms;
            },
            [&] { closeWorkspaces(window); });
        complete.erase(complete.begin(), complete.begin() + kWarmUps);
        return std::pair{percentile(first, 50), percentile(complete, 50)};
    };
    // Without a window kept ready (the setting off): each opening builds its window, as
    // the first opening does before idle time has made one.
    settings.setSpareWorkspace(false);
    const auto [coldFirst, coldComplete] = openings();
    PaintClock::endPart("without a spare");
    // The spare is made in idle time: after each opening, while the samples settle.
    settings.setSpareWorkspace(true);
    window.conversations()->prepareSpareWhenIdle();
    settle();
    const auto [first, complete] = openings();
    PaintClock::endPart("with a spare");
    return {{QStringLiteral("open a conversation's workspace, to its first paint"), first,
             QStringLiteral("ms"), NAN, NAN, 15, 1.5},
            {QStringLiteral("  … until the notes and earlier conversations are painted too"),
             complete, QStringLiteral("ms")},
            {QStringLiteral("  … with no window made ready in idle time, to its first paint"),
             coldFirst, QStringLiteral("ms")},
            {QStringLiteral("  … with no window made ready, until painted whole"), coldComplete,
             QStringLiteral("ms")}};
}

std::vector<Figure> measureSummaryOutputs(MainWindow &window, Store &store, Id conversation,
                                          const QString &folder)
{
    ConversationRecord record = hundredItems(store, conversation);
    store.conversations().save(record);
    const QString path = QDir(folder).filePath(QStringLiteral("summary.pdf"));
    SummaryOptions options;
    options.locale = QLocale(QLocale::Dutch, QLocale::Netherlands);
    const std::vector<double> pdf = sampled(
        [&] {
            return timeMs([&] {
                QString error;
                if (!writeSummary(buildSummary(record, 4, options), path, options.locale, &error))
                    std::printf("  summary failed: %s\n", qPrintable(error));
            });
        },
        [] {});

    WorkspaceWindow *workspace = window.openConversation(conversation);
    if (!workspace || !QTest::qWaitForWindowExposed(workspace))
        return {};
    settle(200);
    const std::vector<double> preview = sampled([&] { return previewMs(*workspace); }, [] {});
    closeWorkspaces(window);
    return {{QStringLiteral("summary PDF, 100 items"), percentile(pdf, 50), QStringLiteral("ms"),
             NAN, NAN, 30},
            {QStringLiteral("summary print preview, first page painted"), percentile(preview, 50),
             QStringLiteral("ms"), NAN, NAN, 25}};
}

} // namespace dialoog::bench
