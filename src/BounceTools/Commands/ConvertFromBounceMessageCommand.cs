using System.Collections.Generic;
using System.Management.Automation;
using System.Text;

namespace BounceTools.Commands;

/// <summary>
/// Parses raw message text or bytes, such as the output of Get-Content -Raw, into the same
/// records as Get-BounceStatus.
/// </summary>
[Cmdlet(VerbsData.ConvertFrom, "BounceMessage")]
[OutputType(typeof(BounceRecord))]
public sealed class ConvertFromBounceMessageCommand : PSCmdlet
{
    private readonly List<string> _lines = new();
    private readonly List<byte> _bytes = new();
    private string _lastSource = string.Empty;

    // Characters and bytes piped one at a time so far: past the size limit nothing more is kept.
    private long _pipedSize;
    private static readonly long MaxPipedSize = BounceParserOptions.Default.MaxMessageBytes;

    /// <summary>A whole message as a string or byte array, or one line or byte of it at a time.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
    [AllowEmptyString]
    public object InputObject { get; set; } = null!;

    /// <summary>Where the text came from; bound from the PSPath that Get-Content attaches.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("PSPath")]
    public string? SourcePath { get; set; }

    protected override void ProcessRecord()
    {
        var source = ResolveSource();
        switch (InputObject is PSObject wrapped ? wrapped.BaseObject : InputObject)
        {
            case byte[] bytes:
                OutcomeWriter.Write(this, ParseOutcome.FromContent(bytes, source));
                break;
            case byte single:
                if (KeepsPiped(1))
                    _bytes.Add(single);
                _lastSource = source;
                break;
            case string text when text.IndexOf('\n') >= 0 || text.IndexOf('\r') >= 0:
                OutcomeWriter.Write(this, ParseOutcome.FromContent(Encoding.UTF8.GetBytes(text), source));
                break;
            case var other:
                var line = other?.ToString() ?? string.Empty;
                if (KeepsPiped(line.Length + 1))
                    _lines.Add(line);
                _lastSource = source;
                break;
        }
    }

    /// <summary>Input that arrived one line or one byte at a time is one message.</summary>
    protected override void EndProcessing()
    {
        if (_pipedSize > MaxPipedSize)
        {
            var source = _lastSource.Length > 0 ? _lastSource : "<input>";
            WriteError(Errors.NotAMessage(source, new BounceParseException($"The message is larger than {MaxPipedSize} bytes.", "MessageTooLarge")));
            return;
        }
        if (_lines.Count > 0)
            OutcomeWriter.Write(this, ParseOutcome.FromContent(Encoding.UTF8.GetBytes(string.Join("\n", _lines)), _lastSource));
        if (_bytes.Count > 0)
            OutcomeWriter.Write(this, ParseOutcome.FromContent(_bytes.ToArray(), _lastSource));
    }

    private bool KeepsPiped(int size)
    {
        _pipedSize += size;
        if (_pipedSize <= MaxPipedSize)
            return true;
        _lines.Clear();
        _bytes.Clear();
        return false;
    }

    private string ResolveSource() =>
        string.IsNullOrEmpty(SourcePath) ? string.Empty : SessionState.Path.GetUnresolvedProviderPathFromPSPath(SourcePath);
}
