# Install rules and the Debian package (cpack -G DEB, or scripts/package.sh).
# Everything the programs read at run time is inside them (translations and icons as Qt
# resources); the rest is what the desktop and the system expect: a menu entry, the icon in the
# hicolor theme, AppStream metainfo, manual pages, the copyright and changelog.
include(GNUInstallDirs)

set(FD_APP_ID org.funneldesk.funneldesk)
install(TARGETS funneldesk funneldesk-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES resources/linux/${FD_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES resources/linux/${FD_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES resources/icons/funneldesk.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${FD_APP_ID}.svg)
foreach(size 16 24 32 48 64 128 256)
  install(FILES resources/icons/funneldesk-${size}.png
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps RENAME ${FD_APP_ID}.png)
endforeach()
install(FILES ${FD_MAN_PAGES} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
# The user guide the application shows, also as files to read in a browser.
install(FILES ${FD_GUIDE_DIR}/en/guide.html DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/funneldesk/guide/en)
install(FILES ${FD_GUIDE_DIR}/ru/guide.html DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/funneldesk/guide/ru)
install(FILES ${FD_GUIDE_IMAGES} DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/funneldesk/guide/images)

# Debian's documentation folder: the copyright, and the changelog compressed as policy asks.
set(FD_CHANGELOG ${PROJECT_BINARY_DIR}/changelog.gz)
add_custom_command(OUTPUT ${FD_CHANGELOG}
                   COMMAND gzip -9nc ${PROJECT_SOURCE_DIR}/resources/debian/changelog > ${FD_CHANGELOG}
                   DEPENDS ${PROJECT_SOURCE_DIR}/resources/debian/changelog VERBATIM)
add_custom_target(debian_changelog ALL DEPENDS ${FD_CHANGELOG})
install(FILES resources/debian/copyright ${FD_CHANGELOG} DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/funneldesk)

set(CPACK_PACKAGE_NAME funneldesk)
set(CPACK_PACKAGE_VENDOR "The FunnelDesk team")
set(CPACK_PACKAGE_CONTACT "The FunnelDesk team <team@funneldesk.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "CRM for sales through a meeting in the office")
set(CPACK_PACKAGE_DESCRIPTION
    "FunnelDesk follows every client from the advertisement to the money in the\n\
cash desk: call-center operators book meetings, office managers log visits and\n\
sales, and marketing reads conversion dashboards from ad spend to revenue. One\n\
SQLite file serves one office; a shared PostgreSQL server serves many.\n\
.\n\
This package holds the desktop application (funneldesk) and the command line\n\
(funneldesk-cli) for databases, imports, reports and benchmarks.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "The FunnelDesk team <team@funneldesk.org>")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://funneldesk.org")
# The libraries the programs link are found by dpkg-shlibdeps; Qt's plugins are loaded at run
# time, so their packages are named: the window system, and the SQLite and PostgreSQL drivers.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite, libqt6sql6-psql")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-dejavu-core, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
