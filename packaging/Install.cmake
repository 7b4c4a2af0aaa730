# What `cmake --install` puts where (GNUInstallDirs): the programs, the desktop entry, the AppStream
# metainfo, the icons (SVG and PNG, hicolor theme) and the man pages. The translations are compiled into
# the console. Included last from the top-level CMakeLists.txt.
include(GNUInstallDirs)
if(NOT UNIX OR APPLE)
    return() # Windows and macOS: packaging/Platforms.cmake
endif()

set(kyc_generated ${CMAKE_BINARY_DIR}/packaging)

configure_file(${CMAKE_SOURCE_DIR}/packaging/linux/app.desktop.in ${kyc_generated}/${KYC_APP_ID}.desktop @ONLY)
configure_file(${CMAKE_SOURCE_DIR}/packaging/linux/app.metainfo.xml.in
    ${kyc_generated}/${KYC_APP_ID}.metainfo.xml @ONLY)
foreach(page kyc-share kyc-share-console kyc-share-emulator)
    configure_file(${CMAKE_SOURCE_DIR}/docs/man/${page}.1 ${kyc_generated}/man/${page}.1 @ONLY)
    # Debian policy wants man pages compressed; gzip -n keeps the package reproducible.
    add_custom_command(OUTPUT ${kyc_generated}/man/${page}.1.gz
        COMMAND gzip -9 -n -c ${kyc_generated}/man/${page}.1 > ${kyc_generated}/man/${page}.1.gz
        DEPENDS ${kyc_generated}/man/${page}.1 VERBATIM)
    list(APPEND kyc_man_pages ${kyc_generated}/man/${page}.1.gz)
endforeach()

set(kyc_icon_sizes 16 24 32 48 64 128 256)
set(kyc_icon_outputs)
foreach(size ${kyc_icon_sizes})
    list(APPEND kyc_icon_outputs ${kyc_generated}/icons/${size}x${size}/${KYC_APP_ID}.png)
endforeach()
add_custom_command(OUTPUT ${kyc_icon_outputs}
    COMMAND kyc-render-icon ${CMAKE_SOURCE_DIR}/resources/icons/kyc-share-console.svg
        ${kyc_generated}/icons ${KYC_APP_ID} ${kyc_icon_sizes}
    DEPENDS kyc-render-icon ${CMAKE_SOURCE_DIR}/resources/icons/kyc-share-console.svg VERBATIM)
add_custom_target(kyc_install_data ALL DEPENDS ${kyc_icon_outputs} ${kyc_man_pages})

install(FILES ${kyc_generated}/${KYC_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${kyc_generated}/${KYC_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/kyc-share-console.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${KYC_APP_ID}.svg)
foreach(size ${kyc_icon_sizes})
    install(FILES ${kyc_generated}/icons/${size}x${size}/${KYC_APP_ID}.png
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
install(FILES ${kyc_man_pages} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
add_custom_command(OUTPUT ${kyc_generated}/changelog.gz
    COMMAND gzip -9 -n -c ${CMAKE_SOURCE_DIR}/packaging/linux/changelog > ${kyc_generated}/changelog.gz
    DEPENDS ${CMAKE_SOURCE_DIR}/packaging/linux/changelog VERBATIM)
add_custom_target(kyc_changelog ALL DEPENDS ${kyc_generated}/changelog.gz)
install(FILES ${CMAKE_SOURCE_DIR}/packaging/linux/copyright ${kyc_generated}/changelog.gz
    DESTINATION ${CMAKE_INSTALL_DOCDIR})
