# The self-assessment kiosk: its own binary, so that it builds and runs apart from test_gui.
pcs_add_test(test_kiosk QTEST
  SOURCES KioskTest.cpp KioskTurnTest.cpp KioskRenderTest.cpp KioskLaunchTest.cpp KioskFixture.h KioskFixture.cpp KioskTestSupport.h KioskTestSupport.cpp
    CohortTestSupport.h CohortTestSupport.cpp
  LIBS pcs::gui pcs::storage pcs::curriculum Qt6::Pdf)
