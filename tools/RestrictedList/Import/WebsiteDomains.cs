using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using SupplierRestrictions.Analyzers.Lists;

namespace SupplierRestrictions.RestrictedList.Import;

/// <summary>
/// Web sites of a screening-list record as <c>domains</c>: the host of a URL or of a bare "www.example.com", without
/// a leading "www." (the vendor's services live on other hosts of the same domain: api., portal.), kept only when it
/// is a valid host name.
/// </summary>
public static partial class WebsiteDomains
{
    /// <summary>The domain of one web site value ("https://www.example.com/en", "example.com"), or null.</summary>
    public static string? FromWebsite(string? website)
    {
        string text = (website ?? string.Empty).Trim();
        int scheme = text.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            text = text.Substring(scheme + 3);
        }

        int end = text.IndexOfAny(new[] { '/', '?', '#', ':', ' ' });
        string host = (end >= 0 ? text.Substring(0, end) : text).TrimEnd('.').ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal) && host.Count(c => c == '.') >= 2)
        {
            host = host.Substring("www.".Length);
        }

        return host.Length > 0 && HostName.ProblemOf(host) is null ? host : null;
    }

    /// <summary>The SDN writes a record's sites in its remarks: "Website www.example.com; Email Address …".</summary>
    public static IEnumerable<string> FromRemarks(string? remarks) =>
        remarks is null
            ? Enumerable.Empty<string>()
            : WebsiteInRemarks().Matches(remarks).Select(m => FromWebsite(m.Groups[1].Value)).OfType<string>();

    public static List<string> Distinct(IEnumerable<string> domains) => domains.Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    [GeneratedRegex(@"\bWebsites?\s+((?:https?://)?[A-Za-z0-9][A-Za-z0-9.-]*[A-Za-z0-9](?:/[^\s;,]*)?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WebsiteInRemarks();
}
