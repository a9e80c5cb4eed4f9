#!/usr/bin/env bash
# The Debian package as an office's administrator meets it: built by CPack from this build, its
# Depends computed, lintian without errors, the menu entry and the metainfo valid, and the
# programs run from the unpacked package (no path into the source or build tree): the CLI's
# version, the application's help without a display, a demo database and an offscreen
# screenshot signed in, the manual pages.
#   test_package.sh BUILD_DIR CPACK VERSION
set -euo pipefail
build="$1"
cpack="$2"
version="$3"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "FAILED: $*" >&2; exit 1; }

if ! "$cpack" -G DEB -B "$work/out" --config "$build/CPackConfig.cmake" >"$work/cpack.log" 2>&1; then
  cat "$work/cpack.log" >&2
  fail "cpack could not build the package"
fi
deb="$work/out/funneldesk_${version}_amd64.deb"
[ -f "$deb" ] || fail "no $deb (made: $(ls "$work/out"))"
echo "package: $(basename "$deb"), $(stat -c %s "$deb") bytes"

depends="$(dpkg-deb -f "$deb" Depends)"
echo "Depends: $depends"
for needed in libqt6widgets6 libqt6charts6 libsqlite3-0 libpq5 libc6 qt6-qpa-plugins libqt6sql6-sqlite; do
  grep -q "$needed" <<<"$depends" || fail "Depends lacks $needed"
done

# lintian: every tag printed, and no error among them.
lintian_status=0
lintian --fail-on error --info "$deb" >"$work/lintian.txt" 2>&1 || lintian_status=$?
grep -v "running with root privileges" "$work/lintian.txt" || true
[ "$lintian_status" -eq 0 ] || fail "lintian reports errors"
echo "lintian: no errors ($(grep -c '^[EWI]:' "$work/lintian.txt" || true) tags in all)"

dpkg-deb -x "$deb" "$work/root"
usr="$work/root/usr"
[ -x "$usr/bin/funneldesk" ] && [ -x "$usr/bin/funneldesk-cli" ] || fail "the programs are not in usr/bin"
desktop-file-validate "$usr/share/applications/org.funneldesk.funneldesk.desktop" || fail "the menu entry is not valid"
appstreamcli validate --no-net "$usr/share/metainfo/org.funneldesk.funneldesk.metainfo.xml" >/dev/null ||
  fail "the AppStream metainfo is not valid"
for size in 16x16 32x32 48x48 256x256 scalable; do
  ls "$usr/share/icons/hicolor/$size/apps/org.funneldesk.funneldesk."* >/dev/null || fail "no $size icon"
done
[ -f "$usr/share/doc/funneldesk/copyright" ] || fail "no copyright file"

[ "$("$usr/bin/funneldesk-cli" --version | cut -d' ' -f1-2)" = "funneldesk-cli $version" ] || fail "funneldesk-cli --version"
help="$(env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM=no-such-platform "$usr/bin/funneldesk" --help)" ||
  fail "funneldesk --help without a display"
grep -q -- "--screenshot" <<<"$help" || fail "funneldesk --help does not list its options"

# A demo database and a screenshot of it, the way a new user's first start goes, from the
# installed copy with a private home folder.
home="$work/home"
mkdir -p "$home"
HOME="$home" "$usr/bin/funneldesk-cli" demo --db "$home/demo.sqlite" --leads 1500 --end 2026-09-30 >/dev/null ||
  fail "funneldesk-cli demo"
for lang in ru en; do
  HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" QT_QPA_PLATFORM=offscreen \
    FUNNELDESK_PASSWORD=funneldesk "$usr/bin/funneldesk" --db "$home/demo.sqlite" --user head --lang "$lang" \
    --workspace dashboard --size 1024x640 --screenshot "$home/shot-$lang.png" 2>"$work/app.log" ||
    { cat "$work/app.log" >&2; fail "the screenshot from the installed copy ($lang)"; }
  [ "$(head -c 4 "$home/shot-$lang.png" | tail -c 3)" = "PNG" ] || fail "shot-$lang.png is not a PNG"
done

for page in funneldesk funneldesk-cli; do
  MANPAGER=cat MANWIDTH=80 man -l "$usr/share/man/man1/$page.1.gz" >"$work/$page.txt" 2>"$work/man.log" ||
    { cat "$work/man.log" >&2; fail "man $page"; }
  grep -q -- "--db" "$work/$page.txt" || fail "man $page does not list --db"
  [ ! -s "$work/man.log" ] || { cat "$work/man.log" >&2; fail "man $page warns"; }
done
grep -q "import leads" "$work/funneldesk-cli.txt" || fail "man funneldesk-cli does not list the import command"
echo "package installed, checked and run: ok"
