# CPack DEB from this one tree (docs/packaging.md): `cpack --config build/CPackConfig.cmake -B dist`, run by
# `scripts/setup.sh package` on the already-built tree. One package per install component:
#   certdesk         component certdesk: certdesk, certdesk-admin, desktop entry, icons, metainfo, man pages
#   certdesk-county  component county:   certdesk-county, systemd unit, /etc/default file, man page
#   certdesk-county-console  component console: the supervisors' console, desktop entry, icon, man page
# The simulators (certdesk-samsim, certdesk-vcard) have no install rule: they are for tests and demos only.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME certdesk)
set(CPACK_PACKAGE_VENDOR "CertDesk")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "${CERTDESK_MAINTAINER}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON) # the build is RelWithDebInfo; the packages carry stripped binaries
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE
    WORLD_READ WORLD_EXECUTE)
set(CPACK_COMPONENTS_ALL certdesk county console)
set(CPACK_DEB_COMPONENT_INSTALL ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # certdesk_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SOURCE certdesk)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON) # dpkg-shlibdeps (dpkg-dev) computes the library dependencies
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${CERTDESK_HOMEPAGE}")

set(CPACK_DEBIAN_CERTDESK_PACKAGE_NAME certdesk)
set(CPACK_DEBIAN_CERTDESK_PACKAGE_SECTION misc)
# Run-time needs no library link shows: the CJK font of the printed forms, Qt's platform plugins.
set(CPACK_DEBIAN_CERTDESK_PACKAGE_DEPENDS "fonts-droid-fallback, qt6-qpa-plugins")
set(CPACK_DEBIAN_CERTDESK_PACKAGE_RECOMMENDS "fonts-noto-cjk, pcscd")
set(CPACK_COMPONENT_CERTDESK_DESCRIPTION "pension eligibility certification: the counter program
CertDesk is the counter program of a township or street social-security
service center: a clerk looks up a pensioner's certification form, checks
the identity presented (typed, or from a resident ID card or social security
card reader), records the result and prints the stamped official form.
Results are kept in an encrypted database and synced to the county server.
.
This package holds the counter program (certdesk) and its command-line
tool (certdesk-admin).")

set(CPACK_DEBIAN_COUNTY_PACKAGE_NAME certdesk-county)
set(CPACK_DEBIAN_COUNTY_PACKAGE_SECTION net)
set(CPACK_DEBIAN_COUNTY_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql")
set(CPACK_DEBIAN_COUNTY_PACKAGE_CONTROL_EXTRA
    ${PROJECT_SOURCE_DIR}/resources/debian/certdesk-county/conffiles
    ${PROJECT_SOURCE_DIR}/resources/debian/certdesk-county/postinst
    ${PROJECT_SOURCE_DIR}/resources/debian/certdesk-county/prerm
    ${PROJECT_SOURCE_DIR}/resources/debian/certdesk-county/postrm)
set(CPACK_COMPONENT_COUNTY_DESCRIPTION "pension eligibility certification: the county server
The county server of CertDesk keeps the county's certificate authority and
database, enrols the township service centers, imports the pending forms and
death notices, and serves the centers' sync over HTTPS with mutual TLS.
.
This package holds certdesk-county and its systemd service. The county
supervisors' desktop program is in certdesk-county-console.")

set(CPACK_DEBIAN_CONSOLE_PACKAGE_NAME certdesk-county-console)
set(CPACK_DEBIAN_CONSOLE_PACKAGE_SECTION misc)
# The CJK font of the printed workload report, Qt's platform plugins.
set(CPACK_DEBIAN_CONSOLE_PACKAGE_DEPENDS "fonts-droid-fallback, qt6-qpa-plugins")
set(CPACK_DEBIAN_CONSOLE_PACKAGE_RECOMMENDS "fonts-noto-cjk")
set(CPACK_COMPONENT_CONSOLE_DESCRIPTION "pension eligibility certification: the county supervisors' console
The county supervisors' console of CertDesk shows, in charts and tables,
how far each township service center has come with the yearly
certification, the daily workload per center and clerk, which centers have
gone quiet, and what waits for a supervisor's review. It reads the county
server's reports over HTTPS with a supervisor certificate.")

include(CPack)
