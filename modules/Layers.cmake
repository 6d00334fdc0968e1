# The layers of DESIGN.md, as the only links each module may have.
# domain:    value types and rules; Qt Core only.
# log:       the spdlog wrapper every other layer may use; Qt Core only.
# curriculum: reads and validates curriculum packages into domain types; Qt Core only.
# analytics: pre/post statistics, completion, hours; pure functions over domain types; Qt Core only.
# reports:   PDF documents (QPdfWriter) and charts; domain types in, files out; no widgets.
# storage:   SQLite through SQLiteCpp; knows domain, never reports or gui.
# services:  the use cases the window and the command line share; every module above, Qt Core and
#            Qt Gui, never Qt Widgets.
# gui:       widgets; may use every module below it.
set(PCS_ALLOWED_domain Qt6::Core)
set(PCS_ALLOWED_log Qt6::Core)
set(PCS_ALLOWED_curriculum pcs::domain Qt6::Core)
set(PCS_ALLOWED_analytics pcs::domain Qt6::Core)
set(PCS_ALLOWED_reports pcs::domain Qt6::Core Qt6::Gui)
set(PCS_ALLOWED_storage pcs::domain pcs::log Qt6::Core)
set(PCS_ALLOWED_exchange pcs::domain Qt6::Core)
set(PCS_ALLOWED_services pcs::domain pcs::log pcs::storage pcs::curriculum pcs::analytics pcs::reports
    pcs::exchange Qt6::Core Qt6::Gui)
set(PCS_ALLOWED_gui pcs::domain pcs::log pcs::storage pcs::curriculum pcs::analytics pcs::reports pcs::exchange
    pcs::services
    Qt6::Core
    Qt6::Gui Qt6::Widgets)
