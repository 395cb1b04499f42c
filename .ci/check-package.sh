#!/usr/bin/env bash
# Packs the analyzer and installs the .nupkg from a local feed into a fresh consumer project, as a user would:
# the nearest restricted-list.json is found, the date property is honoured, diagnostics appear; then checks that
# a build on a later day re-runs the compiler with no source change.
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
cd "$repo"
exit $status
