# pcs_add_module(NAME SOURCES ... [PUBLIC_DEPS ...] [PRIVATE_DEPS ...] [PCH header...])
# Declares modules/NAME as the static library pcs_NAME (alias pcs::NAME). The layer rules of
# DESIGN.md are checked here: a module may link only the PCS modules and Qt parts listed for it
# in PCS_ALLOWED_<NAME> (set in modules/Layers.cmake); anything else stops the configure step.
function(pcs_add_module name)
  cmake_parse_arguments(arg "" "" "SOURCES;PUBLIC_DEPS;PRIVATE_DEPS;PCH" ${ARGN})
  foreach(dep IN LISTS arg_PUBLIC_DEPS arg_PRIVATE_DEPS)
    if(dep MATCHES "^pcs::(.*)$" OR dep MATCHES "^Qt6?::(.*)$")
      if(NOT dep IN_LIST PCS_ALLOWED_${name})
        message(FATAL_ERROR "Layer violation: module '${name}' may not link '${dep}'. "
                            "Allowed: ${PCS_ALLOWED_${name}} (see DESIGN.md, Layers).")
      endif()
    endif()
  endforeach()
  add_library(pcs_${name} STATIC ${arg_SOURCES})
  set_property(GLOBAL APPEND PROPERTY PCS_MODULES ${name})
  add_library(pcs::${name} ALIAS pcs_${name})
  target_include_directories(pcs_${name}
    PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/include
    PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/src)
  target_link_libraries(pcs_${name}
    PUBLIC ${arg_PUBLIC_DEPS}
    PRIVATE pcs_common_cfg ${arg_PRIVATE_DEPS})
  if(PCS_USE_PCH AND arg_PCH)
    target_precompile_headers(pcs_${name} PRIVATE ${arg_PCH})
  endif()
endfunction()

# Every link a target has, followed through the libraries it links (targets only).
function(pcs_collect_links target out)
  set(seen ${${out}})
  foreach(property LINK_LIBRARIES INTERFACE_LINK_LIBRARIES)
    get_target_property(links ${target} ${property})
    if(NOT links)
      continue()
    endif()
    foreach(link IN LISTS links)
      string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" link "${link}")
      if(link IN_LIST seen OR link MATCHES "^\\$<")
        continue()
      endif()
      list(APPEND seen ${link})
      if(TARGET ${link})
        pcs_collect_links(${link} seen)
      endif()
    endforeach()
  endforeach()
  set(${out} ${seen} PARENT_SCOPE)
endfunction()

# pcs_check_final_links(): after every module is declared, no module but those whose table entry
# allows Qt6::Widgets reaches Qt Widgets through any library it links, added later or indirectly
# (Qt6::PdfWidgets and Qt6::PrintSupport are widgets too).
function(pcs_check_final_links)
  get_property(modules GLOBAL PROPERTY PCS_MODULES)
  foreach(name IN LISTS modules)
    if("Qt6::Widgets" IN_LIST PCS_ALLOWED_${name})
      continue()
    endif()
    set(links "")
    pcs_collect_links(pcs_${name} links)
    foreach(widgets Qt6::Widgets Qt6::PdfWidgets Qt6::PrintSupport pcs::gui pcs_gui)
      if(widgets IN_LIST links)
        message(FATAL_ERROR "Layer violation: module '${name}' reaches '${widgets}' through its links "
                            "(${links}); only gui may use widgets (see DESIGN.md, Layers).")
      endif()
    endforeach()
  endforeach()
endfunction()
