#!/usr/bin/env bash
# Runs every test of Focus.Quality: unit, integration (real SQLite), architecture and browser (real Chromium
# against the real app on 127.0.0.1). Installs what a fresh machine lacks first.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# Playwright cannot download its own browser here, so the browser tests use Debian's Chromium headless shell (the
# lighter renderer Playwright itself runs headless); the mail tests send to a real local SMTP server, Debian's aiosmtpd.
missing=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium-headless-shell}" ] || missing+=(chromium-headless-shell)
/usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null || missing+=(python3-aiosmtpd)
# The build bundles the workflow canvas (AntV X6) from npm.
command -v npm >/dev/null || missing+=(nodejs npm)
# The SLA workbook test opens the file in LibreOffice (headless) to prove it needs no repair.
command -v libreoffice >/dev/null || missing+=(libreoffice-calc-nogui)
# Letters are converted to PDF/A by LibreOffice Writer; the test reads the PDF back with poppler's pdftotext.
[ -e /usr/lib/libreoffice/program/libswlo.so ] || missing+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null || missing+=(poppler-utils)
# The complaints mailbox is read from a real IMAP server, Debian's dovecot, started by the tests themselves.
[ -x /usr/sbin/dovecot ] || missing+=(dovecot-imapd)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} for the tests..."
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT

# The tests' SQLite folders, mailboxes and downloads go to memory when the machine has room there: every commit's fsync
# on the virtual disk costs kernel CPU that two cores running apps and browsers do not have (about a tenth of the
# integration tests' time). A killed app still leaves its committed data behind, as on disk.
if [ -z "${TMPDIR:-}" ] && [ "$(df -Pk /dev/shm 2>/dev/null | awk 'NR == 2 { print $4 }')" -gt 4000000 ] 2>/dev/null; then
  TMPDIR=$(mktemp -d /dev/shm/focus-tests-XXXXXX)
  # Open to all like /tmp: Dovecot reads its test mailboxes as an unprivileged user.
  chmod 1777 "$TMPDIR"
  export TMPDIR
  trap 'rm -f "$log"; rm -rf "$TMPDIR"' EXIT
fi

# One parallel build of the app and its tests (Focus.Quality.Tests.slnf: the solution without the benchmarks), then one
# test assembly at a time, quickest first: the integration and the browser tests each keep both cores busy, so side by
# side each only gets slower. A new test project goes into the filter and into this list (TestCommandTests checks both).
# The build uses the compiler server even where the environment turns it off (UseSharedCompilation=false): a new csc
# process per project loads and warms up Roslyn again, and the build took 110 s that way against 59 s with the server
# (fresh clone, one after the other). The server is stopped after the build so that its memory goes to the tests.
set +e
dotnet build Focus.Quality.Tests.slnf -c Release -p:UseSharedCompilation=true 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
dotnet build-server shutdown >/dev/null 2>&1
if [ "$status" -eq 0 ]; then
  for project in UnitTests ArchitectureTests IntegrationTests BrowserTests; do
    dotnet test "tests/Focus.Quality.$project" -c Release --no-build 2>&1 | tee -a "$log"
    [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
  done
fi
set -e

# One closing line over all test assemblies, in the plain form CI reads.
awk '/(Passed|Failed)!/ { for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1) } }
     END { printf "%d passed, %d failed\n", p, f }' FS='[ ,]+' "$log"
exit "$status"
