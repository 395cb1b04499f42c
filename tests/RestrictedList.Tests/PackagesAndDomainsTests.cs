using System.Linq;
using SupplierRestrictions.Analyzers.Lists;
using SupplierRestrictions.RestrictedList.Import;
using Xunit;

namespace SupplierRestrictions.RestrictedList.Tests;

/// <summary><c>packages</c> and <c>domains</c> in the tool: shown by status, SR1006 by scan --project, domains from imports.</summary>
public sealed class PackagesAndDomainsTests
{
    private const string List = """
        {
          "schemaVersion": 1,
          "entries": [
            { "id": "US-SKYDIO", "kind": "vendor", "name": "Northwind Aerial Robotics", "list": "Test List",
              "packages": ["Skydio.*"], "domains": ["skydio.com"], "listed": "2025-04-04" },
            { "id": "US-OTHER", "kind": "vendor", "name": "Contoso Flight Controllers", "list": "Test List" }
          ]
        }
        """;

    /// <summary>What restore writes, cut down to what is read: Skydio.Sdk comes in through Fleet.Telemetry.</summary>
    private const string Assets = """
        {
          "version": 3,
          "targets": {
            "net10.0": {
              "Fleet.Telemetry/1.0.0": { "type": "package", "dependencies": { "Skydio.Sdk": "2.1.0" } },
              "Skydio.Sdk/2.1.0": { "type": "package", "compile": { "lib/net10.0/Skydio.Sdk.dll": {} } },
              "Fleet.Shared/1.0.0": { "type": "project" }
            }
          },
          "project": {
            "frameworks": { "net10.0": { "dependencies": { "Fleet.Telemetry": { "target": "Package", "version": "[1.0.0, )" } } } }
          }
        }
        """;

    [Fact]
    public void Status_shows_each_entrys_packages_and_domains()
    {
        using var tool = new ToolRun();
        tool.Write("restricted-list.json", List);

        var result = tool.Run("status", "--date", "2026-11-28");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Packages and domains", result.Out);
        Assert.Matches(@"(?m)^US-SKYDIO +Skydio\.\* +skydio\.com *$", result.Out);
        Assert.DoesNotMatch(@"(?m)^US-OTHER +- +- *$", result.Out);
    }

    [Fact]
    public void Scan_with_a_project_reports_its_transitive_package_and_a_url_from_the_assets_file()
    {
        using var tool = new ToolRun();
        tool.Write("restricted-list.json", List);
        tool.Write("src/Fleet/Fleet.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        tool.Write("src/Fleet/obj/project.assets.json", Assets);
        tool.Write("src/Fleet/Endpoints.cs", """
            namespace Fleet;

            public static class Endpoints
            {
                public const string Api = "https://api.skydio.com/v1";
            }
            """);

        var result = tool.Run("scan", "--date", "2026-11-28", "--project", "src/Fleet/Fleet.csproj");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("(project): warning SR1006: The project references package 'Skydio.Sdk' 2.1.0 (transitive) of restricted vendor 'Northwind Aerial Robotics'", result.Out);
        Assert.Contains("src/Fleet/Endpoints.cs:5:31: warning SR1001: '\"https://api.skydio.com/v1\"' refers to restricted vendor", result.Out);
        Assert.DoesNotContain("Fleet.Telemetry'", result.Out);
        Assert.DoesNotContain("Fleet.Shared", result.Out);

        var before = tool.Run("scan", "--date", "2025-04-03", "--project", "src/Fleet/Fleet.csproj");
        Assert.Equal(0, before.ExitCode);
        Assert.DoesNotContain("SR1006", before.Out);
    }

    [Fact]
    public void Scan_with_a_project_that_was_never_restored_is_a_usage_error()
    {
        using var tool = new ToolRun();
        tool.Write("restricted-list.json", List);
        tool.Write("src/Fleet/Fleet.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        tool.Write("src/Fleet/Endpoints.cs", "class Endpoints { }");

        var result = tool.Run("scan", "--project", "src/Fleet/Fleet.csproj");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("run 'dotnet restore' first", result.Error);
    }

    [Fact]
    public void OpenSanctions_website_values_become_domains()
    {
        using var tool = new ToolRun();
        tool.Write("sites.ftm.json", """
            {"id": "NK-site-1", "schema": "Company", "target": true, "properties": {"name": ["Orion Maritime Logistics LLC"], "website": ["https://www.orion-ml.example/en/", "orion-ml.example", "not a site"], "topics": ["sanction"]}}
            {"id": "NK-site-2", "schema": "Company", "target": true, "properties": {"name": ["Kestrel Defence Systems"], "topics": ["sanction"]}}
            """);

        var result = tool.Run("import", "--from", "opensanctions", "sites.ftm.json", "-o", "restricted-list.json");

        Assert.Equal(0, result.ExitCode);
        var list = ParsedListFile.Parse(tool.Read("restricted-list.json"));
        Assert.Empty(list.Diagnostics);
        Assert.Equal(["orion-ml.example"], list.Entries.Single(e => e.Name.StartsWith("Orion", System.StringComparison.Ordinal)).Domains);
        Assert.Empty(list.Entries.Single(e => e.Name.StartsWith("Kestrel", System.StringComparison.Ordinal)).Domains);
    }

    [Fact]
    public void Csl_domains_come_only_from_a_website_named_in_the_remarks()
    {
        using var tool = new ToolRun();
        tool.Write("csl.csv", """
            _id,source,entity_number,type,programs,name,remarks
            a1,Specially Designated Nationals (SDN) - Treasury Department,501,Entity,IRAN,Orion Maritime Logistics LLC,"Website www.orion-ml.example; Email Address ops@orion-ml.example; alt. Website https://portal.orion-ship.example/login."
            a2,Specially Designated Nationals (SDN) - Treasury Department,502,Entity,IRAN,Kestrel Defence Systems,"Organization Established Date 2001; Email Address info@kestrel.example"
            """);

        var result = tool.Run("import", "--from", "csl", "csl.csv", "-o", "restricted-list.json");

        Assert.Equal(0, result.ExitCode);
        var list = ParsedListFile.Parse(tool.Read("restricted-list.json"));
        Assert.Empty(list.Diagnostics);
        Assert.Equal(["orion-ml.example", "portal.orion-ship.example"], list.Entries[0].Domains);
        Assert.Empty(list.Entries[1].Domains);
    }

    [Theory]
    [InlineData("https://www.skydio.com/en/", "skydio.com")]
    [InlineData("http://API.Skydio.com:8443", "api.skydio.com")]
    [InlineData("www.skydio.com.", "skydio.com")]
    [InlineData("www.com", "www.com")]
    [InlineData("skydio", null)]
    [InlineData("not a site", null)]
    [InlineData("", null)]
    public void A_website_gives_its_host_without_www(string website, string? domain) =>
        Assert.Equal(domain, WebsiteDomains.FromWebsite(website));
}
