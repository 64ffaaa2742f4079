#pragma once

// The program version: project(VERSION) plus `git describe` when built from a git checkout (cmake/version.cmake).

#include <QString>

namespace certdesk {

// "0.1.0 (git 94bd493-dirty)" or "0.1.0".
QString versionString();

// `PROGRAM --version` anywhere on the command line: prints "PROGRAM VERSION" to stdout and returns true. Checked
// on argv before any QCoreApplication exists, so the GUI answers without a display.
bool printVersionIfAsked(int argc, char **argv, const char *program);

} // namespace certdesk
