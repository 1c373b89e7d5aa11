using System;
using System.Threading;
using BounceTools.Input;

namespace BounceTools.Commands;

/// <summary>
/// Get-BounceStatus's engine: parses files (and the messages of mailboxes) on worker threads
/// while records, errors and progress are written in input order on the pipeline thread.
/// </summary>
internal sealed class BounceFileReader : IDisposable
{
    private readonly GetBounceStatusCommand _cmdlet;
    private readonly int _throttleLimit;
    // Never disposed: worker threads may still observe its token while they wind down, and a
    // source without timers holds nothing that needs releasing.
    private readonly CancellationTokenSource _stop = new();
    private readonly OrderedWorkQueue<ParseOutcome> _files;
    private readonly ProgressReporter _progress;

    // A file waiting its turn is only a path, so many can be queued: a deep queue keeps the
    // workers busy and spares the pipeline thread a wait (and a thread switch) for nearly every
    // file. A mailbox message waiting holds its content, so few are.
    private const int FilesPerThread = 32;
    private const int MailboxMessagesPerThread = 4;

    public BounceFileReader(GetBounceStatusCommand cmdlet, int throttleLimit)
    {
        _cmdlet = cmdlet;
        _throttleLimit = throttleLimit;
        _files = new OrderedWorkQueue<ParseOutcome>(throttleLimit, FilesPerThread, _stop.Token);
        _progress = new ProgressReporter(cmdlet);
    }

    public void Add(string path)
    {
        _files.Add(() => ParseOutcome.FromFile(path), Write);
    }

    /// <summary>Writes whatever is ready without blocking, so records stream out while input still arrives.</summary>
    public void WriteReady() => _files.WriteCompleted(Write);

    public void Finish()
    {
        _files.WriteAll(Write);
        _progress.Complete();
    }

    public void Stop() => _stop.Cancel();

    private void Write(ParseOutcome outcome)
    {
        if (outcome.IsMailbox)
        {
            ReadMailbox(outcome.Source);
            return;
        }
        _progress.Count(OutcomeWriter.Write(_cmdlet, outcome));
    }

    /// <summary>The mailbox is read here, in order, while its messages are parsed on workers.</summary>
    private void ReadMailbox(string path)
    {
        using var messages = new OrderedWorkQueue<ParseOutcome>(_throttleLimit, MailboxMessagesPerThread, _stop.Token);
        void WriteMessage(ParseOutcome outcome) => _progress.Count(OutcomeWriter.Write(_cmdlet, outcome));
        try
        {
            foreach (var message in MessageFile.ReadMailbox(path, (read, total) => _progress.Mailbox(path, read, total)))
            {
                _stop.Token.ThrowIfCancellationRequested();
                messages.Add(() => ParseOutcome.FromMailboxMessage(path, message), WriteMessage);
            }
        }
        catch (OperationCanceledException)
        {
            throw new System.Management.Automation.PipelineStoppedException();
        }
        catch (Exception e) when (e is System.IO.IOException or UnauthorizedAccessException or BounceParseException)
        {
            messages.WriteAll(WriteMessage);
            _cmdlet.WriteError(e is BounceParseException parse ? Errors.NotAMessage(path, parse) : Errors.Unreadable(path, e));
            return;
        }
        messages.WriteAll(WriteMessage);
    }

    public void Dispose()
    {
        _files.Dispose();
    }
}
