using System.Threading.Tasks;
using SupplierRestrictions.RestrictedList.Output;

namespace SupplierRestrictions.RestrictedList;

public static class Program
{
    public static Task<int> Main(string[] args) => Cli.RunAsync(args, CliConsole.FromSystemConsole());
}
