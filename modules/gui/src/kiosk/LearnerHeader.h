#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace pcs::gui {

// The strip at the top of every page of a learner's self-assessment: their name (so that nobody
// answers on someone else's behalf by accident), how far they are, whether their answers are
// saved, and the switch between English and French questions.
class LearnerHeader : public QFrame
{
    Q_OBJECT

public:
    LearnerHeader(const QString& learnerName, const QString& language, QWidget* parent = nullptr);

    void setProgress(const QString& text);
    // Called only after the store committed the answer.
    void showSaved(const QString& localTime);
    void showNotSaved(const QString& message);
    void setLanguage(const QString& language);
    QString savedText() const;
    QPushButton* languageButton() const { return m_language; }

Q_SIGNALS:
    void languageChosen(const QString& language);

private:
    QString m_languageCode;
    QLabel* m_progress = nullptr;
    QLabel* m_saved = nullptr;
    QPushButton* m_language = nullptr;
};

} // namespace pcs::gui
