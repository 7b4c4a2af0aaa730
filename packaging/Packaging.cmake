# CPack: a .deb and an .rpm of the three programs (scripts/package builds both from a clean tree).
# The version is the project's (project(VERSION) in the top-level CMakeLists.txt), like --version's.
set(CPACK_PACKAGE_NAME "kyc-share-console")
set(CPACK_PACKAGE_VENDOR "KYC Share Console developers")
set(CPACK_PACKAGE_CONTACT "KYC Share Console developers <dev@kyc-share.invalid>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Desktop console to issue KYC share tokens by hand")
set(CPACK_PACKAGE_DESCRIPTION
"A Qt desktop console with which compliance staff issue KYC share tokens
by hand: Sumsub share tokens for Reusable KYC, Sumsub ID Connect and
Sumsub ID share tokens, and ComplyCube SDK tokens. Secrets stay in the OS
keychain, copied tokens are cleared from the clipboard again, and every
attempt is kept in a searchable history. Includes the command-line twin
kyc-share and the provider emulator kyc-share-emulator for rehearsal and
demo mode.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_STRIP_FILES ON)
if(UNIX AND NOT APPLE)
    set(CPACK_GENERATOR "DEB;RPM")
endif()
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")

# Debian: shlibdeps finds the linked libraries; what Qt and QtKeychain load at run time it cannot see:
# libsecret (QtKeychain's Secret Service backend), the SQLite driver, the xcb platform plugin and the
# SVG icon engine. A Secret Service provider is recommended, not required: without one the console says
# how to get one and keeps secrets for the session only. The PostgreSQL driver is recommended: only team
# mode needs it, and without it the console says which package to install.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "gnome-keyring | kwalletmanager | keepassxc, qt6-translations-l10n, libqt6sql6-psql")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# RPM: rpmbuild's own dependency generator finds the libraries; the run-time-loaded ones by name.
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE "Proprietary")
set(CPACK_RPM_PACKAGE_GROUP "Applications/Productivity")
set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RPM_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_RPM_PACKAGE_AUTOREQ ON)
set(CPACK_RPM_PACKAGE_REQUIRES "libsecret")
set(CPACK_RPM_PACKAGE_SUGGESTS "gnome-keyring, qt6-qtbase-postgresql")
# The system's folders belong to the system's packages, not to this one.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications /usr/share/metainfo /usr/share/icons /usr/share/icons/hicolor
    /usr/share/man /usr/share/man/man1 /usr/share/doc)
foreach(size 16 24 32 48 64 128 256)
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
        /usr/share/icons/hicolor/${size}x${size} /usr/share/icons/hicolor/${size}x${size}/apps)
endforeach()
list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/icons/hicolor/scalable /usr/share/icons/hicolor/scalable/apps)

include(${CMAKE_CURRENT_LIST_DIR}/Platforms.cmake)
include(CPack)
