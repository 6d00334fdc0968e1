# Installation layout and a Debian package through CPack (`cpack -G DEB` in the build folder).
include(GNUInstallDirs)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/pcs-studio.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/io.github.pcsstudio.PcsStudio.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/pcs-studio.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/curricula/ DESTINATION ${CMAKE_INSTALL_DATADIR}/pcs-studio/curricula)

set(CPACK_PACKAGE_NAME pcs-studio)
set(CPACK_PACKAGE_VENDOR "PCS Studio developers")
set(CPACK_PACKAGE_CONTACT "PCS Studio developers")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
include(CPack)
