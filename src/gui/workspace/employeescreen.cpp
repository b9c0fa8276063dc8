#include "gui/workspace/employeescreen.h"

#include "gui/platform/translations.h"
#include "services/employeescreenfeed.h"

#include <QCloseEvent>
#include <QGuiApplication>
#include <QLocale>
#include <QScreen>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace dialoog {
namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

QString section(const QString &heading, const QString &body)
{
    return QStringLiteral("<h2>%1</h2>%2").arg(escaped(heading), body);
}

} // namespace

// Who does it, as the employee reads it.
QString EmployeeScreen::ownerName(Owner owner)
{
    switch (owner) {
    case Owner::Employee:
        return tr("you");
    case Owner::Manager:
        return tr("your manager");
    case Owner::Other:
        break;
    }
    return tr("someone else");
}

EmployeeScreen::EmployeeScreen(EmployeeScreenFeed &feed)
    : QWidget(nullptr, Qt::Window), m_feed(feed), m_view(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("employeeScreen"));
    // The manager goes on typing in their own window while this one appears: it never
    // takes the keyboard (a window manager would give a new full-screen window focus).
    setAttribute(Qt::WA_ShowWithoutActivating);
    setWindowFlag(Qt::WindowDoesNotAcceptFocus);
    m_view->setObjectName(QStringLiteral("employeeScreenText"));
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setFocusPolicy(Qt::NoFocus);
    // Read from across a table: about twice the size the manager works with.
    QFont large = font();
    large.setPointSizeF(std::max(large.pointSizeF() * 2.0, 18.0));
    m_view->setFont(large);
    m_view->document()->setDocumentMargin(large.pointSizeF() * 1.5);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    resize(900, 700);
    connect(&m_feed, &EmployeeScreenFeed::changed, this, &EmployeeScreen::render);
    render();
}

QScreen *EmployeeScreen::otherScreen(const QScreen *managerScreen)
{
    for (QScreen *screen : QGuiApplication::screens()) {
        if (screen != managerScreen)
            return screen;
    }
    return nullptr;
}

void EmployeeScreen::showBeside(const QScreen *managerScreen)
{
    if (QScreen *other = otherScreen(managerScreen)) {
        setScreen(other);
        setGeometry(other->geometry());
        showFullScreen();
    } else {
        show();
    }
}

void EmployeeScreen::render()
{
    const LanguageScope language(m_feed.language());
    const EmployeeScreenContent &content = m_feed.content();
    setWindowTitle(tr("Our Conversation"));
    QString html =
        QStringLiteral("<h1>%1</h1>").arg(escaped(tr("Now: %1").arg(displayName(content.phase))));
    // What is being talked about first, then where it leads.
    if (!content.question.isEmpty())
        html += section(tr("The question now"),
                        QStringLiteral("<p><b>%1</b></p>").arg(escaped(content.question)));
    html += goalsHtml();
    html += agreementsHtml();
    m_view->setHtml(html);
    m_view->setAccessibleName(tr("What the employee sees"));
    m_view->setAccessibleDescription(m_view->toPlainText());
}

QString EmployeeScreen::goalsHtml() const
{
    const std::vector<Goal> &goals = m_feed.content().goals;
    if (goals.empty())
        return section(tr("Your goals"),
                       QStringLiteral("<p>%1</p>").arg(escaped(tr("No goals yet."))));
    QString html;
    for (const Goal &goal : goals) {
        html += QStringLiteral("<h3>%1</h3>").arg(escaped(goal.what));
        if (!goal.why.trimmed().isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(escaped(tr("Why: %1").arg(goal.why)));
        if (!goal.steps.empty()) {
            html += QStringLiteral("<p>%1</p><ul>").arg(escaped(tr("How:")));
            for (const GoalStep &step : goal.steps)
                html += QStringLiteral("<li>%1</li>")
                            .arg(escaped(tr("%1: %2").arg(displayName(step.kind), step.text)));
            html += QStringLiteral("</ul>");
        }
        html += QStringLiteral("<p>%1</p>").arg(escaped(tr("Progress: %1 %").arg(goal.progress)));
    }
    return section(tr("Your goals"), html);
}

QString EmployeeScreen::agreementsHtml() const
{
    const EmployeeScreenContent &content = m_feed.content();
    if (content.agreements.empty() && content.actionItems.empty())
        return {};
    QString items;
    for (const Agreement &agreement : content.agreements)
        items += QStringLiteral("<li>%1</li>").arg(escaped(agreement.text));
    const QLocale locale;
    for (const ActionItem &item : content.actionItems) {
        QString text = tr("%1 (%2)").arg(item.text, ownerName(item.owner));
        if (item.dueDate.isValid())
            text = tr("%1, by %2").arg(text, locale.toString(item.dueDate, QLocale::LongFormat));
        items += QStringLiteral("<li>%1</li>").arg(escaped(text));
    }
    return section(tr("What we agreed"), QStringLiteral("<ul>%1</ul>").arg(items));
}

void EmployeeScreen::closeEvent(QCloseEvent *event)
{
    emit closed();
    QWidget::closeEvent(event);
}

} // namespace dialoog
