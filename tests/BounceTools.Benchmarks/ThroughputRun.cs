using System.Diagnostics;
using MimeKit;

namespace BounceTools.Benchmarks;

/// <summary>
/// Parses the same messages over and over on every core, with MimeKit alone (the ceiling for a
/// MimeKit-based parser) and with BounceParser, and prints messages per second. The two take
/// turns in short rounds so that a change in machine load affects both alike.
/// </summary>
internal static class ThroughputRun
{
    public static void Run(List<byte[]> messages, TimeSpan duration)
    {
        var threads = Environment.ProcessorCount;
        Console.WriteLine($"{messages.Count} distinct messages, {messages.Sum(m => (long)m.Length) / 1024} KiB, {threads} threads, {duration.TotalSeconds:0} s per parser in alternating rounds, {GarbageCollector()}");

        var contenders = new List<Contender>
        {
            new Contender("MimeKit alone (MimeParser.ParseMessage)", ParseWithMimeKit),
            new Contender("MimeKit alone, message disposed", ParseWithMimeKitDisposed),
            new Contender("BounceTools (BounceParser.Parse)", ParseWithBounceTools),
        };
        if (NativeCoreParser.LibraryPath != null)
            contenders.Add(new Contender("BounceTools, native core", NativeCoreParser.Parse));
        const int Rounds = 5;
        var round = TimeSpan.FromTicks(duration.Ticks / Rounds);
        foreach (var message in messages)
            foreach (var contender in contenders)
                TryParse(contender.Parse, message);
        for (var i = 0; i < Rounds; i++)
            foreach (var contender in contenders)
                contender.Measure(messages, threads, round);

        foreach (var contender in contenders)
            Console.WriteLine($"{contender.Name,-42} {contender.PerSecond,10:N0} messages/s, GC pauses {contender.Pause.TotalSeconds / contender.Elapsed.TotalSeconds:P0} of the time, {BytesPerMessage(messages, contender.Parse) / 1024:N1} KiB allocated per message");
        foreach (var bounce in contenders.Skip(2))
            Console.WriteLine($"{bounce.Name} / MimeKit alone: {bounce.PerSecond / contenders[0].PerSecond:P0}; / MimeKit alone with the message disposed: {bounce.PerSecond / contenders[1].PerSecond:P0}");
    }

    /// <summary>
    /// Which collector the run uses: the project asks for the server GC (a heap per core), and
    /// DOTNET_gcServer=0 gives the workstation GC that PowerShell runs the module under. The ratio
    /// depends on it, because MimeKit alone leaves its messages to the finalizer.
    /// </summary>
    private static string GarbageCollector() =>
        (System.Runtime.GCSettings.IsServerGC ? "server GC" : "workstation GC") +
        (System.Runtime.GCSettings.LatencyMode == System.Runtime.GCLatencyMode.Batch ? ", non-concurrent" : ", concurrent");

    /// <summary>A MimeMessage has a finalizer: one not disposed survives a collection it would otherwise not.</summary>
    private static void ParseWithMimeKitDisposed(byte[] message)
    {
        using var stream = new MemoryStream(message, writable: false);
        using var parsed = new MimeParser(stream, MimeFormat.Entity).ParseMessage();
    }

    private sealed class Contender(string name, Action<byte[]> parse)
    {
        public string Name { get; } = name;
        public Action<byte[]> Parse { get; } = parse;
        public long Messages { get; private set; }
        public TimeSpan Pause { get; private set; }
        public TimeSpan Elapsed { get; private set; }
        public double PerSecond => Messages / Elapsed.TotalSeconds;

        /// <summary>
        /// One round. Its garbage (collections, and the finalizers of messages left undisposed) is
        /// cleared inside the round's time, so that a contender pays for its own and not for the one before it.
        /// </summary>
        public void Measure(List<byte[]> messages, int threads, TimeSpan duration)
        {
            var pause = GC.GetTotalPauseDuration();
            var clock = Stopwatch.StartNew();
            Messages += Count(messages, threads, duration, Parse);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            Elapsed += clock.Elapsed;
            Pause += GC.GetTotalPauseDuration() - pause;
        }
    }

    public static void RunBounceToolsOnly(List<byte[]> messages, TimeSpan duration)
    {
        foreach (var message in messages)
            TryParse(ParseWithBounceTools, message);
        var pause = GC.GetTotalPauseDuration();
        var collections = Enumerable.Range(0, 3).Select(GC.CollectionCount).ToArray();
        var count = Count(messages, Environment.ProcessorCount, duration, ParseWithBounceTools);
        Console.WriteLine($"{"BounceTools (BounceParser.Parse)",-42} {count / duration.TotalSeconds,10:N0} messages/s");
        Console.WriteLine($"GC pauses {(GC.GetTotalPauseDuration() - pause).TotalSeconds / duration.TotalSeconds:P0} of the time; collections by generation: {string.Join(", ", Enumerable.Range(0, 3).Select(g => GC.CollectionCount(g) - collections[g]))}");
    }

    private static double BytesPerMessage(List<byte[]> messages, Action<byte[]> parse)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var message in messages)
            TryParse(parse, message);
        return (GC.GetAllocatedBytesForCurrentThread() - before) / (double)messages.Count;
    }

    private static void ParseWithMimeKit(byte[] message)
    {
        using var stream = new MemoryStream(message, writable: false);
        new MimeParser(stream, MimeFormat.Entity).ParseMessage();
    }

    private static void ParseWithBounceTools(byte[] message)
    {
        try
        {
            BounceParser.Parse(message);
        }
        catch (BounceParseException)
        {
            // Broken fixtures are part of the mix; their cost counts, their outcome does not.
        }
    }

    private static long Count(List<byte[]> messages, int threads, TimeSpan duration, Action<byte[]> parse)
    {
        long total = 0;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, threads).Select(offset => Task.Run(() =>
        {
            long count = 0;
            var index = offset;
            while (clock.Elapsed < duration)
            {
                TryParse(parse, messages[index % messages.Count]);
                index += threads;
                count++;
            }
            Interlocked.Add(ref total, count);
        })).ToArray();
        Task.WaitAll(workers);
        return total;
    }

    private static void TryParse(Action<byte[]> parse, byte[] message)
    {
        try
        {
            parse(message);
        }
        catch (FormatException)
        {
        }
    }
}
