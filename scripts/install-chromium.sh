#!/usr/bin/env bash
# Installs Debian's Chromium (/usr/bin/chromium) for the browser tests (apps/docs), once.
# Idempotent: does nothing when /usr/bin/chromium is already there. Never downloads a browser
# from anywhere but the system's apt sources (playwright-core only drives it).
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  echo "install-chromium: /usr/bin/chromium is already installed ($(/usr/bin/chromium --version 2>/dev/null || echo 'version unknown'))"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "install-chromium: /usr/bin/chromium is missing and this script needs root to install it." >&2
  echo "install-chromium: run as root, or: sudo apt-get update && sudo apt-get install -y chromium" >&2
  exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-chromium: apt-get not found; install Chromium so that /usr/bin/chromium exists." >&2
  exit 1
fi

echo "install-chromium: installing Debian's chromium with apt-get"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium >/dev/null

if [ ! -x /usr/bin/chromium ]; then
  echo "install-chromium: apt-get finished but /usr/bin/chromium is still missing." >&2
  exit 1
fi
echo "install-chromium: installed $(/usr/bin/chromium --version 2>/dev/null || echo chromium)"
