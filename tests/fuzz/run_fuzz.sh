#!/usr/bin/env bash
# Builds the fuzz targets of the import's readers with clang++ (libFuzzer, AddressSanitizer,
# UndefinedBehaviorSanitizer) into a build directory of its own and fuzzes each for a while — the
# CSV reader, then the XLSX and HTML table readers — starting from a fresh copy of its seed corpus
# in tests/fuzz/corpus/. Fails when the build fails or libFuzzer finds anything: a crash, a
# sanitizer report, a broken invariant, a timeout, running out of memory.
#
#   tests/fuzz/run_fuzz.sh [--build-dir DIR] [--seconds N] [--cxx CLANG++] [--cmake CMAKE] [-- LIBFUZZER-FLAGS...]
#
# Defaults: build/release/fuzz, 30 seconds per target, clang++, cmake. ctest runs it with the main build
# directory's fuzz/ subdirectory. Set CMAKE_BUILD_PARALLEL_LEVEL to build with more than 2 jobs.
# What the run leaves in DIR: corpus/TARGET/ (the seeds and the inputs libFuzzer found interesting,
# until the next run) and artifacts/TARGET/ (the input of a failure).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "${here}/../.." && pwd)"
build_dir="${root}/build/release/fuzz"
seconds=30
cxx=clang++
cmake_bin=cmake
extra=()

usage() { sed -n '2,13s/^# \{0,1\}//p' "$0"; }

while [ $# -gt 0 ]; do
  case "$1" in
    --build-dir) build_dir="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    --cxx) cxx="$2"; shift 2 ;;
    --cmake) cmake_bin="$2"; shift 2 ;;
    --) shift; extra=("$@"); break ;;
    -h | --help) usage; exit 0 ;;
    *) echo "run_fuzz.sh: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
  esac
done

if [ ! -f "${build_dir}/build.ninja" ]; then
  "${cmake_bin}" -S "${here}" -B "${build_dir}" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER="${cxx}"
fi
"${cmake_bin}" --build "${build_dir}" --parallel "${CMAKE_BUILD_PARALLEL_LEVEL:-2}"

# Symbolized stack traces when llvm-symbolizer is installed (package llvm-14); raw addresses otherwise.
if [ -z "${ASAN_SYMBOLIZER_PATH:-}" ]; then
  symbolizer="$("${cxx}" -print-prog-name=llvm-symbolizer 2>/dev/null || true)"
  if [ -n "${symbolizer}" ] && [ -x "${symbolizer}" ]; then
    export ASAN_SYMBOLIZER_PATH="${symbolizer}"
  fi
fi
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

# fuzz TARGET SEEDS DICT WHAT: one target for ${seconds} s from a fresh copy of its seeds.
fuzz() {
  local fuzzer="${build_dir}/$1" corpus="${build_dir}/corpus/$2" artifacts="${build_dir}/artifacts/$2"
  rm -rf "${corpus}" "${artifacts}"
  mkdir -p "${corpus}" "${artifacts}"
  cp "${here}/corpus/$2/"* "${corpus}/"
  echo "run_fuzz.sh: fuzzing $4 for ${seconds} s on a copy of $(find "${corpus}" -type f | wc -l) seed files"
  local status=0
  "${fuzzer}" -max_total_time="${seconds}" -rss_limit_mb=2048 -timeout=10 -seed=1 -print_final_stats=1 \
    -dict="${here}/$3" -artifact_prefix="${artifacts}/" "${extra[@]}" "${corpus}" || status=$?
  if [ "${status}" -ne 0 ]; then
    echo "run_fuzz.sh: libFuzzer failed on $4 (exit status ${status})." >&2
    for f in "${artifacts}"/*; do
      [ -e "${f}" ] || continue
      echo "run_fuzz.sh: reproduce with: ${fuzzer} ${f}" >&2
    done
    exit 1
  fi
  echo "run_fuzz.sh: no crash in $4 in ${seconds} s; the corpus grew to $(find "${corpus}" -type f | wc -l) files"
}

fuzz fuzz_csv_reader csv csv.dict "the CSV reader"
fuzz fuzz_sheet_readers sheets sheets.dict "the XLSX and HTML table readers"
