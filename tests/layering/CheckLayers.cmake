# cmake -DSOURCE_DIR=<tree> -P CheckLayers.cmake
# Fails when a source under <tree>/modules includes a header its layer may not use (DESIGN.md):
#   domain: Qt Core only; no other module, no SQL, no widgets
#   log:    Qt Core and spdlog only
#   storage: domain, log, SQLite; never reports, gui, widgets
#   every module but gui: no QtWidgets
# and when a widget (modules/gui) uses SQLite itself.
set(forbidden_domain "pcs/(storage|gui|reports|exchange|analytics|curriculum|log)/|SQLiteCpp|sqlite3\\.h|<Q(Widget|Application|Dialog|MainWindow|Label|PushButton)|QtWidgets|QtGui|<QPdf")
set(forbidden_log "pcs/(storage|gui|reports|exchange|analytics|curriculum|domain)/|SQLiteCpp|sqlite3\\.h|QtWidgets|<QWidget")
set(forbidden_storage "pcs/(gui|reports|exchange|analytics)/|QtWidgets|<QWidget|<QApplication|<QPdf|<QPainter")
set(forbidden_gui "SQLiteCpp|sqlite3\\.h")
set(forbidden_curriculum "pcs/(storage|gui|reports|exchange|analytics)/|SQLiteCpp|sqlite3\\.h|QtWidgets|<QWidget")
set(forbidden_analytics "pcs/(storage|gui|reports|exchange|curriculum)/|SQLiteCpp|sqlite3\\.h|QtWidgets|<QWidget")
set(forbidden_reports "pcs/(storage|gui|exchange)/|SQLiteCpp|sqlite3\\.h|QtWidgets|<QWidget")
set(forbidden_exchange "pcs/(gui|reports)/|SQLiteCpp|sqlite3\\.h|QtWidgets|<QWidget")

set(violations "")
set(checked 0)
file(GLOB modules LIST_DIRECTORIES true "${SOURCE_DIR}/modules/*")
foreach(module_dir IN LISTS modules)
  if(NOT IS_DIRECTORY "${module_dir}")
    continue()
  endif()
  get_filename_component(module "${module_dir}" NAME)
  if(NOT DEFINED forbidden_${module})
    list(APPEND violations "modules/${module}: a module with no layer rule in tests/layering/CheckLayers.cmake")
    continue()
  endif()
  file(GLOB_RECURSE sources "${module_dir}/*.h" "${module_dir}/*.cpp")
  foreach(source IN LISTS sources)
    math(EXPR checked "${checked} + 1")
    file(STRINGS "${source}" includes REGEX "^[ \t]*#[ \t]*include")
    foreach(line IN LISTS includes)
      if(line MATCHES "${forbidden_${module}}")
        file(RELATIVE_PATH shown "${SOURCE_DIR}" "${source}")
        list(APPEND violations "${shown}: ${line}")
      endif()
    endforeach()
  endforeach()
endforeach()

if(violations)
  list(JOIN violations "\n  " text)
  message(FATAL_ERROR "Layer violations (DESIGN.md, Layers):\n  ${text}")
endif()
if(checked EQUAL 0)
  message(FATAL_ERROR "No sources found under ${SOURCE_DIR}/modules")
endif()
message(STATUS "Layering: ${checked} sources checked, no violation")
