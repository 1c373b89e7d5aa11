using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;

namespace BounceTools.Commands;

/// <summary>
/// Runs work items on worker threads, at most <c>throttleLimit</c> at a time, and hands their
/// results back on the pipeline thread in the order the items were added. At most a small
/// window of items is in flight, so memory stays flat however long the input is.
/// </summary>
internal sealed class OrderedWorkQueue<T> : IDisposable
{
    private readonly Queue<Task<T>> _pending = new();
    private readonly SemaphoreSlim _slots;
    private readonly int _window;
    private readonly CancellationToken _cancellation;

    public OrderedWorkQueue(int throttleLimit, CancellationToken cancellation)
    {
        _slots = new SemaphoreSlim(throttleLimit);
        _window = throttleLimit * 4;
        _cancellation = cancellation;
    }

    /// <summary>Queues the work, first writing results of earlier items if the window is full.</summary>
    public void Add(Func<T> work, Action<T> write)
    {
        while (_pending.Count >= _window)
            write(Take());
        _pending.Enqueue(Task.Run(async () =>
        {
            await _slots.WaitAsync(_cancellation).ConfigureAwait(false);
            try
            {
                return work();
            }
            finally
            {
                _slots.Release();
            }
        }, _cancellation));
        WriteCompleted(write);
    }

    /// <summary>Writes the results that are ready without waiting, keeping the order.</summary>
    public void WriteCompleted(Action<T> write)
    {
        while (_pending.Count > 0 && _pending.Peek().IsCompleted)
            write(Take());
    }

    public void WriteAll(Action<T> write)
    {
        while (_pending.Count > 0)
            write(Take());
    }

    private T Take()
    {
        var task = _pending.Dequeue();
        try
        {
            task.Wait(_cancellation);
            return task.Result;
        }
        catch (OperationCanceledException)
        {
            throw new PipelineStoppedException();
        }
        catch (AggregateException e) when (e.InnerException is OperationCanceledException)
        {
            throw new PipelineStoppedException();
        }
    }

    public void Dispose() => _slots.Dispose();
}
