using BenchmarkDotNet.Running;
using BounceTools.Benchmarks;

// dotnet run -c Release -- throughput [seconds] [folder ...]   messages/s on all cores vs MimeKit alone
// dotnet run -c Release -- bdn                                   BenchmarkDotNet: per-run time and allocations
// dotnet run -c Release -- recognizers [rounds] [folder ...]     time spent in each recognizer
// dotnet run -c Release -- parse [seconds] [folder ...]           BounceParser alone on all cores, for a profiler
var mode = args.Length > 0 ? args[0] : "throughput";
switch (mode)
{
    case "bdn":
        BenchmarkRunner.Run<ParseBenchmarks>(args: args.Skip(1).ToArray());
        break;
    case "throughput":
        var seconds = args.Length > 1 && int.TryParse(args[1], out var s) ? s : 10;
        ThroughputRun.Run(MessageSet.Load(args.Skip(2).ToList()), TimeSpan.FromSeconds(seconds));
        break;
    case "parse":
        var parseSeconds = args.Length > 1 && int.TryParse(args[1], out var p) ? p : 10;
        ThroughputRun.RunBounceToolsOnly(MessageSet.Load(args.Skip(2).ToList()), TimeSpan.FromSeconds(parseSeconds));
        break;
    case "recognizers":
        var rounds = args.Length > 1 && int.TryParse(args[1], out var r) ? r : 3;
        RecognizerCostRun.Run(MessageSet.Load(args.Skip(2).ToList()), rounds);
        break;
    default:
        Console.Error.WriteLine("usage: throughput [seconds] [folder ...] | recognizers [rounds] [folder ...] | parse [seconds] [folder ...] | bdn");
        return 2;
}
return 0;
