using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using SupplierRestrictions.Analyzers.Lists;
using Xunit;

namespace SupplierRestrictions.RestrictedList.Tests;

public sealed class InitCommandTests
{
    private static string RepositorySchema => File.ReadAllText(Path.Combine(ToolRun.SamplesFolder, "root", "restricted-list.schema.json"));

    [Fact]
    public void Writes_a_valid_starter_list_and_the_schema_its_link_names()
    {
        using var tool = new ToolRun();

        var result = tool.Run("init");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            "Wrote restricted-list.json (no entries yet) and restricted-list.schema.json.\n"
            + "Add entries (the file shows an example) or import them with 'restricted-list import', then run 'restricted-list validate'.\n",
            result.Out);
        var list = ParsedListFile.Parse(tool.Read("restricted-list.json"));
        Assert.Empty(list.Diagnostics);
        Assert.Empty(list.Entries);
        Assert.Matches("\"\\$schema\": \"\\./restricted-list\\.schema\\.json\"", tool.Read("restricted-list.json"));
        Assert.Equal(RepositorySchema, tool.Read("restricted-list.schema.json"));
        Assert.Equal(0, tool.Run("validate").ExitCode);
    }

    [Fact]
    public void The_commented_examples_are_a_valid_list_once_uncommented()
    {
        using var tool = new ToolRun();
        tool.Run("init");

        string uncommented = Regex.Replace(tool.Read("restricted-list.json"), @"^(\s*)//(?=\s*[{}\[\]""])", "$1", RegexOptions.Multiline);
        tool.Write("restricted-list.json", uncommented);
        var list = ParsedListFile.Parse(uncommented);
        var validate = tool.Run("validate");

        Assert.Empty(list.Diagnostics);
        Assert.Equal("CN-UEL-2025-07-06", Assert.Single(list.Entries).Id);
        Assert.Single(list.Exemptions);
        Assert.Equal(0, validate.ExitCode);
        Assert.Equal("restricted-list.json: 1 entry, 1 exemption: valid\n", validate.Out);
    }

    [Fact]
    public void The_starter_list_without_comments_is_strict_json_with_the_schemas_top_level_properties()
    {
        using var tool = new ToolRun();
        tool.Run("init");

        using var document = JsonDocument.Parse(tool.Read("restricted-list.json"), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        using var schema = JsonDocument.Parse(RepositorySchema);

        var allowed = schema.RootElement.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.All(document.RootElement.EnumerateObject(), p => Assert.Contains(p.Name, allowed));
    }

    [Fact]
    public void Writes_into_a_named_folder_and_creates_it()
    {
        using var tool = new ToolRun();

        var result = tool.Run("init", "compliance/lists");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Wrote compliance/lists/restricted-list.json (no entries yet) and compliance/lists/restricted-list.schema.json.", result.Out);
        Assert.True(File.Exists(Path.Combine(tool.Folder, "compliance", "lists", "restricted-list.schema.json")));
    }

    [Fact]
    public void Refuses_to_overwrite_an_existing_list_and_writes_nothing()
    {
        using var tool = new ToolRun();
        tool.Write("restricted-list.json", "{ \"schemaVersion\": 1, \"entries\": [] }");

        var result = tool.Run("init");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: 'restricted-list.json' already exists; init never overwrites, so nothing was written\n", result.Error);
        Assert.Equal("{ \"schemaVersion\": 1, \"entries\": [] }", tool.Read("restricted-list.json"));
        Assert.False(File.Exists(Path.Combine(tool.Folder, "restricted-list.schema.json")));
    }

    [Fact]
    public void Refuses_when_the_schema_is_already_there_too()
    {
        using var tool = new ToolRun();
        tool.Write("restricted-list.schema.json", "{}");

        var result = tool.Run("init");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: 'restricted-list.schema.json' already exists; init never overwrites, so nothing was written\n", result.Error);
        Assert.False(File.Exists(Path.Combine(tool.Folder, "restricted-list.json")));
        Assert.Equal("{}", tool.Read("restricted-list.schema.json"));
    }
}
