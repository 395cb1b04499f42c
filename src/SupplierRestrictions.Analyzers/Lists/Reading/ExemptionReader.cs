using System;
using System.Collections.Generic;
using System.Linq;
using SupplierRestrictions.Analyzers.Lists.Json;
using SupplierRestrictions.Analyzers.Rules;

namespace SupplierRestrictions.Analyzers.Lists.Reading;

/// <summary>Reads one exemption of a list file (docs/contract.md §7); an exemption with a problem exempts nothing.</summary>
internal sealed class ExemptionReader
{
    public static readonly HashSet<string> ExemptionFields = new(StringComparer.Ordinal) { "entries", "paths", "reason", "reference", "from", "until" };

    private readonly JsonChecks _json;

    public ExemptionReader(JsonChecks json) => _json = json;

    public Exemption? Read(JsonNode node)
    {
        const string Id = DiagnosticIds.ExemptionInvalid;
        if (node is not JsonObject exemptionObject)
        {
            _json.Report(Id, node, $"an exemption must be an object, not {node.KindName}");
            return null;
        }

        var entryIds = new List<string>();
        var entryIdRanges = new List<TextRange>();
        IReadOnlyList<string> paths = Array.Empty<string>();
        string? reason = null, reference = null;
        Day? from = null, until = null;
        bool valid = true, hasEntries = false;
        foreach (var property in _json.Distinct(exemptionObject, Id))
        {
            switch (property.Name)
            {
                case "entries":
                    hasEntries = true;
                    if (_json.ExpectArray(property, Id) is { } array)
                    {
                        foreach (var item in array.Items)
                        {
                            if (item is JsonString { Value.Length: > 0 } idValue)
                            {
                                entryIds.Add(idValue.Value);
                                entryIdRanges.Add(_json.Range(item));
                            }
                            else
                            {
                                _json.Report(Id, item, "an exemption's entries must be non-empty entry ids");
                                valid = false;
                            }
                        }

                        if (array.Items.Count == 0)
                        {
                            _json.Report(Id, array, "the exemption names no entries");
                            valid = false;
                        }
                    }
                    else
                    {
                        valid = false;
                    }

                    break;
                case "paths":
                    if (_json.ExpectArray(property, Id) is { } pathArray)
                    {
                        var list = new List<string>();
                        foreach (var item in pathArray.Items)
                        {
                            if (item is not JsonString { Value.Length: > 0 } glob)
                            {
                                _json.Report(Id, item, "a path must be a non-empty glob such as \"src/Legacy/**/*.cs\"");
                                valid = false;
                            }
                            else if (PathGlob.Validate(glob.Value) is { } problem)
                            {
                                _json.Report(Id, item, $"invalid glob \"{glob.Value}\": {problem}");
                                valid = false;
                            }
                            else
                            {
                                list.Add(glob.Value);
                            }
                        }

                        paths = list;
                    }
                    else
                    {
                        valid = false;
                    }

                    break;
                case "reason":
                    reason = _json.ExpectNonEmptyString(property, Id);
                    break;
                case "reference":
                    reference = _json.ExpectString(property, Id);
                    break;
                case "from":
                    from = _json.ExpectDay(property, Id, allowNull: false);
                    valid &= from is not null;
                    break;
                case "until":
                    until = _json.ExpectDay(property, Id, allowNull: false);
                    break;
                default:
                    _json.ReportName(Id, property, $"unknown property \"{property.Name}\" in an exemption{FieldSuggestions.Suggest(property.Name, ExemptionFields)}");
                    valid = false;
                    break;
            }
        }

        if (!hasEntries)
        {
            _json.Report(Id, exemptionObject.Start, exemptionObject.Start + 1, "the exemption has no \"entries\"; name the entry ids it covers");
        }

        if (reason is null && !exemptionObject.Properties.Any(p => p.Name == "reason"))
        {
            _json.Report(Id, exemptionObject.Start, exemptionObject.Start + 1, "the exemption has no \"reason\"; the justification is required");
        }

        if (until is null && !exemptionObject.Properties.Any(p => p.Name == "until"))
        {
            _json.Report(Id, exemptionObject.Start, exemptionObject.Start + 1, "the exemption has no \"until\"; no exemption is forever");
        }

        if (from is { } f && until is { } u && f > u)
        {
            _json.Report(Id, exemptionObject, $"the exemption's from ({f}) is after its until ({u})");
            valid = false;
        }

        // An invalid exemption exempts nothing: the restriction it names stays enforced.
        if (!valid || !hasEntries || reason is null || until is null)
        {
            return null;
        }

        return new Exemption(entryIds, entryIdRanges, paths, reason, reference, from, until.Value, _json.Range(exemptionObject));
    }
}
