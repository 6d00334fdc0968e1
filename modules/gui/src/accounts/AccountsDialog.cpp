#include "AccountsDialog.h"

#include "AccountFormDialog.h"
#include "RoleTitle.h"
#include "pcs/gui/StaffSession.h"
#include "pcs/storage/AccountStore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pcs::gui {

AccountsDialog::AccountsDialog(StaffSession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("accounts-dialog"));
    setWindowTitle(tr("Staff Accounts"));
    resize(640, 420);
    auto* layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("accounts-table"));
    m_table->setAccessibleName(tr("Staff accounts"));
    m_table->setHorizontalHeaderLabels({tr("User name"), tr("Name"), tr("Role"), tr("Status")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto* row = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add account…"), this);
    add->setObjectName(QStringLiteral("add-account"));
    m_reset = new QPushButton(tr("Set a new &password…"), this);
    m_reset->setObjectName(QStringLiteral("reset-password"));
    m_toggle = new QPushButton(tr("&Disable"), this);
    m_toggle->setObjectName(QStringLiteral("toggle-account"));
    for (QPushButton* button : {add, m_reset, m_toggle}) {
        button->setAccessibleName(button->text().remove(u'&').remove(QStringLiteral("…")));
        button->setAutoDefault(false);
        row->addWidget(button);
    }
    row->addStretch();
    layout->addLayout(row);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("accounts-status"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);

    connect(add, &QPushButton::clicked, this, &AccountsDialog::addAccount);
    connect(m_reset, &QPushButton::clicked, this, &AccountsDialog::resetPassword);
    connect(m_toggle, &QPushButton::clicked, this, &AccountsDialog::toggleDisabled);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AccountsDialog::updateButtons);
    connect(buttons, &QDialogButtonBox::rejected, this, &AccountsDialog::reject);
    reload();
}

void AccountsDialog::reload()
{
    const QString previous = selected() ? selected()->id : QString();
    const auto accounts = storage::AccountStore(m_session.database()).list();
    if (!accounts) {
        m_status->setText(accounts.error().message);
        return;
    }
    m_accounts = *accounts;
    m_table->setRowCount(int(m_accounts.size()));
    for (int i = 0; i < m_table->rowCount(); ++i) {
        const Account& account = m_accounts[size_t(i)];
        m_table->setItem(i, 0, new QTableWidgetItem(account.userName));
        m_table->setItem(i, 1, new QTableWidgetItem(account.displayName));
        m_table->setItem(i, 2, new QTableWidgetItem(roleTitle(account.role)));
        m_table->setItem(i, 3, new QTableWidgetItem(account.disabled ? tr("Disabled") : tr("Active")));
        if (account.id == previous)
            m_table->selectRow(i);
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

const Account* AccountsDialog::selected() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < int(m_accounts.size()) && m_table->selectionModel()->hasSelection()
        ? &m_accounts[size_t(row)]
        : nullptr;
}

void AccountsDialog::updateButtons()
{
    const Account* account = selected();
    m_reset->setEnabled(account);
    m_toggle->setEnabled(account && account->id != m_session.account().id);
    m_toggle->setText(account && account->disabled ? tr("&Enable") : tr("&Disable"));
}

bool AccountsDialog::addAccount()
{
    AccountFormDialog form(this);
    while (form.exec() == QDialog::Accepted) {
        const auto created = storage::AccountStore(m_session.database())
                                 .create(form.account(), form.password(), m_session.account().userName);
        if (created) {
            m_status->setText(tr("Account %1 added.").arg(created->userName));
            reload();
            return true;
        }
        form.showError(created.error().message);
    }
    return false;
}

bool AccountsDialog::resetPassword()
{
    const Account* account = selected();
    if (!account)
        return false;
    AccountFormDialog form(*account, this);
    while (form.exec() == QDialog::Accepted) {
        const auto reset = storage::AccountStore(m_session.database())
                               .resetPassword(account->id, form.password(), m_session.account().userName);
        if (reset) {
            m_status->setText(tr("%1 has a new password.").arg(account->displayName));
            return true;
        }
        form.showError(reset.error().message);
    }
    return false;
}

bool AccountsDialog::toggleDisabled()
{
    const Account* account = selected();
    if (!account || account->id == m_session.account().id)
        return false;
    const auto changed = storage::AccountStore(m_session.database())
                             .setDisabled(account->id, !account->disabled, m_session.account().userName);
    if (!changed) {
        m_status->setText(changed.error().message);
        return false;
    }
    reload();
    return true;
}

} // namespace pcs::gui
