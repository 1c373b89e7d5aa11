using System.Diagnostics;
using System.Management.Automation;

namespace BounceTools.Commands;

/// <summary>
/// Write-Progress for a run: a running count of messages and records, and a percentage while a
/// mailbox of known size is read. Updates at most a few times a second; PowerShell itself
/// honours $ProgressPreference.
/// </summary>
internal sealed class ProgressReporter
{
    private const int ActivityId = 0x0B0C;
    private const long IntervalMilliseconds = 200;

    private readonly Cmdlet _cmdlet;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _lastUpdate = -IntervalMilliseconds;
    private int _messages;
    private int _records;
    private bool _shown;

    public ProgressReporter(Cmdlet cmdlet)
    {
        _cmdlet = cmdlet;
    }

    public void Count(int records)
    {
        _messages++;
        _records += records;
        if (Due())
            Show(new ProgressRecord(ActivityId, "Reading bounces", Summary()));
    }

    public void Mailbox(string path, long read, long total)
    {
        if (!Due() || total <= 0)
            return;
        Show(new ProgressRecord(ActivityId, "Reading bounces", Summary())
        {
            CurrentOperation = path,
            PercentComplete = (int)System.Math.Min(100, read * 100 / total),
        });
    }

    public void Complete()
    {
        if (_shown)
            _cmdlet.WriteProgress(new ProgressRecord(ActivityId, "Reading bounces", Summary()) { RecordType = ProgressRecordType.Completed });
    }

    private string Summary() => $"{_messages} messages read, {_records} records";

    private bool Due() => _clock.ElapsedMilliseconds - _lastUpdate >= IntervalMilliseconds;

    private void Show(ProgressRecord record)
    {
        _lastUpdate = _clock.ElapsedMilliseconds;
        _shown = true;
        _cmdlet.WriteProgress(record);
    }
}
