#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;

namespace dialoog {

class Settings;

// What a new, empty database shows: what Dialoog is for and the first step to take.
// On a first run it asks who the user is before anything else, so that the first
// summary and request are signed; that step can be skipped and is then not asked again.
class EmptyState final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyState)

public:
    explicit EmptyState(Settings &settings, QWidget *parent = nullptr);

    // Read-only, neither first step can be taken.
    void setReadOnly(bool readOnly);
    bool isAskingForName() const;

signals:
    void addEmployeeRequested();
    void sampleDataRequested();

private:
    QWidget *createNameStep();
    QWidget *createWelcomeStep();
    void continueWithName();
    void skipName();
    void showWelcome();

    Settings &m_settings;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_role = nullptr;
    QPushButton *m_continue = nullptr;
    QWidget *m_nameStep = nullptr;
    QWidget *m_welcomeStep = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_sample = nullptr;
};

} // namespace dialoog
