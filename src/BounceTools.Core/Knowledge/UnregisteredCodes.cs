using System.Collections.Generic;

namespace BounceTools.Knowledge;

/// <summary>Explains a code no registry or RFC defines from what its parts mean on their own.</summary>
internal sealed class UnregisteredCodes
{
    private const string Reference = "RFC 3463";

    private readonly CodeStructure _structure;
    private readonly IReadOnlyDictionary<string, BounceCodeInfo> _registry;

    public UnregisteredCodes(CodeStructure structure, IReadOnlyDictionary<string, BounceCodeInfo> registry)
    {
        _structure = structure;
        _registry = registry;
    }

    public BounceCodeInfo ExplainStatus(StatusPattern status)
    {
        var statusClass = _structure.EnhancedClasses[status.StatusClass];
        _structure.EnhancedSubjects.TryGetValue(status.Subject, out var subject);
        var subjectDefault = $"{status.StatusClass}.{status.Subject}.0";
        var classDefault = $"{status.StatusClass}.0.0";
        var related = new List<RelatedCode>();
        if (subject is not null && subjectDefault != classDefault)
            related.Add(new RelatedCode(subjectDefault, CodeRelation.SeeAlso));
        related.Add(new RelatedCode(classDefault, CodeRelation.SeeAlso));

        var subjectText = subject is null
            ? $"Subject {status.Subject} is not defined by RFC 3463 (subjects run from 0 to 7)."
            : $"Subject {status.Subject} ({subject.Title}): {subject.Meaning}";
        return new BounceCodeInfo
        {
            Code = status.ToString(),
            Kind = CodeKind.Enhanced,
            Title = $"Not registered ({statusClass.Title}, {subject?.Title ?? $"undefined subject {status.Subject}"})",
            KeyIdea = $"Unregistered detail: only the class ({statusClass.Title}) and the subject carry meaning.",
            Meaning = $"Class {status.StatusClass} ({statusClass.Title}): {statusClass.Meaning} {subjectText} " +
                      $"No registry defines detail {status.DetailFrom} here, so the server's own words say the rest.",
            Permanence = EnhancedCodeLoader.PermanenceOf(status.StatusClass),
            Reason = subject is not null && _registry.TryGetValue(subjectDefault, out var fallback) ? fallback.Reason : BounceReason.Undefined,
            IsRegistered = false,
            StatusPatterns = new[] { status },
            Related = related,
            References = new[] { Reference },
        };
    }

    public BounceCodeInfo ExplainReply(string code)
    {
        var first = _structure.ReplyFirstDigits[code[0]];
        _structure.ReplySecondDigits.TryGetValue(code[1], out var second);
        var secondText = second is null
            ? $"The second digit {code[1]} has no defined category."
            : $"Second digit {code[1]} ({second.Title}): {second.Meaning}";
        return new BounceCodeInfo
        {
            Code = code,
            Kind = CodeKind.ReplyCode,
            Title = $"Not defined by RFC 5321 ({first.Title})",
            KeyIdea = $"Undefined reply code: only its digits carry meaning ({first.Title}).",
            Meaning = $"First digit {code[0]} ({first.Title}): {first.Meaning} {secondText} " +
                      "No RFC defines the code as a whole, so the server's own words say the rest.",
            Permanence = ReplyCodeLoader.PermanenceOf(code[0]),
            Reason = BounceReason.Undefined,
            IsRegistered = false,
            ReplyCodes = new[] { int.Parse(code) },
            References = new[] { "RFC 5321" },
        };
    }
}
