#pragma once

#include <QString>
#include <QWidget>

#include <functional>

class QLabel;
class QPdfDocument;
class QPdfView;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace pcs::gui {

// The right side of the Reports workspace: a caption, a tool row (previous and next page, "Page N
// of M", zoom out, zoom in, fit width, Save as PDF…, Print…) and either a message (nothing yet,
// cancelled, failed) or the PDF itself in a QPdfView scrolling through all its pages.
class ReportPreview : public QWidget
{
    Q_OBJECT

public:
    explicit ReportPreview(QWidget* parent = nullptr);
    ~ReportPreview() override;

    // Shows the PDF at `path` under `caption`; false (and the message) when it cannot be read.
    bool showDocument(const QString& path, const QString& caption);
    // Closes any document and shows `message` in its place.
    void showMessage(const QString& message);
    bool hasDocument() const;

    QPdfDocument* document() const { return m_document; }
    QPdfView* view() const { return m_view; }
    QString message() const;
    int currentPage() const; // from 0
    QString pageText() const; // "Page 2 of 5"
    void goToPage(int page);
    void zoomIn();
    void zoomOut();
    void fitWidth();

Q_SIGNALS:
    void saveRequested();
    void printRequested();

private:
    void updatePage();
    void setZoom(double factor);
    double effectiveZoom() const;
    void keepingPlace(const std::function<void()>& zoom);
    QToolButton* toolButton(const QString& name, const QString& text, const QString& tip);

    QPdfDocument* m_document = nullptr;
    QPdfView* m_view = nullptr;
    QLabel* m_caption = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_page = nullptr;
    QStackedWidget* m_stack = nullptr;
    QToolButton* m_previous = nullptr;
    QToolButton* m_next = nullptr;
    QToolButton* m_zoomOut = nullptr;
    QToolButton* m_zoomIn = nullptr;
    QToolButton* m_fitWidth = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_print = nullptr;
};

} // namespace pcs::gui
