# Sourced by scripts/run, scripts/test and scripts/bench: installs the Debian
# packages the build needs when they are missing. Nothing is downloaded at
# build time; everything comes from Debian 12's packages.
LAB_PACKAGES="cmake g++ make pkg-config libsdl2-dev libimgui-dev liblua5.4-dev libgtest-dev libsqlite3-dev libfontconfig-dev fonts-dejavu-core nlohmann-json3-dev libcli11-dev libjemalloc-dev graphviz"

lab_missing_packages() {
  local missing=""
  for p in $LAB_PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
  done
  echo "$missing"
}

lab_install_deps() {
  local missing
  missing=$(lab_missing_packages)
  [ -z "$missing" ] && return 0
  echo "Installing missing packages:$missing"
  local sudo=""
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
      sudo="sudo"
    else
      echo "error: packages missing ($missing) and neither root nor sudo is available." >&2
      echo "Ask an administrator to run: apt-get install$missing" >&2
      exit 1
    fi
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "error: apt-get not found; this project targets Debian 12. Install:$missing" >&2
    exit 1
  fi
  $sudo apt-get update -qq || { echo "error: apt-get update failed" >&2; exit 1; }
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null ||
    { echo "error: apt-get install$missing failed" >&2; exit 1; }
}

lab_build() {  # lab_build DIR [cmake args...]
  local dir=$1; shift
  cmake -S "$LAB_ROOT" -B "$dir" "$@" >/dev/null || { echo "error: cmake configure failed in $dir" >&2; exit 1; }
  cmake --build "$dir" -j"$(nproc)" || { echo "error: build failed in $dir" >&2; exit 1; }
}
