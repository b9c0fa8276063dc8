#include "gui/employees/emptystate.h"

#include "services/settings.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dialoog {

namespace {
QLabel *titleLabel(const QString &text, QWidget *parent)
{
    auto *title = new QLabel(text, parent);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.8);
    font.setBold(true);
    title->setFont(font);
    title->setAlignment(Qt::AlignCenter);
    return title;
}

QLabel *textLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    return label;
}
} // namespace

EmptyState::EmptyState(Settings &settings, QWidget *parent) : QWidget(parent), m_settings(settings)
{
    // Wrapped text only gets its full height from a layout that owns its width,
    // so the content sits in a column of bounded width, centred by stretches.
    auto *column = new QWidget(this);
    column->setMaximumWidth(560);
    column->setMinimumWidth(360);
    column->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *content = new QVBoxLayout(column);
    content->setContentsMargins(0, 0, 0, 0);
    m_nameStep = createNameStep();
    m_welcomeStep = createWelcomeStep();
    content->addWidget(m_nameStep);
    content->addWidget(m_welcomeStep);

    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(column, 1);
    row->addStretch();
    // A third of the spare height above, two thirds below: where the eye starts.
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);

    const bool ask = m_settings.askForManagerName();
    m_nameStep->setVisible(ask);
    m_welcomeStep->setVisible(!ask);
    setFocusProxy(ask ? static_cast<QWidget *>(m_name) : m_add);
}

QWidget *EmptyState::createNameStep()
{
    auto *step = new QWidget(this);
    auto *intro = textLabel(tr("First, who are you? Your name signs the summaries, preparation "
                               "requests and invites you make. You can change it later in "
                               "Preferences."),
                            step);
    m_name = new QLineEdit(step);
    m_name->setObjectName(QStringLiteral("firstRunName"));
    m_name->setPlaceholderText(tr("e.g. Marieke de Vries"));
    m_role = new QLineEdit(step);
    m_role->setObjectName(QStringLiteral("firstRunRole"));
    m_role->setPlaceholderText(tr("Optional, e.g. Team lead"));
    m_continue = new QPushButton(tr("C&ontinue"), step);
    m_continue->setEnabled(false);
    auto *skip = new QPushButton(tr("S&kip for now"), step);
    skip->setToolTip(
        tr("Summaries are signed \"Manager\" until you set your name in Preferences."));

    auto *form = new QFormLayout;
    form->addRow(tr("Your &name:"), m_name);
    form->addRow(tr("Your &role:"), m_role);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(skip);
    buttons->addWidget(m_continue);
    auto *layout = new QVBoxLayout(step);
    layout->addWidget(titleLabel(tr("Welcome to Dialoog"), step));
    layout->addSpacing(12);
    layout->addWidget(intro);
    layout->addSpacing(12);
    layout->addLayout(form);
    layout->addSpacing(12);
    layout->addLayout(buttons);

    connect(m_name, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_continue->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_name, &QLineEdit::returnPressed, this, &EmptyState::continueWithName);
    connect(m_role, &QLineEdit::returnPressed, this, &EmptyState::continueWithName);
    connect(m_continue, &QPushButton::clicked, this, &EmptyState::continueWithName);
    connect(skip, &QPushButton::clicked, this, &EmptyState::skipName);
    return step;
}

QWidget *EmptyState::createWelcomeStep()
{
    auto *step = new QWidget(this);
    auto *text =
        textLabel(tr("Dialoog helps you prepare, hold and follow up development conversations: "
                     "about growth, energy and what people want to learn.\n\n"
                     "Start by adding the people you hold conversations with. "
                     "Or look around first with fictional sample data."),
                  step);
    m_add = new QPushButton(tr("&Add your first employee…"), step);
    m_add->setDefault(true);
    m_sample = new QPushButton(tr("Try it with &sample data"), step);

    auto *layout = new QVBoxLayout(step);
    layout->addWidget(titleLabel(tr("Welcome to Dialoog"), step));
    layout->addSpacing(12);
    layout->addWidget(text);
    layout->addSpacing(18);
    layout->addWidget(m_add);
    layout->addWidget(m_sample);

    connect(m_add, &QPushButton::clicked, this, &EmptyState::addEmployeeRequested);
    connect(m_sample, &QPushButton::clicked, this, &EmptyState::sampleDataRequested);
    return step;
}

void EmptyState::continueWithName()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return; // Enter on an empty field is not an answer; Skip is.
    m_settings.setManagerName(name);
    m_settings.setManagerRole(m_role->text().trimmed());
    m_settings.sync();
    showWelcome();
}

void EmptyState::skipName()
{
    m_settings.setManagerNameSkipped(true);
    m_settings.sync();
    showWelcome();
}

void EmptyState::showWelcome()
{
    m_nameStep->hide();
    m_welcomeStep->show();
    setFocusProxy(m_add);
    m_add->setFocus(Qt::OtherFocusReason);
}

bool EmptyState::isAskingForName() const
{
    return !m_nameStep->isHidden();
}

void EmptyState::setReadOnly(bool readOnly)
{
    // Who the user is lives in the settings, not in the database: still askable.
    m_add->setEnabled(!readOnly);
    m_sample->setEnabled(!readOnly);
}

} // namespace dialoog
