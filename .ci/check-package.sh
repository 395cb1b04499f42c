#!/usr/bin/env bash
# Packs the analyzer and installs the .nupkg from a local feed into a fresh consumer project, as a user would:
# the nearest restricted-list.json is found, the date property is honoured, diagnostics appear; then checks that
# a build on a later day re-runs the compiler with no source change, that -p:ErrorLog writes a SARIF log after an
# up-to-date build, that the README's CI gate fails, and that the README's advance-warning snippet prints SR1003
# without failing -warnaserror.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0

dotnet pack src/SupplierRestrictions.Analyzers -c Release -o "$work/feed" -nologo -v:q >/dev/null
pkg=$(ls "$work/feed"/SupplierRestrictions.Analyzers.*.nupkg)
version=$(basename "$pkg" .nupkg | sed 's/^SupplierRestrictions\.Analyzers\.//')
echo "  packed $(basename "$pkg")"
for f in analyzers/dotnet/cs/SupplierRestrictions.Analyzers.dll build/SupplierRestrictions.Analyzers.props \
         build/SupplierRestrictions.Analyzers.targets buildTransitive/SupplierRestrictions.Analyzers.targets \
         restricted-list.schema.json; do
  if python3 -c "import sys,zipfile; sys.exit(0 if sys.argv[2] in zipfile.ZipFile(sys.argv[1]).namelist() else 1)" "$pkg" "$f"; then echo "  ok   package has $f"; else echo "  FAIL package lacks $f"; status=1; fi
done

# The consumer lives in a folder below the list, so the package must find the list by walking up.
mkdir -p "$work/consumer/src/Orders"
cp restricted-list.json "$work/consumer/restricted-list.json"
cat > "$work/consumer/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$work/feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
</configuration>
XML
cat > "$work/consumer/src/Orders/Orders.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="SupplierRestrictions.Analyzers" Version="$version" PrivateAssets="all" />
  </ItemGroup>
</Project>
XML
cat > "$work/consumer/src/Orders/SkydioOrders.cs" <<'CS'
namespace Orders;

public static class SkydioOrders
{
    public const string DysprosiumCas = "7429-91-6";
}
CS

cd "$work/consumer/src/Orders"
dotnet restore --packages "$work/packages" -nologo -v:q >/dev/null
build() { dotnet build --no-restore -nologo -v:q -p:SupplierRestrictionsDate="$1" 2>&1 | grep -oE '(warning|error) SR[0-9]{4}' | sort | uniq -c || true; }

on_suspended=$(build 2025-06-01)
on_lapsed=$(build 2026-11-28)
echo "  2025-06-01: $(echo $on_suspended)"
echo "  2026-11-28 (no source change): $(echo $on_lapsed)"
if grep -q "warning SR1001" <<<"$on_suspended"; then echo "  FAIL SR1001 while suspended"; status=1; else echo "  ok   no SR1001 while suspended"; fi
if grep -q "warning SR1001" <<<"$on_lapsed"; then echo "  ok   SR1001 after the suspension lapsed (the compiler re-ran)"; else echo "  FAIL no SR1001 on 2026-11-28"; status=1; fi
if grep -q "warning SR1002" <<<"$on_lapsed"; then echo "  ok   SR1002 for the dysprosium CAS number"; else echo "  FAIL no SR1002"; status=1; fi

# An explicit list path that does not exist fails the build (fail closed).
if dotnet build --no-restore -nologo -v:q -p:SupplierRestrictionsListPath=missing.json >/dev/null 2>&1; then
  echo "  FAIL a missing SupplierRestrictionsListPath did not fail the build"; status=1
else
  echo "  ok   a missing SupplierRestrictionsListPath fails the build"
fi
# The SARIF command as README prints it, after a build that left everything up to date: the package names the log as
# an output of CoreCompile, so a missing log makes the compiler run and write it.
dotnet build --no-restore -nologo -v:q -p:SupplierRestrictionsDate=2026-11-28 >/dev/null 2>&1 || true
rm -f results.sarif
dotnet build --no-restore -nologo -v:q -p:SupplierRestrictionsDate=2026-11-28 "-p:ErrorLog=results.sarif%2Cversion=2.1" >/dev/null 2>&1 || true
if [ -f results.sarif ]; then
  ids=$(bash "$repo/.ci/sarif-ids.sh" results.sarif | cut -f1 | sort -u | tr '\n' ' ')
  echo "  SARIF after an up-to-date build: $ids"
  if grep -q SR1001 <<<"$ids" && grep -q SR1002 <<<"$ids"; then echo "  ok   -p:ErrorLog writes the SARIF log with SR1001 and SR1002 though nothing changed"; else echo "  FAIL the SARIF log lacks SR1001/SR1002"; status=1; fi
else
  echo "  FAIL -p:ErrorLog after an up-to-date build wrote no SARIF log"; status=1
fi

# The README's CI gate, as printed (plus the date), right after a build that left everything up to date: it fails on
# a restriction in force and still writes the SARIF log.
dotnet build -c Release --no-restore -nologo -v:q -p:SupplierRestrictionsDate=2026-11-28 >/dev/null 2>&1 || true
rm -f results.sarif
if dotnet build -c Release --no-incremental -warnaserror -p:ErrorLog=results.sarif%2Cversion=2.1 \
     --no-restore -nologo -v:q -p:SupplierRestrictionsDate=2026-11-28 >/dev/null 2>&1; then
  echo "  FAIL the README's -warnaserror gate passed with SR1001 in force"; status=1
else
  echo "  ok   the README's -warnaserror gate fails on SR1001"
fi
if grep -q '"ruleId": "SR1001"' results.sarif 2>/dev/null; then echo "  ok   the gate's SARIF log has SR1001"; else echo "  FAIL the gate wrote no SARIF log with SR1001"; status=1; fi

# README's advance-warning snippet: SR1003/SR1005 raised to warning in .globalconfig, kept out of -warnaserror with
# WarningsNotAsErrors. A second project that only references Skydio, whose suspension ends 2026-11-09: on 2026-11-01
# the build prints SR1003 and a -warnaserror build still passes; without WarningsNotAsErrors it would fail.
mkdir -p "$work/consumer/src/Alerts"
cat > "$work/consumer/.globalconfig" <<'INI'
is_global = true
dotnet_diagnostic.SR1003.severity = warning
dotnet_diagnostic.SR1005.severity = warning
INI
cat > "$work/consumer/Directory.Build.props" <<'XML'
<Project>
  <PropertyGroup>
    <WarningsNotAsErrors>$(WarningsNotAsErrors);SR1003;SR1005</WarningsNotAsErrors>
  </PropertyGroup>
</Project>
XML
cp "$work/consumer/src/Orders/Orders.csproj" "$work/consumer/src/Alerts/Alerts.csproj"
printf 'namespace Alerts;\n\npublic sealed class SkydioFleetAlerts { }\n' > "$work/consumer/src/Alerts/SkydioFleetAlerts.cs"
cd "$work/consumer/src/Alerts"
dotnet restore --packages "$work/packages" -nologo -v:q >/dev/null
advance=$(dotnet build --no-restore -nologo -v:q --no-incremental -p:SupplierRestrictionsDate=2026-11-01 2>&1 || true)
if grep -q "warning SR1003" <<<"$advance"; then echo "  ok   SR1003 raised to warning prints in dotnet build"; else echo "  FAIL no SR1003 warning in dotnet build output"; status=1; fi
if gated=$(dotnet build --no-restore -nologo -v:q --no-incremental -warnaserror -p:SupplierRestrictionsDate=2026-11-01 2>&1); then
  if grep -q "warning SR1003" <<<"$gated"; then echo "  ok   -warnaserror passes and still prints SR1003 as a warning"; else echo "  FAIL -warnaserror passed without printing SR1003"; status=1; fi
else
  echo "  FAIL -warnaserror failed on SR1003 despite WarningsNotAsErrors"; status=1
fi
if dotnet build --no-restore -nologo -v:q --no-incremental -warnaserror -p:WarningsNotAsErrors= -p:SupplierRestrictionsDate=2026-11-01 >/dev/null 2>&1; then
  echo "  FAIL without WarningsNotAsErrors, -warnaserror did not fail on SR1003 (the check above proves nothing)"; status=1
else
  echo "  ok   without WarningsNotAsErrors, -warnaserror fails on SR1003 (so the setting is what keeps it passing)"
fi
if dotnet build --no-restore -nologo -v:q --no-incremental -warnaserror -p:SupplierRestrictionsDate=2026-11-28 >/dev/null 2>&1; then
  echo "  FAIL with the snippet, -warnaserror passed on SR1001 in force"; status=1
else
  echo "  ok   with the snippet, -warnaserror still fails on SR1001 in force"
fi

cd "$repo"
exit $status
