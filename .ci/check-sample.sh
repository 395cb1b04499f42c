#!/usr/bin/env bash
# Builds samples/ProcurementService on fixed dates and checks which diagnostics appear (from its SARIF log).
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
status=0

build_on() { # date, sarif file
  dotnet build samples/ProcurementService -c Release --no-incremental -nologo -v:q \
    -p:SupplierRestrictionsDate="$1" "-p:ErrorLog=$2%2Cversion=2.1" >/dev/null
  bash .ci/sarif-ids.sh "$2"
}

expect() { # description, results, pattern (grep -E), wanted count or "some"/"none"
  local n
  n=$(grep -cE "$3" <<<"$2" || true)
  if { [ "$4" = some ] && [ "$n" -gt 0 ]; } || { [ "$4" = none ] && [ "$n" -eq 0 ]; } || [ "$4" = "$n" ]; then
    echo "  ok   $1 ($n)"
  else
    echo "  FAIL $1: expected $4, found $n"; status=1
  fi
}

echo "-- 2026-11-28 (suspensions of No. 21 / UEL No. 7 lapsed on 2026-11-09)"
r=$(build_on 2026-11-28 "$out/a.sarif")
printf '%s\n' "$r" | sed 's/^/     /'
expect "SR1001 Kratos UAS (suspension ended 2026-11-09)" "$r" "^SR1001.*Kratos Unmanned Aerial Systems.*suspension ended 2026-11-09" 2
expect "SR1001 Skydio" "$r" "^SR1001.*'Skydio Inc.'" 2
expect "SR1002 rare-earth codes" "$r" "^SR1002.(.)\"(7429-91-6|7440-27-9|HS 2805301200)" 3
expect "nothing for Echodyne (removed 2025-08-12)" "$r" "Echodyne" none
expect "nothing for Acme (on no list)" "$r" "Acme" none
expect "SR1005 Insitu under licence EL-2026-0042, ending 2026-12-15" "$r" "^SR1005.*Insitu.*Licence EL-2026-0042" some
expect "no SR1001 for exempted Insitu" "$r" "^SR1001.*Insitu" none

echo "-- 2025-06-01 (company listings suspended since 2025-05-14; rare earths never suspended)"
r=$(build_on 2025-06-01 "$out/b.sarif")
expect "no SR1001 while suspended" "$r" "^SR1001" none
expect "SR1002 rare earths still enforced" "$r" "^SR1002" some
expect "nothing for Echodyne while suspended" "$r" "Echodyne" none

echo "-- 2026-11-01 (eight days before the suspensions lapse)"
r=$(build_on 2026-11-01 "$out/c.sarif")
expect "SR1003 Kratos UAS suspension ends soon" "$r" "^SR1003.*Kratos Unmanned Aerial Systems.*2026-11-09" some
expect "no SR1001 for Kratos yet" "$r" "^SR1001.*Kratos" none
expect "SR1003 Insitu under Legacy/ names the licence that applies when the suspension ends" "$r" \
  "^SR1003.*Insitu.*suspended until 2026-11-09; from 2026-11-10, in 9 day\\(s\\), exemption 'Licence EL-2026-0042' applies until 2026-12-15$" 3
expect "SR1003 Kratos (no exemption) is enforced again" "$r" "^SR1003.*Kratos.*from 2026-11-10, in 9 day\\(s\\), it is enforced again$" 2
expect "no SR0007 for licence EL-2026-0042 (needed from 2026-11-10)" "$r" "^SR0007" none

echo "-- 2026-12-16 (the day after licence EL-2026-0042 ends)"
r=$(build_on 2026-12-16 "$out/d.sarif")
expect "SR1001 Insitu is back, naming the licence that ended" "$r" "^SR1001.*Insitu.*exemption 'Licence EL-2026-0042' ended 2026-12-15" some
expect "no SR1005 any more" "$r" "^SR1005" none

rm -rf "$out"
exit $status
