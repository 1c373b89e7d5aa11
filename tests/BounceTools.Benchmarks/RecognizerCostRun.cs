using System.Diagnostics;
using BounceTools.Parsing;
using BounceTools.Recognizers;

namespace BounceTools.Benchmarks;

/// <summary>
/// Where parsing time goes: loading with MimeKit, recognizing (the registry walked as a parse
/// walks it, up to the first match), building records, and each recognizer's TryRecognize over
/// every message (as if none had matched before it), most expensive first. Each with the bytes it
/// allocates, which the garbage collector later pays for on every core.
/// </summary>
internal static class RecognizerCostRun
{
    public static void Run(List<byte[]> messages, int rounds)
    {
        var loaded = messages.Select(TryLoad).Where(m => m != null).Select(m => m!).ToList();
        var costs = FormatRegistry.All.ToDictionary(r => r, _ => new StageCost());
        var load = new StageCost();
        for (var round = 0; round < rounds; round++)
            foreach (var message in messages)
                load.Measure(() => TryLoad(message));

        for (var round = 0; round < rounds; round++)
        {
            foreach (var bytes in messages)
            {
                var message = TryLoad(bytes);
                if (message == null)
                    continue;
                foreach (var recognizer in FormatRegistry.All)
                    costs[recognizer].Measure(() => recognizer.TryRecognize(message, new BounceDraft()));
            }
        }

        var (recognize, build) = MeasureParseStages(messages, rounds);
        var perMessage = 1.0 / (rounds * loaded.Count);
        load.Print("MimeKit load", perMessage);
        recognize.Print("recognize, up to the first match", perMessage);
        build.Print("build and classify records", perMessage);
        Console.WriteLine("each recognizer on every message:");
        foreach (var (recognizer, cost) in costs.OrderByDescending(c => c.Value.Time).Take(20))
            cost.Print(recognizer.Format, perMessage);
    }

    private static (StageCost Recognize, StageCost Build) MeasureParseStages(List<byte[]> messages, int rounds)
    {
        var recognize = new StageCost();
        var build = new StageCost();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var bytes in messages)
            {
                var message = TryLoad(bytes);
                if (message == null)
                    continue;
                var (recognizer, draft) = recognize.Measure(() => FirstMatch(message));
                if (recognizer != null)
                    build.Measure(() => RecordBuilder.Build(message, draft, recognizer.Format, string.Empty, BounceParserOptions.Default));
            }
        }
        return (recognize, build);
    }

    private static (IFormatRecognizer? Recognizer, BounceDraft Draft) FirstMatch(BounceMessage message)
    {
        foreach (var recognizer in FormatRegistry.All)
        {
            var draft = new BounceDraft();
            if (recognizer.TryRecognize(message, draft) && draft.Recipients.Count > 0)
                return (recognizer, draft);
        }
        return (null, new BounceDraft());
    }

    private sealed class StageCost
    {
        public TimeSpan Time { get; private set; }
        private long _bytes;

        public T Measure<T>(Func<T> stage)
        {
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            var result = stage();
            Time += clock.Elapsed;
            _bytes += GC.GetAllocatedBytesForCurrentThread() - bytes;
            return result;
        }

        public void Print(string stage, double perMessage) =>
            Console.WriteLine($"{stage,-36} {Time.TotalMilliseconds * perMessage,8:N3} ms/message {_bytes * perMessage / 1024,8:N1} KiB/message");
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
