using System;
using System.Diagnostics;

namespace SupplierRestrictions.RestrictedList.Output;

/// <summary>
/// A count that rewrites itself on one line of standard error ("reading: 12000 records"), only when standard
/// error is a terminal, at most ten times a second; nothing at all when piped, so logs stay clean.
/// </summary>
public sealed class ProgressLine : IDisposable
{
    private readonly CliConsole _console;
    private readonly string _label;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _lastShown = -1000;
    private bool _shown;

    public ProgressLine(CliConsole console, string label)
    {
        _console = console;
        _label = label;
    }

    public void Report(long count, long? total = null)
    {
        if (!_console.ErrorIsTerminal || _clock.ElapsedMilliseconds - _lastShown < 100)
        {
            return;
        }

        _lastShown = _clock.ElapsedMilliseconds;
        _shown = true;
        _console.Error.Write(total is { } t ? $"\r{_label}: {count:N0} / {t:N0}" : $"\r{_label}: {count:N0}");
        _console.Error.Flush();
    }

    public void Dispose()
    {
        if (_shown)
        {
            _console.Error.Write("\r\u001b[2K");
            _console.Error.Flush();
        }
    }
}
