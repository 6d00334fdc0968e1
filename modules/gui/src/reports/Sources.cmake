# The Reports workspace: the request form (the report itself is written by services::ReportJob,
# as `pcs-studio report` writes it), the preview (QPdfView) and printing.
find_package(Qt6 6.4 REQUIRED COMPONENTS PdfWidgets PrintSupport GLOBAL)
target_sources(pcs_gui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/../../include/pcs/gui/ReportsWorkspace.h
  ${CMAKE_CURRENT_LIST_DIR}/ReportsWorkspace.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ReportRequestPanel.h
  ${CMAKE_CURRENT_LIST_DIR}/ReportRequestPanel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ReportPreview.h
  ${CMAKE_CURRENT_LIST_DIR}/ReportPreview.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ReportPrinter.h
  ${CMAKE_CURRENT_LIST_DIR}/ReportPrinter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/BatchProgress.h
  ${CMAKE_CURRENT_LIST_DIR}/BatchProgress.cpp)
# Widgets of Qt PDF (qt6-pdf-dev) and the print dialog (qt6-base-dev): both are widgets, which
# this layer may use (DESIGN.md, Layers).
target_link_libraries(pcs_gui PRIVATE Qt6::Pdf Qt6::PdfWidgets Qt6::PrintSupport)
