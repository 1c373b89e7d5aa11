#!/usr/bin/env bash
# Fuzzes BounceParser.Parse with AFL++ for a given time, seeded with the project's .eml fixtures.
#   tests/BounceTools.Fuzz/run-fuzz.sh DURATION      DURATION: seconds, or 90s, 45m, 2h
# Installs what it needs (afl++ from Debian, the sharpfuzz tool from .config/dotnet-tools.json),
# publishes and instruments the harness under $FUZZ_WORK (default output/fuzz), and resumes the
# previous session found there. Findings: $FUZZ_WORK/findings/default/{crashes,hangs}.
# Run it with `nice -n 19` on a shared machine: it keeps one core busy.
set -euo pipefail

duration=${1:?usage: run-fuzz.sh DURATION (seconds, or 90s, 45m, 2h)}
case $duration in
  *h) seconds=$(( ${duration%h} * 3600 )) ;;
  *m) seconds=$(( ${duration%m} * 60 )) ;;
  *s) seconds=${duration%s} ;;
  *)  seconds=$duration ;;
esac

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=${FUZZ_WORK:-$root/output/fuzz}

if ! command -v afl-fuzz >/dev/null; then
  apt-get update && apt-get install -y afl++
fi
(cd "$root" && dotnet tool restore >/dev/null)

# Instrument a fresh copy every time: sharpfuzz refuses an assembly it has already rewritten.
rm -rf "$work/bin"
dotnet publish "$here/BounceTools.Fuzz.csproj" -c Release -o "$work/bin" --nologo -v quiet
(cd "$root" && dotnet sharpfuzz "$work/bin/BounceTools.Core.dll" && dotnet sharpfuzz "$work/bin/MimeKit.dll")

mkdir -p "$work/seeds"
find "$root/module/samples" "$root/tests/fixtures" -name '*.eml' -size -64k -exec cp {} "$work/seeds/" \;

export AFL_SKIP_BIN_CHECK=1            # the target is `dotnet`, instrumented by SharpFuzz, not afl-cc
export AFL_SKIP_CPUFREQ=1
export AFL_NO_AFFINITY=1               # do not pin a core of a shared machine
export AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
export AFL_AUTORESUME=1
export AFL_NO_UI=1
# Unbounded allocation is a finding: the harness dies (a crash to AFL) past 512 MB of managed heap.
export DOTNET_GCHeapHardLimit=0x20000000

exec afl-fuzz -i "$work/seeds" -o "$work/findings" -t 3000 -m none -V "$seconds" \
  -x "$here/mime.dict" -- dotnet "$work/bin/BounceTools.Fuzz.dll"
