#include "gui/preferences/preferencesdialog.h"

#include "gui/preferences/conversationspage.h"
#include "gui/preferences/generalpage.h"
#include "gui/preferences/questionbankpage.h"
#include "gui/preferences/retentionpage.h"
#include "services/settings.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace dialoog {

PreferencesDialog::PreferencesDialog(
    Settings &settings, std::function<void(const QString &, QWidget *)> editQuestionBank,
    QWidget *parent)
    : QDialog(parent), m_settings(settings), m_list(new QListWidget(this)),
      m_stack(new QStackedWidget(this)),
      m_buttons(new QDialogButtonBox(
          QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this))
{
    setWindowTitle(tr("Preferences"));
    const bool readOnly = !editQuestionBank;
    addPage(new GeneralPage(this));
    addPage(new ConversationsPage(this));
    addPage(new QuestionBankPage(std::move(editQuestionBank), this));
    addPage(new RetentionPage(readOnly, this));
    putButtonsLastInTabOrder();
    m_list->setObjectName(QStringLiteral("preferencePages"));
    m_list->setAccessibleName(tr("Pages"));
    // As narrow as the longest page name: the pages get the room.
    m_list->setFixedWidth(m_list->sizeHintForColumn(0) + 2 * m_list->frameWidth() + 24);

    auto *pages = new QHBoxLayout;
    pages->addWidget(m_list);
    pages->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pages, 1);
    layout->addWidget(m_buttons);

    QPushButton *applyButton = m_buttons->button(QDialogButtonBox::Apply);
    applyButton->setEnabled(false);
    connect(m_list, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(applyButton, &QPushButton::clicked, this, &PreferencesDialog::apply);
    showPage(0);
}

void PreferencesDialog::addPage(PreferencesPage *page)
{
    page->load(m_settings);
    m_pages.push_back(page);
    m_stack->addWidget(page);
    m_list->addItem(page->title());
    // Connected after loading: what Settings holds is no change.
    connect(page, &PreferencesPage::changed, this,
            [this] { m_buttons->button(QDialogButtonBox::Apply)->setEnabled(true); });
}

// The pages were made after the buttons; Tab reaches the buttons last, as on screen.
void PreferencesDialog::putButtonsLastInTabOrder()
{
    QWidget *last = previousInFocusChain();
    while (last != this && (!(last->focusPolicy() & Qt::TabFocus) || last->focusProxy() ||
                            m_buttons->isAncestorOf(last)))
        last = last->previousInFocusChain();
    for (QAbstractButton *button : m_buttons->buttons()) {
        setTabOrder(last, button);
        last = button;
    }
}

void PreferencesDialog::showPage(int index)
{
    m_list->setCurrentRow(index);
}

void PreferencesDialog::apply()
{
    for (PreferencesPage *page : m_pages)
        page->apply(m_settings);
    m_settings.sync();
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(false);
}

void PreferencesDialog::accept()
{
    apply();
    QDialog::accept();
}

} // namespace dialoog
