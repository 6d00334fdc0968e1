#pragma once

#include <QDialog>

namespace pcs::gui {

// Version, purpose and the licences of PCS Studio and of what it is built on.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    // The text shown, as plain HTML; also used by tests.
    static QString aboutText();
    static QString licencesText();
};

} // namespace pcs::gui
