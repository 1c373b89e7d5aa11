using BounceTools;
using SharpFuzz;

// The documented outcomes of BounceParser.Parse are a BounceReport or a BounceParseException.
// Any other exception escapes and AFL++ records the input as a crash; a stack overflow kills the
// child process, which the out-of-process runner also reports as a crash.
Fuzzer.OutOfProcess.Run(stream =>
{
    try
    {
        BounceParser.Parse(stream);
    }
    catch (BounceParseException)
    {
    }
});
