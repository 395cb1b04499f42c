using System.Xml.Linq;
using SupplierRestrictions.Analyzers.Settings;
using SupplierRestrictions.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SupplierRestrictions.Analyzers.Tests;

/// <summary>The package's MSBuild files and the analyzer agree on the properties they share.</summary>
public sealed class BuildFilesTests
{
    [Fact]
    public void The_targets_default_for_warning_days_is_the_analyzers()
    {
        var targets = XDocument.Load(Path.Combine(RepoFiles.Root, "build", "SupplierRestrictions.Analyzers.targets"));
        var defaults = targets.Descendants(targets.Root!.Name.Namespace + BuildProperties.WarningDays).ToArray();
        Assert.Single(defaults);
        Assert.Equal(BuildProperties.DefaultWarningDays.ToString(System.Globalization.CultureInfo.InvariantCulture), defaults[0].Value.Trim());
    }
}
