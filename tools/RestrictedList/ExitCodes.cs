namespace SupplierRestrictions.RestrictedList;

/// <summary>The tool's exit codes, the same for every command (documented in --help and docs/restricted-list-tool.md).</summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked and found nothing wrong.</summary>
    public const int Success = 0;

    /// <summary>The command ran and found a problem: a list error (SR0001/SR0002), a restriction in force in scanned code
    /// (SR1001/SR1002/SR1004), or an import whose result would not be a valid list.</summary>
    public const int Findings = 1;

    /// <summary>The command could not run as asked: unknown command or option, a date that is not YYYY-MM-DD, a missing or unreadable file.</summary>
    public const int UsageError = 2;
}
