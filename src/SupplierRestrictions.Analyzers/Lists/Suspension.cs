namespace SupplierRestrictions.Analyzers.Lists;

/// <summary>Days on which a restriction is not enforced; <see cref="Until"/> is the last such day.</summary>
public sealed class Suspension
{
    public Suspension(Day from, Day until, string? reference, string? note)
    {
        From = from;
        Until = until;
        Reference = reference;
        Note = note;
    }

    public Day From { get; }

    public Day Until { get; }

    public string? Reference { get; }

    public string? Note { get; }
}
