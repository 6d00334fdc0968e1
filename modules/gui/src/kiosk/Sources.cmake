# The learner-facing self-assessment kiosk (KioskWindow and its pages).
target_sources(pcs_gui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/../../include/pcs/gui/KioskWindow.h
  ${CMAKE_CURRENT_LIST_DIR}/KioskWindow.cpp
  ${CMAKE_CURRENT_LIST_DIR}/KioskContent.h
  ${CMAKE_CURRENT_LIST_DIR}/KioskContent.cpp
  ${CMAKE_CURRENT_LIST_DIR}/KioskIdle.h
  ${CMAKE_CURRENT_LIST_DIR}/KioskIdle.cpp
  ${CMAKE_CURRENT_LIST_DIR}/KioskStyle.h
  ${CMAKE_CURRENT_LIST_DIR}/KioskStyle.cpp
  ${CMAKE_CURRENT_LIST_DIR}/IdleWarning.h
  ${CMAKE_CURRENT_LIST_DIR}/IdleWarning.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ExitPage.h
  ${CMAKE_CURRENT_LIST_DIR}/ExitPage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/HandOffPage.h
  ${CMAKE_CURRENT_LIST_DIR}/HandOffPage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/LearnerSession.h
  ${CMAKE_CURRENT_LIST_DIR}/LearnerSession.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ConfirmPage.h
  ${CMAKE_CURRENT_LIST_DIR}/ConfirmPage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PinPage.h
  ${CMAKE_CURRENT_LIST_DIR}/PinPage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AssessmentView.h
  ${CMAKE_CURRENT_LIST_DIR}/AssessmentView.cpp
  ${CMAKE_CURRENT_LIST_DIR}/LearnerHeader.h
  ${CMAKE_CURRENT_LIST_DIR}/LearnerHeader.cpp
  ${CMAKE_CURRENT_LIST_DIR}/TopicPage.h
  ${CMAKE_CURRENT_LIST_DIR}/TopicPage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ItemCard.h
  ${CMAKE_CURRENT_LIST_DIR}/ItemCard.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RatingGroup.h
  ${CMAKE_CURRENT_LIST_DIR}/RatingGroup.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ReviewPage.h
  ${CMAKE_CURRENT_LIST_DIR}/ReviewPage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ResultPage.h
  ${CMAKE_CURRENT_LIST_DIR}/ResultPage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/WindowPresence.h
  ${CMAKE_CURRENT_LIST_DIR}/WindowPresence.cpp)

# On X11 the kiosk asks the X server whether its window still exists (WindowPresence.cpp): a window
# manager can destroy it without a close event. Optional: without libxcb the check answers yes.
find_path(PCS_XCB_INCLUDE_DIR xcb/xcb.h)
find_library(PCS_XCB_LIBRARY xcb)
if(PCS_XCB_INCLUDE_DIR AND PCS_XCB_LIBRARY)
  target_compile_definitions(pcs_gui PRIVATE PCS_HAVE_XCB)
  target_include_directories(pcs_gui PRIVATE ${PCS_XCB_INCLUDE_DIR})
  target_link_libraries(pcs_gui PRIVATE ${PCS_XCB_LIBRARY})
endif()
