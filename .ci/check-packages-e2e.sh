#!/usr/bin/env bash
# SR1006 and domains end to end: a tiny vendor SDK (Skydio.Sdk 2.1.0) and a package depending on it
# (Fleet.Telemetry 1.0.0) in a local folder feed; a consumer that references Fleet.Telemetry only (so the SDK is
# transitive) and the packed analyzer, with a list whose entry has "packages" and "domains". Checks SR1006 and the
# URL's SR1001 on dates before listing, while suspended, in force and under an exemption; that the package file is
# written in a design-time build and not rewritten by a build that changes nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
ok() { echo "  ok   $1"; }
fail() { echo "  FAIL $1"; status=1; }

dotnet pack src/SupplierRestrictions.Analyzers -c Release -o "$work/feed" -nologo -v:q >/dev/null
analyzer_version=$(basename "$(ls "$work/feed"/SupplierRestrictions.Analyzers.*.nupkg)" .nupkg | sed 's/^SupplierRestrictions\.Analyzers\.//')

# The vendor's SDK: a real assembly, so restore resolves it with a version.
mkdir -p "$work/vendor"
cat > "$work/vendor/Skydio.Sdk.csproj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <PackageId>Skydio.Sdk</PackageId>
    <Version>2.1.0</Version>
    <Authors>vendor</Authors>
    <Description>test vendor SDK</Description>
  </PropertyGroup>
</Project>
XML
echo 'namespace Skydio.Sdk { public static class Fleet { public static int Count => 1; } }' > "$work/vendor/Fleet.cs"
dotnet pack "$work/vendor/Skydio.Sdk.csproj" -c Release -o "$work/feed" -nologo -v:q >/dev/null

# A second package that only depends on the SDK (no assets of its own): the consumer gets the SDK transitively.
python3 - "$work/feed/fleet.telemetry.1.0.0.nupkg" <<'PY'
import sys, zipfile
nuspec = """<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd">
  <metadata>
    <id>Fleet.Telemetry</id><version>1.0.0</version><authors>partner</authors><description>depends on Skydio.Sdk</description>
    <dependencies><group targetFramework="net10.0"><dependency id="Skydio.Sdk" version="2.1.0" /></group></dependencies>
  </metadata>
</package>"""
with zipfile.ZipFile(sys.argv[1], "w") as z:
    z.writestr("Fleet.Telemetry.nuspec", nuspec)
PY

mkdir -p "$work/consumer/src/Fleet" "$work/consumer/exemptions"
cat > "$work/consumer/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$work/feed" />
  </packageSources>
</configuration>
XML
cat > "$work/consumer/restricted-list.json" <<'JSON'
{
  "schemaVersion": 1,
  "entries": [
    {
      "id": "US-E2E-SKYDIO", "kind": "vendor", "name": "Northwind Aerial Robotics", "list": "E2E List",
      "packages": ["Skydio.*"], "domains": ["skydio.com"],
      "listed": "2025-04-04",
      "suspensions": [ { "from": "2025-06-01", "until": "2025-08-31" } ]
    }
  ]
}
JSON
cat > "$work/consumer/exemptions/app.restricted-list.json" <<'JSON'
{ "schemaVersion": 1, "exemptions": [ { "entries": ["US-E2E-SKYDIO"], "reason": "licence", "until": "2027-12-31" } ] }
JSON
cat > "$work/consumer/src/Fleet/Fleet.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="SupplierRestrictions.Analyzers" Version="$analyzer_version" PrivateAssets="all" />
    <PackageReference Include="Fleet.Telemetry" Version="1.0.0" />
  </ItemGroup>
  <ItemGroup Condition="'\$(WithExemption)' == 'true'">
    <AdditionalFiles Include="../../exemptions/app.restricted-list.json" />
  </ItemGroup>
</Project>
XML
cat > "$work/consumer/src/Fleet/Endpoints.cs" <<'CS'
namespace Fleet;

public static class Endpoints
{
    public const string Api = "https://api.skydio.com/v1/fleet";
    public const string Docs = "https://notskydio.com/fleet";
}
CS

cd "$work/consumer/src/Fleet"
dotnet restore --packages "$work/packages" -nologo -v:q >/dev/null
packages_file=obj/Debug/net10.0/SupplierRestrictions.packages.txt
# The SR diagnostics of a build, one per line; "BUILD FAILED" when it failed, so a broken build never passes a "nothing" check.
build() {
  local log
  log=$(dotnet build --no-restore -nologo -v:q "$@" 2>&1) || echo "BUILD FAILED: $(grep -m1 -E 'error' <<<"$log")"
  grep -E '(warning|error) SR[0-9]{4}' <<<"$log" | sed -E 's/^.*((warning|error) SR[0-9]{4}: [^[]*).*$/\1/' | sort -u || true
}
has() { grep -qF -- "$2" <<<"$1"; }

in_force=$(build -p:SupplierRestrictionsDate=2026-11-28)
echo "$in_force" | sed 's/^/    2026-11-28: /'
if has "$in_force" "warning SR1006: The project references package 'Skydio.Sdk' 2.1.0 (transitive) of restricted vendor 'Northwind Aerial Robotics'"; then ok "SR1006 for the transitive Skydio.Sdk 2.1.0 while in force"; else fail "no SR1006 for Skydio.Sdk on 2026-11-28"; fi
if has "$in_force" "package 'Fleet.Telemetry'"; then fail "SR1006 for Fleet.Telemetry, which no pattern matches"; else ok "no SR1006 for the unlisted Fleet.Telemetry"; fi
if [ "$(grep -c 'warning SR1001' <<<"$in_force")" = 1 ] && has "$in_force" "'\"https://api.skydio.com/v1/fleet\"' refers to restricted vendor"; then ok "SR1001 for the URL literal (domains), none for notskydio.com"; else fail "expected one SR1001, for the skydio.com URL"; fi
if grep -qP '^Skydio\.Sdk\t2\.1\.0\ttransitive$' "$packages_file" && grep -qP '^Fleet\.Telemetry\t1\.0\.0\tdirect$' "$packages_file"; then ok "package file lists Skydio.Sdk 2.1.0 transitive and Fleet.Telemetry 1.0.0 direct"; else fail "package file content:"; cat "$packages_file"; fi

written=$(stat -c %Y "$packages_file")
sleep 1
dotnet build --no-restore -nologo -v:n -p:SupplierRestrictionsDate=2026-11-28 > "$work/again.log" 2>&1 || true
if [ "$(stat -c %Y "$packages_file")" = "$written" ] && grep -q 'Skipping target "CoreCompile"' "$work/again.log"; then ok "an unchanged build leaves the package file alone and skips the compiler"; else fail "the package file was rewritten or the compiler re-ran with nothing changed"; fi

for day in 2025-04-03 2025-07-01; do
  out=$(build -p:SupplierRestrictionsDate=$day)
  if has "$out" "SR1006" || has "$out" "SR1001" || has "$out" "BUILD FAILED"; then fail "SR1006/SR1001 on $day (not yet listed / suspended): $out"; else ok "nothing on $day ($( [ $day = 2025-04-03 ] && echo 'before listed' || echo 'suspended'))"; fi
done

exempted=$(build -p:SupplierRestrictionsDate=2026-11-28 -p:WithExemption=true)
if has "$exempted" "SR1006" || has "$exempted" "SR1001" || has "$exempted" "SR0007" || has "$exempted" "BUILD FAILED"; then fail "under the exemption: $exempted"; else ok "an exemption without paths covers SR1006 and the URL, and is not stale"; fi

# Design-time build (as the IDE runs it): the package file is written and passed to the compiler.
rm -f "$packages_file"
if dotnet msbuild -nologo -t:ResolveAssemblyReferencesDesignTime\;Compile -p:DesignTimeBuild=true -p:BuildingProject=false \
     -p:SkipCompilerExecution=true -p:ProvideCommandLineArgs=true -getItem:CscCommandLineArgs 2>/dev/null | grep -q "/additionalfile:.*SupplierRestrictions.packages.txt" \
   && [ -f "$packages_file" ]; then ok "a design-time build writes the package file and passes it to the compiler"; else fail "the design-time build did not pass the package file"; fi
exit $status
