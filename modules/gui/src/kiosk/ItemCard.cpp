#include "ItemCard.h"

#include "KioskStyle.h"
#include "RatingGroup.h"

#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace pcs::gui {
namespace {

constexpr int kCommentPauseMs = 1200;

} // namespace

ItemCard::ItemCard(const AssessmentItem& item, const AssessmentBank& bank, const QString& language,
    bool collectThen, const ItemAnswer& saved, Saver save, QWidget* parent)
    : QFrame(parent)
    , m_saved(saved)
    , m_save(std::move(save))
    , m_collectThen(collectThen)
{
    setObjectName(QStringLiteral("kiosk-item"));
    m_saved.itemId = item.id;
    const QString statement = item.text.in(language);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    auto* text = kiosk::textLabel(statement, this, QStringLiteral("item-text"));
    kiosk::scaleFont(text, 1.15, true);
    layout->addWidget(text);

    m_competence = new RatingGroup(bank.competence, language, bank.competence.title.in(language),
        tr("Competence for: %1").arg(statement), this);
    m_competence->setObjectName(QStringLiteral("competence"));
    layout->addWidget(m_competence);
    m_desire = new RatingGroup(bank.desire, language, bank.desire.title.in(language),
        tr("Desire for development for: %1").arg(statement), this);
    m_desire->setObjectName(QStringLiteral("desire"));
    layout->addWidget(m_desire);
    if (collectThen) {
        m_then
            = new RatingGroup(bank.competence, language, tr("Before the program, I would have rated myself"),
                tr("Before the program, for: %1").arg(statement), this);
        m_then->setObjectName(QStringLiteral("then-competence"));
        layout->addWidget(m_then);
    }

    auto* commentLabel = kiosk::textLabel(tr("Comment (optional)"), this);
    layout->addWidget(commentLabel);
    m_comment = new QPlainTextEdit(this);
    m_comment->setObjectName(QStringLiteral("comment"));
    m_comment->setAccessibleName(tr("Comment on: %1").arg(statement));
    m_comment->setTabChangesFocus(true);
    m_comment->setFixedHeight(m_comment->fontMetrics().lineSpacing() * 2 + 24);
    m_comment->installEventFilter(this);
    commentLabel->setBuddy(m_comment);
    layout->addWidget(m_comment);

    m_competence->setValue(m_saved.competence);
    m_desire->setValue(m_saved.desire);
    if (m_then)
        m_then->setValue(m_saved.thenCompetence);
    m_comment->setPlainText(m_saved.comment);

    connect(m_competence, &RatingGroup::valueChosen, this, [this](int value) {
        ItemAnswer answer = m_saved;
        answer.competence = value;
        if (!store(answer))
            m_competence->setValue(m_saved.competence);
    });
    connect(m_desire, &RatingGroup::valueChosen, this, [this](int value) {
        ItemAnswer answer = m_saved;
        answer.desire = value;
        if (!store(answer))
            m_desire->setValue(m_saved.desire);
    });
    if (m_then)
        connect(m_then, &RatingGroup::valueChosen, this, [this](int value) {
            ItemAnswer answer = m_saved;
            answer.thenCompetence = value;
            if (!store(answer))
                m_then->setValue(m_saved.thenCompetence);
        });
    m_commentPause = new QTimer(this);
    m_commentPause->setSingleShot(true);
    m_commentPause->setInterval(kCommentPauseMs);
    connect(m_commentPause, &QTimer::timeout, this, &ItemCard::flush);
    connect(m_comment, &QPlainTextEdit::textChanged, m_commentPause, qOverload<>(&QTimer::start));
}

bool ItemCard::isComplete() const
{
    return m_saved.competence && m_saved.desire && (!m_collectThen || m_saved.thenCompetence);
}

bool ItemCard::flush()
{
    m_commentPause->stop();
    const QString text = m_comment->toPlainText();
    if (text == m_saved.comment)
        return true;
    ItemAnswer answer = m_saved;
    answer.comment = text; // verbatim; a refused comment stays in the box for the learner to shorten
    return store(answer);
}

bool ItemCard::store(const ItemAnswer& answer)
{
    // Each save writes the whole answer: what was saved before plus the one change, so a rating
    // and a comment being typed never overwrite each other.
    if (!m_save(answer))
        return false;
    m_saved = answer;
    Q_EMIT answerSaved();
    return true;
}

bool ItemCard::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_comment && event->type() == QEvent::FocusOut)
        flush();
    return QFrame::eventFilter(watched, event);
}

} // namespace pcs::gui
