#pragma once

#include "pcs/domain/assessment/LearnerAssessment.h"

#include <QFrame>

#include <functional>

class QPlainTextEdit;
class QTimer;

namespace pcs::gui {

class RatingGroup;

// One "I can ..." statement on a topic page: the competence rating, the desire-for-development
// rating, the retrospective "then" rating when the window collects it, and an optional comment
// (kept per item, in ItemAnswer::comment).
//
// Every change goes to `save` at once (a comment after a short pause in typing, on leaving the box
// and on flush()); the card keeps what was last saved, and puts a refused rating back to it so the
// screen never shows an answer that is not stored.
class ItemCard : public QFrame
{
    Q_OBJECT

public:
    using Saver = std::function<bool(const ItemAnswer&)>;

    ItemCard(const AssessmentItem& item, const AssessmentBank& bank, const QString& language,
        bool collectThen, const ItemAnswer& saved, Saver save, QWidget* parent = nullptr);

    const ItemAnswer& saved() const { return m_saved; }
    // Every rating asked for is given.
    bool isComplete() const;
    RatingGroup* competence() const { return m_competence; }
    RatingGroup* desire() const { return m_desire; }
    RatingGroup* thenCompetence() const { return m_then; }
    QPlainTextEdit* comment() const { return m_comment; }
    // Saves a comment typed but not saved yet; false when the store refused it.
    bool flush();

Q_SIGNALS:
    void answerSaved();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool store(const ItemAnswer& answer);

    ItemAnswer m_saved;
    Saver m_save;
    bool m_collectThen = false;
    RatingGroup* m_competence = nullptr;
    RatingGroup* m_desire = nullptr;
    RatingGroup* m_then = nullptr;
    QPlainTextEdit* m_comment = nullptr;
    QTimer* m_commentPause = nullptr;
};

} // namespace pcs::gui
