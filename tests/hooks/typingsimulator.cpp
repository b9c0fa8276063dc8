#include "typingsimulator.h"

#include "gui/mainwindow/mainwindow.h"
#include "gui/workspace/workspacewindow.h"
#include "gui/workspace/wrapuppage.h"
#include "services/conversationdocument.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QTimer>
#include <cstdio>

namespace dialoog {

TypingSimulator::TypingSimulator(MainWindow &window, Id conversationId)
    : QObject(&window), m_timer(new QTimer(this))
{
    m_workspace = window.openConversation(conversationId);
    if (!m_workspace) {
        std::fprintf(stdout, "error cannot open conversation\n");
        std::fflush(stdout);
        return;
    }
    connect(&m_workspace->document(), &ConversationDocument::saved, this, [this] {
        std::fprintf(
            stdout, "saved %lld\n",
            static_cast<long long>(m_workspace->document().record().conversation.summary.size()));
        std::fflush(stdout);
    });
    m_workspace->document().session().goTo(Phase::WrapUp);
    connect(m_timer, &QTimer::timeout, this, &TypingSimulator::typeOne);
    m_timer->start(keyIntervalMs);
}

void TypingSimulator::typeOne()
{
    auto *page = static_cast<WrapUpPage *>(m_workspace->page(Phase::WrapUp));
    QPlainTextEdit *field = page->summaryField();
    field->setFocus();
    const QChar key = QLatin1Char("abcdefghij "[m_typed % 11]);
    QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(key));
    QCoreApplication::sendEvent(field, &press);
    ++m_typed;
    std::fprintf(stdout, "typed %d\n", m_typed);
    std::fflush(stdout);
    if (m_typed % burstLength == 0) {
        m_timer->stop();
        QTimer::singleShot(pauseMs, this, [this] { m_timer->start(keyIntervalMs); });
    }
}

} // namespace dialoog
