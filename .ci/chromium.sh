#!/usr/bin/env bash
# Debian's Chromium for the web app's browser tests (Playwright drives it; it never downloads
# a browser of its own).
set -euo pipefail
if [ ! -x /usr/bin/chromium ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
fi
/usr/bin/chromium --version
