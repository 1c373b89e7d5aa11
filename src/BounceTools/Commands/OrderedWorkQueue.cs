using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Management.Automation;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace BounceTools.Commands;

/// <summary>
/// Runs work items on <c>throttleLimit</c> dedicated worker threads and hands their results back
/// on the pipeline thread in the order the items were added. At most <c>itemsPerThread</c> items
/// per thread are in flight, so memory stays flat however long the input is. Dedicated threads
/// that block on an empty queue cost nothing while idle; thread-pool tasks gated by a semaphore
/// spun and allocated for every message.
/// </summary>
internal sealed class OrderedWorkQueue<T> : IDisposable
{
    private readonly BlockingCollection<WorkItem> _work = new(new ConcurrentQueue<WorkItem>());
    private readonly Queue<WorkItem> _inOrder = new();
    private readonly int _window;
    private readonly CancellationToken _cancellation;

    public OrderedWorkQueue(int throttleLimit, int itemsPerThread, CancellationToken cancellation)
    {
        _window = throttleLimit * itemsPerThread;
        _cancellation = cancellation;
        for (var i = 0; i < throttleLimit; i++)
            new Thread(Work) { IsBackground = true, Name = "BounceTools parser" }.Start();
    }

    /// <summary>Queues the work, first writing results of earlier items if the window is full.</summary>
    public void Add(Func<T> work, Action<T> write)
    {
        while (_inOrder.Count >= _window)
            write(Take());
        var item = new WorkItem(work);
        _inOrder.Enqueue(item);
        _work.Add(item);
        WriteCompleted(write);
    }

    /// <summary>Writes the results that are ready without waiting, keeping the order.</summary>
    public void WriteCompleted(Action<T> write)
    {
        while (_inOrder.Count > 0 && _inOrder.Peek().Done.IsSet)
            write(Take());
    }

    public void WriteAll(Action<T> write)
    {
        while (_inOrder.Count > 0)
            write(Take());
    }

    private T Take()
    {
        var item = _inOrder.Dequeue();
        try
        {
            item.Done.Wait(_cancellation);
        }
        catch (OperationCanceledException)
        {
            throw new PipelineStoppedException();
        }
        item.Done.Dispose();
        item.Error?.Throw();
        return item.Result!;
    }

    private void Work()
    {
        try
        {
            foreach (var item in _work.GetConsumingEnumerable(_cancellation))
                item.Run();
        }
        catch (OperationCanceledException)
        {
            // Stopped: the pipeline thread stops waiting too.
        }
    }

    /// <summary>Lets the workers finish the queue and exit.</summary>
    public void Dispose() => _work.CompleteAdding();

    private sealed class WorkItem
    {
        private readonly Func<T> _work;

        public WorkItem(Func<T> work) => _work = work;

        public ManualResetEventSlim Done { get; } = new(false, spinCount: 1);
        public T? Result { get; private set; }
        public ExceptionDispatchInfo? Error { get; private set; }

        public void Run()
        {
            try
            {
                Result = _work();
            }
            catch (Exception e)
            {
                Error = ExceptionDispatchInfo.Capture(e);
            }
            finally
            {
                Done.Set();
            }
        }
    }
}
