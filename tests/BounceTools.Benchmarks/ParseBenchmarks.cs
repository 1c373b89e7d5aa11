using BenchmarkDotNet.Attributes;

namespace BounceTools.Benchmarks;

/// <summary>Per-message cost and allocations of parsing the whole message set once.</summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private List<byte[]> _messages = null!;

    [GlobalSetup]
    public void Setup() => _messages = MessageSet.Load(Array.Empty<string>());

    [Benchmark]
    public int ParseAll()
    {
        var records = 0;
        foreach (var message in _messages)
        {
            try
            {
                records += BounceParser.Parse(message).Records.Count;
            }
            catch (BounceParseException)
            {
            }
        }
        return records;
    }
}
