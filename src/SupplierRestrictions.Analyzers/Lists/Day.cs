using System;
using System.Globalization;

namespace SupplierRestrictions.Analyzers.Lists;

/// <summary>A calendar day (no time, no zone): restrictions start and end on days, not instants.</summary>
public readonly struct Day : IEquatable<Day>, IComparable<Day>
{
    /// <summary>9999-12-31, the last day DateTime can hold.</summary>
    private static readonly int LastNumber = (int)(DateTime.MaxValue.Ticks / TimeSpan.TicksPerDay);

    private Day(int number) => Number = number;

    /// <summary>Days since 0001-01-01.</summary>
    public int Number { get; }

    public static Day FromDateTime(DateTime value) => new((int)(value.Date.Ticks / TimeSpan.TicksPerDay));

    /// <summary>Parses exactly <c>YYYY-MM-DD</c> naming a real calendar day (no 2025-02-30, no time part).</summary>
    public static bool TryParse(string? text, out Day day)
    {
        day = default;
        if (text is null || text.Length != 10 || text[4] != '-' || text[7] != '-')
        {
            return false;
        }

        if (!TryDigits(text, 0, 4, out int year) || !TryDigits(text, 5, 2, out int month) || !TryDigits(text, 8, 2, out int dayOfMonth))
        {
            return false;
        }

        if (year < 1 || month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        day = FromDateTime(new DateTime(year, month, dayOfMonth, 0, 0, 0, DateTimeKind.Utc));
        return true;
    }

    public Day AddDays(int days) => new(Number + days);

    public int DaysUntil(Day other) => other.Number - Number;

    public DateTime ToDateTime() => new(Number * TimeSpan.TicksPerDay, DateTimeKind.Utc);

    /// <summary>
    /// <c>YYYY-MM-DD</c>. "The day after" a last day of 9999-12-31 lies past DateTime's range; it prints as
    /// 10000-01-01 rather than throwing (a message argument that throws leaves users an unformatted message).
    /// </summary>
    public override string ToString() =>
        Number > LastNumber ? $"10000-01-01{(Number == LastNumber + 1 ? string.Empty : $" + {Number - LastNumber - 1} days")}"
        : Number < 0 ? $"0001-01-01 - {-Number} days"
        : ToDateTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public bool Equals(Day other) => Number == other.Number;

    public override bool Equals(object? obj) => obj is Day other && Equals(other);

    public override int GetHashCode() => Number;

    public int CompareTo(Day other) => Number.CompareTo(other.Number);

    public static bool operator ==(Day left, Day right) => left.Number == right.Number;

    public static bool operator !=(Day left, Day right) => left.Number != right.Number;

    public static bool operator <(Day left, Day right) => left.Number < right.Number;

    public static bool operator >(Day left, Day right) => left.Number > right.Number;

    public static bool operator <=(Day left, Day right) => left.Number <= right.Number;

    public static bool operator >=(Day left, Day right) => left.Number >= right.Number;

    private static bool TryDigits(string text, int start, int length, out int value)
    {
        value = 0;
        for (int i = start; i < start + length; i++)
        {
            char c = text[i];
            if (c < '0' || c > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
