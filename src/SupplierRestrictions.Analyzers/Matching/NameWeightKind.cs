namespace SupplierRestrictions.Analyzers.Matching;

/// <summary>How a name is weighed for matching (docs/contract.md §6.3).</summary>
public enum NameWeightKind
{
    /// <summary>Distinctive: matches by words anywhere ("Kratos", "Red Six Solutions", "HavocAI").</summary>
    Strong,

    /// <summary>One common word once the legal form is gone ("DAY COMPANY"): only together with its legal form.</summary>
    OneCommonWord,

    /// <summary>Two common words ("Source Intelligence", "Group W"): with the legal form, or as the whole identifier or literal.</summary>
    TwoCommonWords,

    /// <summary>One short uncommon word in capitals ("BNC", "TCOM"): in capitals as a whole word, or with the legal form.</summary>
    Acronym,

    /// <summary>The entry says <c>"match": "strict"</c>: with a legal form, or as the whole identifier or literal.</summary>
    Strict,
}
