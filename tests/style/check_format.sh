#!/usr/bin/env bash
# Fails when a C++ source of the project is not formatted by its .clang-format; lists them.
# Usage: tests/style/check_format.sh [CLANG_FORMAT]   (fix with: clang-format -i FILE...)
set -euo pipefail
cd "$(dirname "$0")/../.."
tool="${1:-clang-format}"
mapfile -t files < <(find src tests \( -name '*.cpp' -o -name '*.h' \) -not -path 'tests/fuzz/corpus/*' | sort)
"$tool" --dry-run --Werror "${files[@]}"
echo "${#files[@]} files are formatted"
