#!/usr/bin/env bash
# The browser tests need Debian's chromium. Install it when it is missing and this user
# may (root with apt-get); otherwise say so: those tests then skip. Never fails.
if command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing Debian's chromium for the browser tests..."
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) \
    >/dev/null 2>&1 || echo "could not install chromium: the browser tests will skip"
else
  echo "no chromium (apt-get install chromium): the browser tests will skip"
fi
exit 0
