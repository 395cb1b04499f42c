using System.Runtime.CompilerServices;

namespace SupplierRestrictions.Analyzers.Matching;

/// <summary>
/// For the few methods that run for every token of every file. Left to tiered compilation, they start as
/// unoptimized code and are promoted only after a delay that every newly compiled method restarts; in a
/// compiler process, which compiles new code the whole time it binds, that delay lasts for most of a build, so
/// the scan ran at tier 0 (and in the instrumented tier) for most of it, and the compiler's own token walk, hot
/// from compiling, did not. Compiled optimized at first call, they cost the same from the first file on.
/// </summary>
internal static class HotPath
{
    /// <summary><c>MethodImplOptions.AggressiveOptimization</c>, which netstandard2.0 does not name; older runtimes ignore it.</summary>
    public const MethodImplOptions Optimized = (MethodImplOptions)512;
}
