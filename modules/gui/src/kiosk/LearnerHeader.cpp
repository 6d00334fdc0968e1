#include "LearnerHeader.h"

#include "KioskStyle.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pcs::gui {

LearnerHeader::LearnerHeader(const QString& learnerName, const QString& language, QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("kiosk-learner-header"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(18, 10, 18, 10);
    auto* left = new QVBoxLayout;
    auto* name = kiosk::textLabel(learnerName, this, QStringLiteral("learner-name"));
    name->setAccessibleName(tr("Answering as %1").arg(learnerName));
    kiosk::scaleFont(name, 1.5, true);
    left->addWidget(name);
    m_progress = kiosk::textLabel(QString(), this, QStringLiteral("learner-progress"));
    left->addWidget(m_progress);
    layout->addLayout(left, 1);
    m_saved
        = kiosk::textLabel(tr("Your answers are saved as you go."), this, QStringLiteral("saved-indicator"));
    m_saved->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    layout->addWidget(m_saved, 1);
    m_language = kiosk::button(QString(), QString(), this);
    m_language->setObjectName(QStringLiteral("learner-language"));
    layout->addWidget(m_language);
    connect(m_language, &QPushButton::clicked, this, [this] {
        Q_EMIT languageChosen(
            m_languageCode == QStringLiteral("fr") ? QStringLiteral("en") : QStringLiteral("fr"));
    });
    setLanguage(language);
}

void LearnerHeader::setProgress(const QString& text)
{
    m_progress->setText(text);
}

void LearnerHeader::showSaved(const QString& localTime)
{
    m_saved->setText(tr("✓ Saved at %1").arg(localTime));
    m_saved->setStyleSheet(QString());
}

void LearnerHeader::showNotSaved(const QString& message)
{
    m_saved->setText(tr("Not saved: %1").arg(message));
    m_saved->setStyleSheet(QStringLiteral("color: #ffd7d7; font-weight: bold;"));
    QAccessibleEvent alert(m_saved, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

QString LearnerHeader::savedText() const
{
    return m_saved->text();
}

void LearnerHeader::setLanguage(const QString& language)
{
    m_languageCode = language == QStringLiteral("fr") ? QStringLiteral("fr") : QStringLiteral("en");
    // The other language, named in itself (a language's own name is not translated).
    if (m_languageCode == QStringLiteral("fr")) {
        m_language->setText(QStringLiteral("English"));
        m_language->setAccessibleName(tr("Show the questions in English"));
    } else {
        m_language->setText(QString::fromUtf8("Français"));
        m_language->setAccessibleName(tr("Show the questions in French"));
    }
}

} // namespace pcs::gui
