using System;

namespace SupplierRestrictions.RestrictedList;

/// <summary>The command cannot run as asked (bad date, missing file, malformed input): exit code 2.</summary>
public sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message)
    {
    }
}
