namespace SupplierRestrictions.Analyzers.Lists;

/// <summary>
/// A <c>domains</c> value (docs/contract.md §1): a DNS host name such as <c>skydio.com</c>: two or more labels of
/// ASCII letters, digits and hyphens, none starting or ending with a hyphen, the last one with a letter (so an IP
/// address is not a domain). Subdomains need not be listed: <c>api.skydio.com</c> is matched by <c>skydio.com</c>.
/// </summary>
public static class HostName
{
    public const int MaxLength = 253;
    public const int MaxLabelLength = 63;

    /// <summary>Why a value is not a host name, or null when it is one.</summary>
    public static string? ProblemOf(string value)
    {
        string Not(string why) => $"\"{value}\" is not a host name ({why}); write the domain alone, e.g. \"skydio.com\"";

        if (value.Contains("://"))
        {
            return Not("it has a scheme");
        }

        foreach (char c in value)
        {
            switch (c)
            {
                case '/':
                case '?':
                case '#':
                    return Not("it has a path or query");
                case '@':
                    return Not("it has a user or e-mail part");
                case ':':
                    return Not("it has a port");
                case '*':
                    return Not("wildcards are not needed: subdomains always match");
            }

            if (char.IsWhiteSpace(c))
            {
                return Not("it has a space");
            }
        }

        if (value.Length > MaxLength)
        {
            return Not($"longer than {MaxLength} characters");
        }

        if (value.Length > 0 && (value[0] == '.' || value[value.Length - 1] == '.'))
        {
            return Not("it starts or ends with a dot");
        }

        string[] labels = value.Split('.');
        if (labels.Length < 2)
        {
            return Not("a single label; a domain has at least two, such as \"skydio.com\"");
        }

        foreach (string label in labels)
        {
            if (label.Length == 0 || label.Length > MaxLabelLength)
            {
                return Not(label.Length == 0 ? "it has an empty label" : $"a label longer than {MaxLabelLength} characters");
            }

            if (label[0] == '-' || label[label.Length - 1] == '-')
            {
                return Not("a label starts or ends with a hyphen");
            }

            foreach (char c in label)
            {
                if (!IsLabelChar(c))
                {
                    return Not($"'{c}' is not allowed; international names are written in their xn-- form");
                }
            }
        }

        string last = labels[labels.Length - 1];
        foreach (char c in last)
        {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
            {
                return null;
            }
        }

        return Not("the last label has no letter, as in an IP address");
    }

    public static bool IsLabelChar(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
}
