# Windows and macOS: the recipes for their installers. Written to build there, with Qt's own deployment
# (windeployqt / macdeployqt through qt_generate_deploy_app_script, which Qt 6.4 supports on these two
# systems), but neither is built or tested on this project's Linux CI. See packaging/README.md.
if(WIN32)
    # The console is a GUI program (no console window); its icon and version in the .exe's resources.
    set_target_properties(kyc-share-console PROPERTIES WIN32_EXECUTABLE ON)
    set(KYC_WINDOWS_ICO ${CMAKE_BINARY_DIR}/packaging/icons/kyc-share-console.ico)
    add_custom_command(OUTPUT ${KYC_WINDOWS_ICO}
        COMMAND kyc-render-icon ${CMAKE_SOURCE_DIR}/resources/icons/kyc-share-console.svg
            ${CMAKE_BINARY_DIR}/packaging/icons kyc-share-console ico
        DEPENDS kyc-render-icon ${CMAKE_SOURCE_DIR}/resources/icons/kyc-share-console.svg VERBATIM)
    configure_file(${CMAKE_SOURCE_DIR}/packaging/windows/kyc-share-console.rc.in
        ${CMAKE_BINARY_DIR}/packaging/kyc-share-console.rc @ONLY)
    target_sources(kyc-share-console PRIVATE ${CMAKE_BINARY_DIR}/packaging/kyc-share-console.rc ${KYC_WINDOWS_ICO})

    qt_generate_deploy_app_script(TARGET kyc-share-console OUTPUT_SCRIPT kyc_deploy_script
        NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT ${kyc_deploy_script})

    set(CPACK_GENERATOR "NSIS;ZIP")
    set(CPACK_PACKAGE_INSTALL_DIRECTORY "KYC Share Console")
    set(CPACK_NSIS_DISPLAY_NAME "KYC Share Console")
    set(CPACK_NSIS_PACKAGE_NAME "KYC Share Console ${PROJECT_VERSION}")
    set(CPACK_NSIS_MUI_ICON ${KYC_WINDOWS_ICO})
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\kyc-share-console.exe")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_MODIFY_PATH OFF)
    set(CPACK_PACKAGE_EXECUTABLES "kyc-share-console" "KYC Share Console")
    set(CPACK_CREATE_DESKTOP_LINKS "kyc-share-console")
elseif(APPLE)
    # A bundle with its Info.plist and icon, deployed by macdeployqt, in a drag-and-drop disk image.
    set(KYC_ICNS ${CMAKE_BINARY_DIR}/packaging/kyc-share-console.icns)
    set(iconset ${CMAKE_BINARY_DIR}/packaging/kyc-share-console.iconset)
    add_custom_command(OUTPUT ${KYC_ICNS}
        COMMAND kyc-render-icon ${CMAKE_SOURCE_DIR}/resources/icons/kyc-share-console.svg
            ${iconset} kyc-share-console iconset
        COMMAND iconutil -c icns -o ${KYC_ICNS} ${iconset}
        DEPENDS kyc-render-icon ${CMAKE_SOURCE_DIR}/resources/icons/kyc-share-console.svg VERBATIM)
    target_sources(kyc-share-console PRIVATE ${KYC_ICNS})
    set_source_files_properties(${KYC_ICNS} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    set_target_properties(kyc-share-console PROPERTIES
        MACOSX_BUNDLE ON
        OUTPUT_NAME "KYC Share Console"
        MACOSX_BUNDLE_INFO_PLIST ${CMAKE_SOURCE_DIR}/packaging/macos/Info.plist.in)

    qt_generate_deploy_app_script(TARGET kyc-share-console OUTPUT_SCRIPT kyc_deploy_script
        NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT ${kyc_deploy_script})

    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "KYC Share Console")
    set(CPACK_DMG_FORMAT "UDZO")
endif()
