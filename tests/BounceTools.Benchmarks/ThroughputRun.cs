using System.Diagnostics;
using MimeKit;

namespace BounceTools.Benchmarks;

/// <summary>
/// Parses the same messages over and over on every core, once with MimeKit alone (the ceiling
/// for a MimeKit-based parser) and once with BounceParser, and prints messages per second.
/// </summary>
internal static class ThroughputRun
{
    public static void Run(List<byte[]> messages, TimeSpan duration)
    {
        var threads = Environment.ProcessorCount;
        Console.WriteLine($"{messages.Count} distinct messages, {messages.Sum(m => (long)m.Length) / 1024} KiB, {threads} threads, {duration.TotalSeconds:0} s per measurement");

        var mimeOnly = Measure("MimeKit alone (MimeParser.ParseMessage)", messages, threads, duration, ParseWithMimeKit);
        var bounce = Measure("BounceTools (BounceParser.Parse)", messages, threads, duration, ParseWithBounceTools);
        Console.WriteLine($"BounceTools / MimeKit alone: {bounce / mimeOnly:P0}");
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

    private static double Measure(string name, List<byte[]> messages, int threads, TimeSpan duration, Action<byte[]> parse)
    {
        foreach (var message in messages)
            TryParse(parse, message);

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
        var rate = total / clock.Elapsed.TotalSeconds;
        Console.WriteLine($"{name,-42} {rate,10:N0} messages/s");
        return rate;
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
