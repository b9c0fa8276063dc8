#pragma once

#include "core/domainenums.h"

#include <QScrollArea>

class QFormLayout;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QVBoxLayout;

namespace dialoog {

class ConversationDocument;
class TextListEditor;

// What every phase page shares: a short guidance text, the model's live "still
// missing" hints, and a scrolling column of sections. Subclasses fill the sections
// and show the record in refresh(); they change it only through the document.
class PhasePage : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PhasePage)

public:
    // `document` may be null for a page made ready before its conversation: bind() then
    // gives it one, once.
    PhasePage(ConversationDocument *document, Phase phase, const QString &guidance,
              QWidget *parent = nullptr);
    // A page whose guide link opens `helpSection` rather than the phase's own.
    PhasePage(ConversationDocument *document, Phase phase, const QString &guidance,
              const QString &helpSection, QWidget *parent);

    void bind(ConversationDocument &document);
    bool isBound() const { return m_document != nullptr; }

    Phase phase() const { return m_phase; }
    // Shows the record as it is now.
    void refresh();
    // A page out of sight only notes that it is behind, and catches up when shown:
    // rebuilding all four pages on every note made pressing Enter stall.
    void invalidate() { m_stale = true; }
    void catchUp()
    {
        if (m_stale && m_document) // a page made ready waits for its conversation
            refresh();
    }
    QString hintsText() const;
    // The field a manager types into next on this page, where a phase switch lands:
    // never a table, a button or a label. By default the first empty field in tab
    // order, else the first that takes text; null when there is none.
    virtual QWidget *entryField() const;

protected:
    virtual void refreshContent() = 0;
    // The parts that hold the document themselves, given it by bind().
    virtual void bindContent() {}
    ConversationDocument &document() const { return *m_document; }
    QGroupBox *addSection(const QString &title, QWidget *content);
    // The sections the wrap-up and a check-in share: the key points, and the agreements
    // (Enter adds one, Delete removes it), each changed through the document.
    QPlainTextEdit *addSummarySection(const QString &title, const QString &placeholder, int lines);
    TextListEditor *addAgreementsSection();
    void showAgreements(TextListEditor *editor) const;
    QVBoxLayout *column() const { return m_column; }
    // A visible, enabled field that takes typed text (a line, a text area, a number).
    bool takesText(const QWidget *w) const;
    static bool isEmpty(const QWidget *field);

private:
    ConversationDocument *m_document;
    Phase m_phase;
    QLabel *m_hints;
    QVBoxLayout *m_column;
    bool m_stale = true;
};

} // namespace dialoog
