#!/usr/bin/env bash
# The .deb as a user gets it (run as root, on a display): its Depends cover what the program
# links; apt installs it; an ordinary user with a fresh home folder and no model starts
# /usr/bin/hearth-app (so the install folder is read-only to it) and the first-run window
# appears, in Japanese; a copy of the program on a "stick" with a `portable` marker keeps its
# data beside itself; removing the package leaves that user's data where it was.
#   tests/package/deb.sh PATH/TO/hearth.deb SCREENSHOT.png
set -euo pipefail
deb=$(realpath "$1")
shot=$2
user=hearth-pkg-test
fail() { echo "package test: $*" >&2; exit 1; }

# Waits for the main window (1100×760), not the small dialog a failed start shows under the
# same title, while process $1 runs.
main_window() {
  local window=""
  for _ in $(seq 60); do
    window=$(xwininfo -root -tree 2>/dev/null | grep '"Hearth"' | grep -E ' (1[0-9]{3})x[0-9]{3}\+' | head -1 || true)
    [ -n "$window" ] && return 0
    kill -0 "$1" 2>/dev/null || { cat "$work/app.log" >&2; fail "the app exited"; }
    sleep 0.5
  done
  xwininfo -root -tree | grep '"Hearth"' >&2 || true
  fail "no main window titled Hearth"
}

# Starts $1 as the test user with a bare environment; prints its pid.
start_as_user() {
  runuser -u "$user" -- env -i HOME="$home" DISPLAY="$DISPLAY" LANG=ja_JP.UTF-8 PATH=/usr/bin:/bin \
    "$1" >"$work/app.log" 2>&1 &
  echo $!
}

stop_user_processes() {
  pkill -u "$user" || true # the app and WebKit's helper processes
  for _ in $(seq 20); do pgrep -u "$user" >/dev/null || break; sleep 0.25; done
}

[ "$(id -u)" -eq 0 ] || fail "must run as root (it installs the package)"
[ -n "${DISPLAY:-}" ] || fail "needs DISPLAY"

# Every library the program links must come from a package named in Depends.
depends=$(dpkg-deb -f "$deb" Depends)
work=$(mktemp -d)
chmod 755 "$work"
mkdir -p "$work/debian" "$work/x"
printf 'Source: hearth\n\nPackage: hearth\nArchitecture: any\n' >"$work/debian/control"
dpkg-deb -x "$deb" "$work/x"
needed=$(cd "$work" && dpkg-shlibdeps -O x/usr/bin/hearth-app 2>/dev/null | sed 's/^shlibs:Depends=//')
for pkg in $(echo "$needed" | tr ',' '\n' | sed 's/(.*//; s/ //g'); do
  case ", $depends," in *", $pkg"[\ ,]*) ;; *) fail "Depends lacks $pkg (links it): $depends" ;; esac
done
echo "Depends: $depends"
echo "size: $(stat -c %s "$deb") bytes"

apt-get install -y -q --no-install-recommends "$deb" >/dev/null
[ -x /usr/bin/hearth-app ] || fail "not installed"
grep -q '^Comment\[ja\]=' /usr/share/applications/Hearth.desktop || fail "no Japanese comment in the desktop entry"
for size in 32x32 48x48 64x64 128x128 256x256 512x512; do
  [ -f "/usr/share/icons/hicolor/$size/apps/hearth-app.png" ] || fail "no $size icon"
done

home="$work/home"
id "$user" >/dev/null 2>&1 || useradd --no-create-home --home-dir "$home" --shell /usr/sbin/nologin "$user"
mkdir -p "$home"
chown "$user" "$home"
# A fresh home and no model: the first run. Started as a user would, by the program's name.
app=$(start_as_user hearth-app)
main_window "$app"
sleep 4 # the page paints after the window maps
import -window root "$shot"
deviation=$(convert "$shot" -format '%[fx:standard_deviation]' info:)
colors=$(convert "$shot" -format '%k' info:)
echo "first-run window: screenshot $shot ($colors colours, deviation $deviation)"
awk -v d="$deviation" -v c="$colors" 'BEGIN { exit !(d > 0.05 && c > 200) }' || fail "the window looks blank"
db="$home/.local/share/hearth/hearth.sqlite3"
[ -f "$db" ] || fail "no database in the user's data folder"
stop_user_processes

# Portable: the program copied to a stick with the marker keeps everything beside it.
stick="$work/USB スティック/Hearth"
mkdir -p "$stick"
cp /usr/bin/hearth-app "$stick/"
touch "$stick/portable"
chown -R "$user" "$work/USB スティック"
touch "$work/before-portable"
sleep 1
app=$(start_as_user "$stick/hearth-app")
main_window "$app"
sleep 2
stop_user_processes
[ -f "$stick/data/hearth.sqlite3" ] || fail "portable: no database beside the program"
[ -d "$stick/data/webview" ] || fail "portable: the web view's storage is not beside the program"
touched=$(find "$home/.local/share/hearth" "$home/.local/share/org.hearth.desktop" "$home/.config/org.hearth.desktop" \
  -newer "$work/before-portable" 2>/dev/null || true)
[ -z "$touched" ] || fail "portable: wrote into the home folder: $touched"
echo "portable: data beside the program ($(ls "$stick/data" | tr '\n' ' '))"

apt-get remove -y -q hearth >/dev/null
[ ! -e /usr/bin/hearth-app ] || fail "still installed after remove"
[ -f "$db" ] || fail "removing the package deleted the user's data"
echo "removed; the user's data stayed: $db"
userdel "$user"
rm -rf "$work"
