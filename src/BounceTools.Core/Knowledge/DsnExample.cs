namespace BounceTools;

/// <summary>What the per-recipient fields of a delivery status notification look like for a code.</summary>
public sealed class DsnExample
{
    public DsnExample(string action, string status, string diagnosticCode)
    {
        Action = action;
        Status = status;
        DiagnosticCode = diagnosticCode;
    }

    public string Action { get; }

    public string Status { get; }

    public string DiagnosticCode { get; }

    public override string ToString() =>
        $"Action: {Action}; Status: {Status}; Diagnostic-Code: {DiagnosticCode}";
}
