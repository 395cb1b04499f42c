#!/usr/bin/env bash
# Smoke test of the packaged tool, as a user gets it: pack tools/RestrictedList, install the package from the
# local pack folder into a temporary tool path, and run restricted-list --help, validate and status on the
# repository's restricted-list.json. Run from the repository root; exits non-zero on any failure.
set -euo pipefail

package_id="SupplierRestrictions.RestrictedList"
repo_root="$(pwd)"
if [[ ! -f "$repo_root/tools/RestrictedList/RestrictedList.csproj" || ! -f "$repo_root/restricted-list.json" ]]; then
  echo "smoke-test: run from the repository root" >&2
  exit 2
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/restricted-list-smoke.XXXXXX")"
trap 'rm -rf "$work"' EXIT

step() { printf '\n== %s\n' "$*"; }
fail() { echo "smoke-test: FAILED: $*" >&2; exit 1; }

step "pack"
dotnet pack "$repo_root/tools/RestrictedList" -c Release -o "$work/feed" --nologo
package="$(find "$work/feed" -maxdepth 1 -name "$package_id.*.nupkg" ! -name '*.snupkg' | head -n 1)"
[[ -n "$package" ]] || fail "no $package_id package in $work/feed"
version="$(basename "$package" .nupkg)"
version="${version#"$package_id".}"
echo "packed $package_id $version"

step "install from the local pack folder"
# Re-packing the same version leaves installs on a cached copy: drop it from the global packages folder first.
packages="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
rm -rf "$packages/${package_id,,}/$version"
# Only the local folder as a source: the tool bundles its dependencies, so nothing else is needed.
cat > "$work/nuget.config" <<CONFIG
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$work/feed" />
  </packageSources>
</configuration>
CONFIG
dotnet tool install --tool-path "$work/tools" --configfile "$work/nuget.config" --add-source "$work/feed" --version "$version" "$package_id"
tool="$work/tools/restricted-list"
[[ -x "$tool" ]] || fail "restricted-list was not installed"

cd "$repo_root"

step "restricted-list --help"
"$tool" --help | tee "$work/help.txt"
grep -q "Exit codes:" "$work/help.txt" || fail "--help does not list the exit codes"

step "restricted-list validate"
"$tool" validate | tee "$work/validate.txt"
grep -q "restricted-list.json: 63 entries, 0 exemptions: valid" "$work/validate.txt" || fail "validate did not find the root list valid"

step "restricted-list status --date 2026-11-28 restricted-list.json"
"$tool" status --date 2026-11-28 restricted-list.json | tee "$work/status.txt"
grep -q "restricted-list.json: 63 entries on 2026-11-28" "$work/status.txt" || fail "status did not show the 63 entries"
grep -Eq "^CN-ECL-2025-21-01 +vendor +High Point Aerotechnologies .* in force " "$work/status.txt" || fail "status did not show CN-ECL-2025-21-01 in force"

step "restricted-list scan: the real analyzer over a folder, no project"
mkdir -p "$work/src"
printf 'namespace Demo;\n\npublic class SierraNevadaClient { }\n' > "$work/src/Client.cs"
set +e
"$tool" scan --date 2026-11-28 --list restricted-list.json --format sarif -o "$work/scan.sarif" "$work/src"
code=$?
set -e
[[ $code -eq 1 ]] || fail "scan of a reference to a restriction in force exited $code, expected 1"
grep -q '"ruleId": "SR1001"' "$work/scan.sarif" || fail "scan's SARIF has no SR1001 result"

step "restricted-list validate on a malformed list exits 1"
printf '{ "schemaVersion": 1, "entries": [ }\n' > "$work/broken.restricted-list.json"
set +e
"$tool" validate "$work/broken.restricted-list.json" > "$work/broken.txt"
code=$?
set -e
cat "$work/broken.txt"
[[ $code -eq 1 ]] || fail "validate of a malformed list exited $code, expected 1"
grep -q "broken.restricted-list.json:1:36: error SR0001" "$work/broken.txt" || fail "validate did not report SR0001 at 1:36"

step "restricted-list init: a starter list and the schema beside it, never overwritten"
mkdir -p "$work/new"
(cd "$work/new" && "$tool" init && "$tool" validate)
cmp "$work/new/restricted-list.schema.json" "$repo_root/restricted-list.schema.json" || fail "init wrote a schema that differs from the repository's"
set +e
(cd "$work/new" && "$tool" init) 2> "$work/init-again.txt"
code=$?
set -e
cat "$work/init-again.txt"
[[ $code -eq 2 ]] || fail "init over an existing list exited $code, expected 2"
grep -q "already exist" "$work/init-again.txt" || fail "init over an existing list did not say why"

echo
echo "smoke-test: OK ($package_id $version)"
