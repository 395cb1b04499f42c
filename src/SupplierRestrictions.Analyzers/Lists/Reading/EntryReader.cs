using System;
using System.Collections.Generic;
using System.Linq;
using SupplierRestrictions.Analyzers.Lists.Json;
using SupplierRestrictions.Analyzers.Rules;

namespace SupplierRestrictions.Analyzers.Lists.Reading;

/// <summary>Reads one entry of a list file (docs/contract.md §1) with its suspensions; a problem is reported at its node.</summary>
internal sealed class EntryReader
{
    public static readonly HashSet<string> EntryFields = new(StringComparer.Ordinal)
    {
        "id", "kind", "name", "aliases", "codes", "symbols", "assemblies", "packages", "domains", "list", "authority", "reference",
        "url", "reason", "listed", "removed", "suspensions", "match",
    };

    public static readonly HashSet<string> SuspensionFields = new(StringComparer.Ordinal) { "from", "until", "reference", "note" };

    private readonly JsonChecks _json;

    public EntryReader(JsonChecks json) => _json = json;

    public RestrictionEntry? Read(JsonNode node)
    {
        const string Id = DiagnosticIds.EntryInvalid;
        if (node is not JsonObject entryObject)
        {
            _json.Report(Id, node, $"an entry must be an object, not {node.KindName}");
            return null;
        }

        string? id = null;
        TextRange idRange = default;
        EntryKind? kind = null;
        string? name = null;
        IReadOnlyList<string> aliases = Array.Empty<string>(), codes = Array.Empty<string>(), symbols = Array.Empty<string>(), assemblies = Array.Empty<string>();
        IReadOnlyList<string> packages = Array.Empty<string>(), domains = Array.Empty<string>();
        string? list = null, authority = null, reference = null, url = null, reason = null;
        Day? listed = null, removed = null;
        JsonNode? removedNode = null;
        var suspensions = new List<Suspension>();
        var match = NameMatchMode.Auto;
        bool hasKind = false;

        foreach (var property in _json.Distinct(entryObject, Id))
        {
            switch (property.Name)
            {
                case "id":
                    id = _json.ExpectNonEmptyString(property, Id);
                    idRange = _json.Range(property.Value);
                    break;
                case "kind":
                    hasKind = true;
                    string? kindText = _json.ExpectString(property, Id);
                    if (kindText == "vendor")
                    {
                        kind = EntryKind.Vendor;
                    }
                    else if (kindText == "material")
                    {
                        kind = EntryKind.Material;
                    }
                    else if (kindText is not null)
                    {
                        _json.Report(Id, property.Value, $"unknown kind \"{kindText}\"; expected \"vendor\" or \"material\"");
                    }

                    break;
                case "name":
                    name = _json.ExpectNonEmptyString(property, Id);
                    if (name is not null && !name.Any(char.IsLetterOrDigit))
                    {
                        _json.Report(Id, property.Value, "the name has no letter or digit, so it can never match");
                        name = null;
                    }

                    break;
                case "aliases":
                    aliases = _json.ExpectStringArray(property, Id, requireAlphanumericEnds: false);
                    break;
                case "codes":
                    codes = _json.ExpectStringArray(property, Id, requireAlphanumericEnds: true);
                    break;
                case "symbols":
                    symbols = _json.ExpectStringArray(property, Id, requireAlphanumericEnds: false);
                    break;
                case "assemblies":
                    assemblies = _json.ExpectStringArray(property, Id, requireAlphanumericEnds: false);
                    break;
                case "packages":
                    packages = _json.ExpectStringArray(property, Id, requireAlphanumericEnds: false, PackageIdPattern.ProblemOf);
                    break;
                case "domains":
                    domains = _json.ExpectStringArray(property, Id, requireAlphanumericEnds: false, HostName.ProblemOf);
                    break;
                case "list":
                    list = _json.ExpectString(property, Id);
                    break;
                case "authority":
                    authority = _json.ExpectString(property, Id);
                    break;
                case "reference":
                    reference = _json.ExpectString(property, Id);
                    break;
                case "url":
                    url = _json.ExpectString(property, Id);
                    break;
                case "reason":
                    reason = _json.ExpectString(property, Id);
                    break;
                case "listed":
                    listed = _json.ExpectDay(property, Id, allowNull: false);
                    break;
                case "removed":
                    removed = _json.ExpectDay(property, Id, allowNull: true);
                    removedNode = property.Value;
                    break;
                case "suspensions":
                    if (_json.ExpectArray(property, Id) is { } array)
                    {
                        foreach (var item in array.Items)
                        {
                            if (ReadSuspension(item) is { } suspension)
                            {
                                suspensions.Add(suspension);
                            }
                        }
                    }

                    break;
                case "match":
                    string? matchText = _json.ExpectString(property, Id);
                    switch (matchText)
                    {
                        case null:
                            break;
                        case "auto":
                            match = NameMatchMode.Auto;
                            break;
                        case "words":
                            match = NameMatchMode.Words;
                            break;
                        case "strict":
                            match = NameMatchMode.Strict;
                            break;
                        default:
                            _json.Report(Id, property.Value, $"unknown match \"{matchText}\"; expected \"auto\", \"words\" or \"strict\"");
                            break;
                    }

                    break;
                default:
                    _json.ReportName(Id, property, $"unknown property \"{property.Name}\"{FieldSuggestions.Suggest(property.Name, EntryFields)}; an unknown property could hide a restriction, so it is an error");
                    break;
            }
        }

        _json.MissingRequired(entryObject, id, "id");
        if (!hasKind)
        {
            _json.MissingRequired(entryObject, null, "kind");
        }

        _json.MissingRequired(entryObject, name, "name");
        if (listed is { } l && removed is { } r && r < l && removedNode is not null)
        {
            _json.Report(Id, removedNode, $"removed ({r}) is before listed ({l})");
        }

        if (id is null || kind is null || name is null)
        {
            return null;
        }

        return new RestrictionEntry(
            id,
            kind.Value,
            name,
            aliases,
            codes,
            symbols,
            assemblies,
            packages,
            domains,
            new EntryDetails(list, authority, reference, url, reason),
            listed,
            removed,
            suspensions,
            match,
            _json.Range(entryObject),
            idRange);
    }

    private Suspension? ReadSuspension(JsonNode node)
    {
        const string Id = DiagnosticIds.EntryInvalid;
        if (node is not JsonObject suspensionObject)
        {
            _json.Report(Id, node, $"a suspension must be an object with \"from\" and \"until\", not {node.KindName}");
            return null;
        }

        Day? from = null, until = null;
        string? reference = null, note = null;
        bool hasFrom = false, hasUntil = false;
        foreach (var property in _json.Distinct(suspensionObject, Id))
        {
            switch (property.Name)
            {
                case "from":
                    hasFrom = true;
                    from = _json.ExpectDay(property, Id, allowNull: false);
                    break;
                case "until":
                    hasUntil = true;
                    until = _json.ExpectDay(property, Id, allowNull: false);
                    break;
                case "reference":
                    reference = _json.ExpectString(property, Id);
                    break;
                case "note":
                    note = _json.ExpectString(property, Id);
                    break;
                default:
                    _json.ReportName(Id, property, $"unknown property \"{property.Name}\" in a suspension{FieldSuggestions.Suggest(property.Name, SuspensionFields)}");
                    break;
            }
        }

        if (!hasFrom)
        {
            _json.MissingRequired(suspensionObject, null, "from", "suspension");
        }

        if (!hasUntil)
        {
            _json.MissingRequired(suspensionObject, null, "until", "suspension");
        }

        if (from is null || until is null)
        {
            // An incomplete suspension is not applied: the restriction stays enforced (fail closed).
            return null;
        }

        if (from.Value > until.Value)
        {
            _json.Report(Id, suspensionObject, $"the suspension's from ({from}) is after its until ({until})");
            return null;
        }

        return new Suspension(from.Value, until.Value, reference, note);
    }
}
