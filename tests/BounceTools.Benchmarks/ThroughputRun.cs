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
        Console.WriteLine($"{messages.Count} distinct messages, {messages.Sum(m => (long)m.Length) / 1024} KiB, {threads} threads, {duration.TotalSeconds:0} s per parser in alternating rounds");

        const int Rounds = 5;
        var round = TimeSpan.FromTicks(duration.Ticks / Rounds);
        long mimeOnly = 0, bounce = 0;
        TimeSpan mimePause = TimeSpan.Zero, bouncePause = TimeSpan.Zero;
        int mimeGen2 = 0, bounceGen2 = 0;
        foreach (var message in messages)
        {
            TryParse(ParseWithMimeKit, message);
            TryParse(ParseWithBounceTools, message);
        }
        for (var i = 0; i < Rounds; i++)
        {
            var pause = GC.GetTotalPauseDuration(); var gen2 = GC.CollectionCount(2);
            mimeOnly += Count(messages, threads, round, ParseWithMimeKit);
            mimePause += GC.GetTotalPauseDuration() - pause; mimeGen2 += GC.CollectionCount(2) - gen2;
            pause = GC.GetTotalPauseDuration(); gen2 = GC.CollectionCount(2);
            bounce += Count(messages, threads, round, ParseWithBounceTools);
            bouncePause += GC.GetTotalPauseDuration() - pause; bounceGen2 += GC.CollectionCount(2) - gen2;
        }
        var seconds = round.TotalSeconds * Rounds;
        Console.WriteLine($"{"MimeKit alone (MimeParser.ParseMessage)",-42} {mimeOnly / seconds,10:N0} messages/s");
        Console.WriteLine($"{"BounceTools (BounceParser.Parse)",-42} {bounce / seconds,10:N0} messages/s");
        Console.WriteLine($"BounceTools / MimeKit alone: {(double)bounce / mimeOnly:P0}");
        Console.WriteLine($"GC pauses: MimeKit alone {mimePause.TotalSeconds / seconds:P0} of the time ({mimeGen2} gen2), BounceTools {bouncePause.TotalSeconds / seconds:P0} ({bounceGen2} gen2)");
        Console.WriteLine($"Allocated per message: MimeKit alone {BytesPerMessage(messages, ParseWithMimeKit) / 1024:N1} KiB, BounceTools {BytesPerMessage(messages, ParseWithBounceTools) / 1024:N1} KiB");
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
