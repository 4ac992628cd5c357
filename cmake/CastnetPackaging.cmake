# SPDX-License-Identifier: GPL-3.0-or-later
# `cpack -G DEB` in the build folder makes a Debian package of what
# `cmake --install` installs; dpkg-shlibdeps works out the libraries it
# depends on, so the package installs with apt on a clean Debian 12.
set(CPACK_PACKAGE_NAME castnet)
set(CPACK_PACKAGE_VENDOR "The Castnet authors")
set(CPACK_PACKAGE_CONTACT "The Castnet authors <authors@castnet.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Castnet plans a brand's campaign as broadcast media and relationship networking, projects the return of each track week by week, finds the best mix within the team's hours and budget, and writes a strategy report.")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION office)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so dpkg-shlibdeps cannot see them: the X11/Wayland
# platform plugins the window needs.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
# Only what a user runs: the tests and benchmarks install nothing.
set(CPACK_STRIP_FILES ON)
include(CPack)
