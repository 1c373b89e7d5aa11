using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using BounceTools.Knowledge;

namespace BounceTools.Commands;

/// <summary>Completes -Code with registry codes and provider tags, narrowed to -Provider when it is given.</summary>
public sealed class BounceCodeCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(
        string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var provider = fakeBoundParameters?["Provider"] as string;
        var prefix = wordToComplete.Trim('\'', '"');
        return Candidates(provider)
            .Where(candidate => candidate.Code.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            .GroupBy(candidate => candidate.Code, StringComparer.OrdinalIgnoreCase)
            .Select(group => group.First())
            .Select(candidate => new CompletionResult(candidate.Code, candidate.Code, CompletionResultType.ParameterValue, candidate.Title));
    }

    private static IEnumerable<(string Code, string Title)> Candidates(string? provider)
    {
        var entries = KnowledgeBase.Default.Entries;
        if (string.IsNullOrEmpty(provider))
            return entries.Where(entry => entry.Provider is null).Select(entry => (entry.Code, entry.Title))
                .Concat(entries.SelectMany(entry => entry.Tags.Where(tag => !WildcardPattern.ContainsWildcardCharacters(tag)).Select(tag => (tag, entry.Title))));
        var pattern = new WildcardPattern(provider, WildcardOptions.IgnoreCase);
        return entries.Where(entry => entry.Provider is not null && pattern.IsMatch(entry.Provider))
            .SelectMany(entry => entry.Tags.Where(tag => !WildcardPattern.ContainsWildcardCharacters(tag)).Concat(entry.Statuses).Concat(entry.ReplyCodes.Select(reply => reply.ToString())).Select(code => (code, entry.Title)));
    }
}
