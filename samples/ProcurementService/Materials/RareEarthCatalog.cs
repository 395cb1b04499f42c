using System.Collections.Generic;

namespace ProcurementService.Materials;

/// <summary>
/// Magnet materials the service can order. Dysprosium and terbium are under China's export controls
/// (MOFCOM/GAC Announcement No. 18 of 2025, never suspended): their CAS numbers and tariff lines are SR1002.
/// </summary>
public static class RareEarthCatalog
{
    public static readonly IReadOnlyDictionary<string, string> CasNumbers = new Dictionary<string, string>
    {
        ["NdFeB magnet alloy"] = "12187-43-5",
        ["dysprosium metal"] = "7429-91-6",
        ["terbium metal"] = "7440-27-9",
    };

    public const string DysprosiumTariffLine = "HS 2805301200";
}
