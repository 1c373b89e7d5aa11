using System.Diagnostics;
using BounceTools.Parsing;
using BounceTools.Recognizers;

namespace BounceTools.Benchmarks;

/// <summary>
/// Where parsing time goes: loading with MimeKit, recognizing (the registry walked as a parse
/// walks it, up to the first match), building records, and each recognizer's TryRecognize over
/// every message (as if none had matched before it), most expensive first.
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

        var (recognize, build) = MeasureParseStages(messages, rounds);
        var perMessage = 1.0 / (rounds * loaded.Count);
        Console.WriteLine($"{"MimeKit load",-36} {load.Elapsed.TotalMilliseconds * perMessage,8:N3} ms/message");
        Console.WriteLine($"{"recognize, up to the first match",-36} {recognize.TotalMilliseconds * perMessage,8:N3} ms/message");
        Console.WriteLine($"{"build and classify records",-36} {build.TotalMilliseconds * perMessage,8:N3} ms/message");
        Console.WriteLine("each recognizer on every message:");
        foreach (var (recognizer, cost) in costs.OrderByDescending(c => c.Value).Take(20))
            Console.WriteLine($"{recognizer.Format,-36} {cost.TotalMilliseconds * perMessage,8:N3} ms/message");
    }

    private static (TimeSpan Recognize, TimeSpan Build) MeasureParseStages(List<byte[]> messages, int rounds)
    {
        var recognize = new Stopwatch();
        var build = new Stopwatch();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var bytes in messages)
            {
                var message = TryLoad(bytes);
                if (message == null)
                    continue;
                recognize.Start();
                foreach (var recognizer in FormatRegistry.All)
                {
                    var draft = new BounceDraft();
                    if (!recognizer.TryRecognize(message, draft) || draft.Recipients.Count == 0)
                        continue;
                    recognize.Stop();
                    build.Start();
                    RecordBuilder.Build(message, draft, recognizer.Format, string.Empty, BounceParserOptions.Default);
                    build.Stop();
                    break;
                }
                recognize.Stop();
            }
        }
        return (recognize.Elapsed, build.Elapsed);
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
