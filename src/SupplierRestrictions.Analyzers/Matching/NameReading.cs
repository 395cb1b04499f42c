using System.Collections.Generic;

namespace SupplierRestrictions.Analyzers.Matching;

/// <summary>
/// A name read as the list writes it (docs/contract.md §6.2): its text words, folded, and the legal forms at either
/// end. Trailing forms are dropped repeatedly, with an "&amp;" or "and" before them ("Goldman Sachs &amp; Co. LLC",
/// "INT LTD EOOD"); one leading form is dropped from the start ("OOO Severtrans", "JSC Tulamash"); never the whole
/// name. A form is whole chunks of the name: "C.A.D." is initials, not "C." + the form "A.D.", and "RFC-BANK"
/// keeps its "BANK".
/// </summary>
internal sealed class NameReading
{
    private readonly List<string> _words;
    private readonly List<int> _starts;
    private readonly List<int> _lengths;
    private readonly List<bool> _chunkStarts;

    private NameReading(string name, List<string> words, List<int> starts, List<int> lengths, List<bool> chunkStarts)
    {
        Name = name;
        _words = words;
        _starts = starts;
        _lengths = lengths;
        _chunkStarts = chunkStarts;
    }

    public string Name { get; }

    /// <summary>
    /// Whether a form that starts with an ordinary English word that is no form by itself was read as the end of the
    /// name ("GOOD LAND INTERNATIONAL" + "COMPANY" rather than "GOOD LAND" + "INTERNATIONAL COMPANY").
    /// </summary>
    public bool PrefersName { get; private set; }

    /// <summary>Every text word of the name, folded.</summary>
    public IReadOnlyList<string> Words => _words;

    /// <summary>The first word after a leading form.</summary>
    public int First { get; private set; }

    /// <summary>The end (exclusive) of the words before the trailing forms.</summary>
    public int End { get; private set; }

    /// <summary>The legal forms dropped, trailing ones first (from the end), then the leading one.</summary>
    public List<LegalForm> Forms { get; } = new();

    /// <summary>The same forms as the name writes them ("S.A.", "OOO").</summary>
    public List<string> WrittenForms { get; } = new();

    /// <summary>Reads a name; see <see cref="PrefersName"/>.</summary>
    public static NameReading Read(string name, bool prefersName)
    {
        var words = new List<string>();
        var starts = new List<int>();
        var lengths = new List<int>();
        var chunkStarts = new List<bool>();
        var cursor = new WordCursor(name, identifierMode: false);
        int previousEnd = -1;
        while (cursor.MoveNext(out int start, out int length))
        {
            words.Add(WordTable.FoldWord(name, start, length));
            starts.Add(start);
            lengths.Add(length);
            chunkStarts.Add(previousEnd < 0 || StartsChunk(name, previousEnd, start));
            previousEnd = start + length;
        }

        var reading = new NameReading(name, words, starts, lengths, chunkStarts);
        reading.PrefersName = prefersName;
        reading.DropForms(prefersName);
        return reading;
    }

    /// <summary>The word at <paramref name="index"/> as the name writes it.</summary>
    public string Written(int index) => Name.Substring(_starts[index], _lengths[index]);

    /// <summary>The part of the name that words <paramref name="first"/> to <paramref name="end"/> (exclusive) span.</summary>
    public string Span(int first, int end) =>
        end <= first ? string.Empty : Name.Substring(_starts[first], _starts[end - 1] + _lengths[end - 1] - _starts[first]);

    private string WrittenForm(int first, int end)
    {
        string span = Span(first, end);
        int after = _starts[end - 1] + _lengths[end - 1];
        return after < Name.Length && Name[after] == '.' ? span + "." : span;
    }

    /// <summary>Words are in one chunk when only '.', '-', '/' or an apostrophe stand between them ("S.A.", "RFC-BANK").</summary>
    private static bool StartsChunk(string name, int previousEnd, int start)
    {
        for (int i = previousEnd; i < start; i++)
        {
            if (name[i] is not ('.' or '-' or '/' or '\'' or '\u2019'))
            {
                return true;
            }
        }

        return false;
    }

    private void DropForms(bool prefersName)
    {
        int end = _words.Count;
        int length;
        while ((length = TrailingFormLength(end, prefersName)) > 0)
        {
            Forms.Add(LegalForms.Find(_words, end - length, length)!);
            WrittenForms.Add(WrittenForm(end - length, end));
            end -= length;

            // "Goldman Sachs & Co. LLC": the "&" before a dropped form belongs to the form.
            while (end > 1 && _words[end - 1] == "and")
            {
                end--;
            }
        }

        int first = LeadingFormLength(end);
        if (first > 0)
        {
            Forms.Add(LegalForms.Find(_words, 0, first)!);
            WrittenForms.Add(WrittenForm(0, first));
        }

        First = first;
        End = end;
    }

    private int TrailingFormLength(int end, bool prefersName)
    {
        if (end < 2 || !LegalForms.EndsAForm(_words[end - 1]))
        {
            return 0;
        }

        int skipped = 0;
        for (int length = System.Math.Min(LegalForms.MaxWords, end - 1); length >= 1; length--)
        {
            if (!_chunkStarts[end - length] || LegalForms.Find(_words, end - length, length) is null)
            {
                continue;
            }

            if (prefersName && length > 1 && skipped == 0 && IsNameWord(_words[end - length]))
            {
                skipped = length;
                continue;
            }

            return length;
        }

        return skipped;
    }

    /// <summary>"international", "investment": may end a name as well as start a form; "limited" and "de" may not.</summary>
    private static bool IsNameWord(string word) =>
        word.Length > 1 && !NameWeighing.IsSmallWord(word) && CommonWords.IsCommonEnglish(word) && LegalForms.Find(new[] { word }, 0, 1) is null;

    private int LeadingFormLength(int end)
    {
        if (end < 2 || !LegalForms.StartsALeadingForm(_words[0]))
        {
            return 0;
        }

        for (int length = System.Math.Min(LegalForms.MaxWords, end - 1); length >= 1; length--)
        {
            if (_chunkStarts[length] && LegalForms.Find(_words, 0, length) is { MayLead: true })
            {
                return length;
            }
        }

        return 0;
    }
}
