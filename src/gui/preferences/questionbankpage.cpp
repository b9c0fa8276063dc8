#include "gui/preferences/questionbankpage.h"

#include "services/settings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace dialoog {

QuestionBankPage::QuestionBankPage(std::function<void(const QString &, QWidget *)> edit,
                                   QWidget *parent)
    : PreferencesPage(parent), m_language(new QComboBox(this)),
      m_edit(new QPushButton(tr("&Edit the Question Bank…"), this))
{
    m_language->setObjectName(QStringLiteral("questionLanguage"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("Dutch"), QStringLiteral("nl"));
    m_edit->setObjectName(QStringLiteral("editQuestionBank"));
    m_edit->setEnabled(bool(edit));
    auto *explain = new QLabel(
        tr("The question bank holds the open questions you can pick from in a conversation, "
           "per language. Changes to the bank are saved when you close it."),
        this);
    explain->setWordWrap(true);
    auto *form = PreferencesPage::form(this);
    form->addRow(tr("&Questions in:"), m_language);
    form->addRow(explain);
    form->addRow(QString(), m_edit);

    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesPage::changed);
    connect(m_edit, &QPushButton::clicked, this,
            [this, edit = std::move(edit)] { edit(m_language->currentData().toString(), this); });
}

QString QuestionBankPage::title() const
{
    return tr("Questions");
}

void QuestionBankPage::load(const Settings &settings)
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.questionLanguage())));
}

// Untouched, the language keeps following the system's (Settings' default).
void QuestionBankPage::apply(Settings &settings)
{
    const QString language = m_language->currentData().toString();
    if (language != settings.questionLanguage())
        settings.setQuestionLanguage(language);
}

} // namespace dialoog
