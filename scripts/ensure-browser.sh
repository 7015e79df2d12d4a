#!/usr/bin/env bash
# Makes sure the browser tests have what npm cannot bring: Debian's Chromium and the CJK and emoji
# fonts the visual baselines were made with. Installs them with apt when running as root; otherwise
# stops with the exact command to run. Nothing here downloads a browser build of its own.
set -euo pipefail

# The visual baselines were made with exactly these fonts; installing others changes pixels.
packages=(chromium fonts-noto-cjk fonts-noto-color-emoji fonts-dejavu-core fonts-dejavu-extra fonts-liberation)
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
for package in "${packages[@]:1}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

command_line="apt-get update && apt-get install -y ${packages[*]}"
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "staking-ui tests need ${missing[*]} (Debian packages)." >&2
  echo "Install them with:  sudo sh -c '$command_line'" >&2
  exit 1
fi

echo "Installing ${missing[*]} from Debian's packages (browser tests need them)..."
export DEBIAN_FRONTEND=noninteractive
if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null; }; then
  echo "Could not install ${missing[*]}. Run as root:  $command_line" >&2
  exit 1
fi
