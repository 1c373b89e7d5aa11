using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using BounceTools.Knowledge;

namespace BounceTools.Commands;

/// <summary>Completes -Provider with the providers the knowledge base has entries for.</summary>
public sealed class BounceProviderCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(
        string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var prefix = wordToComplete.Trim('\'', '"');
        return KnowledgeBase.Default.Providers
            .Where(provider => provider.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            .Select(provider => new CompletionResult(Quote(provider), provider, CompletionResultType.ParameterValue, provider));
    }

    private static string Quote(string provider) =>
        provider.Any(character => !char.IsLetterOrDigit(character) && character != '.') ? $"'{provider}'" : provider;
}
