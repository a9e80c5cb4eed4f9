#!/usr/bin/env bash
# The program's code stays portable to Windows: headers that exist on one system only
# (POSIX's unistd.h, fcntl.h, sys/…, signal handling, Linux's /proc, Windows' windows.h) and
# paths under /proc appear in src/core/util/platform.cpp alone, which has a branch for each
# system. Everything else goes through the C++ library or Qt.
set -euo pipefail
cd "$(dirname "$0")/../.."
platform="src/core/util/platform.cpp"
headers='#[[:space:]]*include[[:space:]]*<(unistd|fcntl|signal|pthread|dlfcn|termios|pwd|grp|dirent|poll|syslog|spawn|sched|semaphore|netdb|glob|fnmatch|libgen|utime|windows|winsock2|io|direct|psapi)\.h>|#[[:space:]]*include[[:space:]]*<(sys|linux|netinet|arpa)/'
found="$(grep -rnE "$headers|\"/proc/|\"/sys/|\"/dev/shm" src --include='*.cpp' --include='*.h' | grep -v "^${platform}:" || true)"
if [ -n "$found" ]; then
  echo "System-only code outside ${platform} (put it there, with a branch for Windows):" >&2
  echo "$found" >&2
  exit 1
fi
echo "no system-only header or path outside ${platform}"
