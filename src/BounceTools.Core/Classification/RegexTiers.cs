using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using System.Threading;

namespace BounceTools.Classification;

/// <summary>
/// Swaps the core's regular expressions for compiled copies once the process has shown itself to
/// be a long run, the way the JIT tiers up hot methods. Compiled, they take a sixth fewer
/// instructions per message; but building one costs some 20 million instructions, and with the
/// calls spread over some 300 expressions, compiling them all repays itself only after about
/// 35,000 messages. So they are interpreted until one of them has answered
/// <see cref="CallsBeforeCompiling"/> calls (about 25,000 messages); from then on each is compiled
/// on a pool thread at its next call while the interpreted one goes on answering. Where code cannot
/// be generated at run time (Native AOT), the build has compiled them ahead of time instead
/// (<see cref="Precompiled"/>); one it did not know of stays interpreted.
/// </summary>
internal static class RegexTiers
{
    internal const int CallsBeforeCompiling = 50_000;

    private static readonly bool CanCompile =
        Type.GetType("System.Runtime.CompilerServices.RuntimeFeature")?.GetProperty("IsDynamicCodeCompiled")?.GetValue(null) as bool? ?? true;

    private static readonly ConcurrentDictionary<Regex, Tier> Tiers = new();
    private static readonly Func<Regex, Tier> NewTier = regex => new Tier(regex);
    private static volatile bool _longRun;

    private static readonly ConcurrentDictionary<Regex, Regex> Prebuilt = new();
    private static readonly Func<Regex, Regex> FindPrebuilt = regex => Precompiled?.Invoke(regex.ToString(), regex.Options) ?? regex;

    /// <summary>
    /// Where code cannot be generated at run time: the copy of a pattern (with its options) that the
    /// regex source generator compiled when the library was built, or null.
    /// </summary>
    internal static Func<string, RegexOptions, Regex?>? Precompiled { get; set; }

    /// <summary>Every regex matched with so far in this process (where code can be generated at run time).</summary>
    internal static ICollection<Regex> Seen => Tiers.Keys;

    /// <summary>The regex to match with now: <paramref name="regex"/> itself, or its compiled copy once there is one.</summary>
    public static Regex Tiered(this Regex regex)
    {
        if (regex is CoreRegex core)
            return CanCompile ? (core.Tier ??= Tiers.GetOrAdd(regex, NewTier)).Next() : Precompiled is null ? regex : core.Prebuilt ??= Prebuilt.GetOrAdd(regex, FindPrebuilt);
        return CanCompile ? Tiers.GetOrAdd(regex, NewTier).Next() : Precompiled is null ? regex : Prebuilt.GetOrAdd(regex, FindPrebuilt);
    }

    internal sealed class Tier(Regex interpreted)
    {
        private Regex? _compiled;
        private int _calls;
        private int _queued;

        public Regex Next()
        {
            var compiled = Volatile.Read(ref _compiled);
            if (compiled != null)
                return compiled;
            if (!_longRun && Interlocked.Increment(ref _calls) >= CallsBeforeCompiling)
                _longRun = true;
            if (_longRun && Interlocked.Exchange(ref _queued, 1) == 0)
                ThreadPool.QueueUserWorkItem(_ => Compile());
            return interpreted;
        }

        private void Compile()
        {
            try
            {
                Volatile.Write(ref _compiled, new Regex(interpreted.ToString(), interpreted.Options | RegexOptions.Compiled, interpreted.MatchTimeout));
            }
            catch (Exception e) when (e is PlatformNotSupportedException or NotSupportedException or InvalidOperationException)
            {
                // Keep interpreting.
            }
        }
    }
}
