#include "gui/workspace/notespanel.h"

#include "services/conversationdocument.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QScrollBar>
#include <QVBoxLayout>
#include <algorithm>

namespace dialoog {

NotesPanel::NotesPanel(ConversationDocument &document, QWidget *parent)
    : QWidget(parent), m_document(document), m_list(new QListWidget(this)),
      m_input(new QLineEdit(this))
{
    m_list->setWordWrap(true);
    // Wrapped notes have heights of their own, and the list lays out every one of them
    // when one is added: in a conversation of a thousand notes that blocked typing for
    // 50 ms. In batches, the event loop runs between them.
    m_list->setLayoutMode(QListView::Batched);
    m_list->setBatchSize(40);
    // The newest note stays in sight while the batches lengthen the list, unless the
    // user scrolls away to read an earlier one.
    connect(m_list->verticalScrollBar(), &QScrollBar::rangeChanged, this, [this](int, int max) {
        if (m_followNewest)
            m_list->verticalScrollBar()->setValue(max);
    });
    connect(m_list->verticalScrollBar(), &QScrollBar::actionTriggered, this,
            [this] { m_followNewest = false; });
    m_list->setAlternatingRowColors(true);
    m_list->setFocusPolicy(Qt::ClickFocus);
    m_list->setAccessibleName(tr("Notes"));
    m_input->setPlaceholderText(tr("Type a note and press Enter"));
    m_input->setAccessibleName(tr("New note"));
    m_input->setObjectName(QStringLiteral("noteInput"));
    auto *help =
        new QLabel(tr("Enter: note · Ctrl+Shift+A: action item · Ctrl+Shift+G: agreement · "
                      "Ctrl+Shift+P: private note"),
                   this);
    help->setWordWrap(true);
    QFont small = help->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    help->setFont(small);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_input);
    layout->addWidget(help);
    connect(m_input, &QLineEdit::returnPressed, this, [this] { take(As::Note); });
}

void NotesPanel::load()
{
    if (m_loaded)
        return;
    m_loaded = true;
    refresh();
}

bool NotesPanel::take(As as)
{
    const QString text = m_input->text().trimmed();
    if (text.isEmpty())
        return false;
    bool ok = false;
    switch (as) {
    case As::Note:
    case As::PrivateNote: {
        const bool isPrivate = as == As::PrivateNote;
        ok = m_document.addNote(text, isPrivate);
        break;
    }
    case As::ActionItem: {
        ActionItem item;
        item.text = text;
        item.dueDate = QDate::currentDate().addDays(14);
        ok = m_document.addActionItem(item);
        break;
    }
    case As::Agreement:
        ok = m_document.addAgreement(text);
        break;
    }
    if (ok)
        m_input->clear();
    return ok;
}

namespace {
// What a line in the list shows: a save gives a note its id, which is not shown.
bool looksTheSame(const Note &a, const Note &b)
{
    return a.createdAt == b.createdAt && a.phase == b.phase && a.isPrivate == b.isPrivate &&
           a.text == b.text;
}
} // namespace

void NotesPanel::refresh()
{
    if (!m_loaded)
        return;
    const std::vector<Note> &notes = m_document.record().notes;
    // A note added is the common change: it is appended, rather than every note laid
    // out again, which made Enter stall in a long conversation.
    const bool onlyAdded = notes.size() >= m_shown.size() &&
                           std::equal(m_shown.begin(), m_shown.end(), notes.begin(), looksTheSame);
    if (onlyAdded && notes.size() == m_shown.size())
        return;
    if (!onlyAdded) {
        m_list->clear();
        m_shown.clear();
    }
    for (std::size_t i = m_shown.size(); i < notes.size(); ++i)
        append(notes[i]);
    m_shown = notes;
    m_followNewest = true;
    m_list->verticalScrollBar()->setValue(m_list->verticalScrollBar()->maximum());
}

void NotesPanel::append(const Note &note)
{
    const QString time = QLocale().toString(note.createdAt.time(), QLocale::ShortFormat);
    auto *item = new QListWidgetItem(
        note.isPrivate ? tr("%1 · %2 · private: %3").arg(time, displayName(note.phase), note.text)
                       : tr("%1 · %2: %3").arg(time, displayName(note.phase), note.text),
        m_list);
    if (note.isPrivate) {
        QFont font = item->font();
        font.setItalic(true);
        item->setFont(font);
        item->setIcon(QIcon::fromTheme(QStringLiteral("security-high")));
        item->setToolTip(
            tr("Private: yours alone, never printed or exported unless you ask for it."));
    }
}

} // namespace dialoog
