using System.Diagnostics;
using BounceTools.Parsing;
using BounceTools.Recognizers;

namespace BounceTools.Benchmarks;

/// <summary>
/// Where parsing time goes: loading with MimeKit, then each recognizer's TryRecognize over every
/// message (as if none had matched before it), most expensive first.
/// </summary>
internal static class RecognizerCostRun
{
    public static void Run(List<byte[]> messages, int rounds)
    {
        var loaded = messages.Select(TryLoad).Where(m => m != null).Select(m => m!).ToList();
        var costs = FormatRegistry.All.ToDictionary(r => r, _ => TimeSpan.Zero);
        var load = Stopwatch.StartNew();
        for (var round = 0; round < rounds; round++)
            foreach (var message in messages)
                TryLoad(message);
        load.Stop();

        for (var round = 0; round < rounds; round++)
        {
            foreach (var bytes in messages)
            {
                var message = TryLoad(bytes);
                if (message == null)
                    continue;
                foreach (var recognizer in FormatRegistry.All)
                {
                    var clock = Stopwatch.StartNew();
                    recognizer.TryRecognize(message, new BounceDraft());
                    costs[recognizer] += clock.Elapsed;
                }
            }
        }

        var perMessage = 1.0 / (rounds * loaded.Count);
        Console.WriteLine($"{"MimeKit load",-36} {load.Elapsed.TotalMilliseconds * perMessage,8:N3} ms/message");
        foreach (var (recognizer, cost) in costs.OrderByDescending(c => c.Value).Take(20))
            Console.WriteLine($"{recognizer.Format,-36} {cost.TotalMilliseconds * perMessage,8:N3} ms/message");
    }

    private static BounceMessage? TryLoad(byte[] bytes)
    {
        try
        {
            return new BounceMessage(MessageLoader.Load(new MemoryStream(bytes), BounceParserOptions.Default));
        }
        catch (BounceParseException)
        {
            return null;
        }
    }
}
