using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using BounceTools.Knowledge;

namespace BounceTools.Commands;

/// <summary>Explains SMTP reply codes, enhanced status codes and provider codes from the offline knowledge base.</summary>
[Cmdlet(VerbsCommon.Get, "BounceCodeInfo", DefaultParameterSetName = LookupSet)]
[OutputType(typeof(BounceCodeInfo))]
public sealed class GetBounceCodeInfoCommand : PSCmdlet
{
    /// <summary>Added to the only object of a call so the format file shows it as a card instead of a table row.</summary>
    public const string CardTypeName = "BounceTools.BounceCodeInfo#Card";

    private const string LookupSet = "Lookup";
    private const string SearchSet = "Search";

    private BounceCodeInfo? _firstResult;
    private bool _manyResults;

    /// <summary>Codes to look up; wildcards allowed. Binds the Status property of Get-BounceStatus output.</summary>
    [Parameter(Position = 0, ParameterSetName = LookupSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Status")]
    [AllowNull]
    [AllowEmptyString]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(BounceCodeCompleter))]
    public string[]? Code { get; set; }

    /// <summary>Diagnostic text to explain; binds the DiagnosticCode property of Get-BounceStatus output.</summary>
    [Parameter(ParameterSetName = LookupSet, ValueFromPipelineByPropertyName = true)]
    [Alias("DiagnosticCode")]
    [AllowNull]
    [AllowEmptyString]
    public string? Text { get; set; }

    [Parameter(ParameterSetName = LookupSet, ValueFromPipelineByPropertyName = true)]
    [AllowNull]
    public int? ReplyCode { get; set; }

    /// <summary>The server that answered; used to recognize the provider.</summary>
    [Parameter(ParameterSetName = LookupSet, ValueFromPipelineByPropertyName = true)]
    [AllowNull]
    [AllowEmptyString]
    public string? RemoteMta { get; set; }

    /// <summary>Words that must all appear in an entry's title, key idea, meaning or causes.</summary>
    [Parameter(Mandatory = true, ParameterSetName = SearchSet)]
    [ValidateNotNullOrEmpty]
    public string Search { get; set; } = "";

    [Parameter]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(BounceProviderCompleter))]
    public string? Provider { get; set; }

    /// <summary>Only the most specific entry for each code, text or piped bounce.</summary>
    [Parameter(ParameterSetName = LookupSet)]
    public SwitchParameter BestMatch { get; set; }

    private static KnowledgeBase Knowledge => KnowledgeBase.Default;

    protected override void BeginProcessing()
    {
        if (!string.IsNullOrEmpty(Provider) && !Knowledge.Providers.Any(new WildcardPattern(Provider, WildcardOptions.IgnoreCase).IsMatch))
            ThrowTerminatingError(Error(
                new ArgumentException($"No provider matches '{Provider}'. Known providers: {string.Join(", ", Knowledge.Providers)}."),
                "UnknownProvider", ErrorCategory.InvalidArgument, Provider!));
    }

    protected override void ProcessRecord()
    {
        if (ParameterSetName == SearchSet)
            Emit(Knowledge.Search(Search, Provider));
        else if (!string.IsNullOrWhiteSpace(Text) || !string.IsNullOrWhiteSpace(RemoteMta) || ReplyCode is not null)
            Explain();
        else if (Code?.Any(code => !string.IsNullOrWhiteSpace(code)) == true)
            LookUp(Code.Where(code => !string.IsNullOrWhiteSpace(code)));
        else
            Emit(Knowledge.List(Provider));
    }

    protected override void EndProcessing()
    {
        if (_firstResult is null || _manyResults)
            return;
        var card = PSObject.AsPSObject(_firstResult);
        card.TypeNames.Insert(0, CardTypeName);
        WriteObject(card);
    }

    private void Explain()
    {
        var status = Code?.FirstOrDefault(code => !string.IsNullOrWhiteSpace(code));
        var results = Knowledge.Explain(Text, status, ReplyCode, RemoteMta, Provider);
        if (results.Count == 0)
            WriteError(Error(
                new ArgumentException("The text contains no reply code, enhanced status code or provider tag that the knowledge base knows."),
                "NoCodeInText", ErrorCategory.ObjectNotFound, Text ?? ""));
        Emit(BestMatch ? results.Take(1) : results);
    }

    private void LookUp(IEnumerable<string> codes)
    {
        foreach (var code in codes)
        {
            if (!CodeSyntax.IsPlausibleCode(code))
            {
                WriteError(Error(
                    new ArgumentException($"'{code}' is not a code. Use an enhanced status code (5.1.1), a reply code (550), a provider tag (TSS04) or a wildcard (5.7.*); to explain server text use -Text, to search words use -Search."),
                    "InvalidCode", ErrorCategory.InvalidArgument, code));
                continue;
            }
            var results = Knowledge.Find(code, Provider);
            if (results.Count == 0 && !WildcardPattern.ContainsWildcardCharacters(code))
                WriteError(Error(
                    new ArgumentException(Provider is null
                        ? $"The knowledge base has no entry for '{code}'."
                        : $"No provider matching '{Provider}' has an entry for '{code}'. Run without -Provider to see the registry's meaning."),
                    "CodeNotFound", ErrorCategory.ObjectNotFound, code));
            Emit(BestMatch && !WildcardPattern.ContainsWildcardCharacters(code) ? results.Take(1) : results);
        }
    }

    /// <summary>Streams results, holding back the first until a second shows whether it is alone (and so shown as a card).</summary>
    private void Emit(IEnumerable<BounceCodeInfo> results)
    {
        foreach (var result in results)
        {
            if (_firstResult is null)
            {
                _firstResult = result;
                continue;
            }
            if (!_manyResults)
            {
                _manyResults = true;
                WriteObject(_firstResult);
            }
            WriteObject(result);
        }
    }

    private static ErrorRecord Error(Exception exception, string id, ErrorCategory category, object target) =>
        new(exception, id, category, target);
}
