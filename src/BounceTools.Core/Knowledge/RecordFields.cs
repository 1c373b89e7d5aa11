using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace BounceTools.Knowledge;

/// <summary>Typed reading of record fields; every problem becomes an error line instead of an exception.</summary>
internal sealed class RecordFields
{
    private readonly KnowledgeRecord _record;
    private readonly ICollection<string> _errors;

    public RecordFields(KnowledgeRecord record, IEnumerable<string> allowedKeys, ICollection<string> errors)
    {
        _record = record;
        _errors = errors;
        foreach (var unknown in record.Keys.Except(allowedKeys))
            Error($"unknown key '{unknown}'");
    }

    public string? Optional(string key) => _record.Single(key);

    public string Required(string key)
    {
        var value = _record.Single(key);
        if (value is null)
            Error($"missing '{key}'");
        return value ?? "";
    }

    public IReadOnlyList<string> List(string key) => _record.All(key);

    public TEnum? OptionalEnum<TEnum>(string key) where TEnum : struct
    {
        var value = _record.Single(key);
        if (value is null)
            return null;
        if (Enum.TryParse<TEnum>(value, ignoreCase: false, out var parsed) && Enum.IsDefined(typeof(TEnum), parsed))
            return parsed;
        Error($"'{key}: {value}' is not a {typeof(TEnum).Name} ({string.Join(", ", Enum.GetNames(typeof(TEnum)))})");
        return null;
    }

    public TEnum RequiredEnum<TEnum>(string key) where TEnum : struct
    {
        if (_record.Single(key) is null)
            Error($"missing '{key}'");
        return OptionalEnum<TEnum>(key) ?? default;
    }

    /// <summary>Reads space-separated three-digit reply codes from every line of the key.</summary>
    public IReadOnlyList<int> ReplyCodes(string key)
    {
        var codes = new List<int>();
        foreach (var word in _record.All(key).SelectMany(line => line.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries)))
        {
            if (word.Length == 3 && int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var code) && code >= 200 && code < 600)
                codes.Add(code);
            else
                Error($"'{key}: {word}' is not a reply code");
        }
        return codes;
    }

    public IReadOnlyList<StatusPattern> Statuses(string key)
    {
        var statuses = new List<StatusPattern>();
        foreach (var text in _record.All(key))
        {
            var status = StatusPattern.TryParse(text);
            if (status is null)
                Error($"'{key}: {text}' is not an enhanced status code or range");
            else
                statuses.Add(status);
        }
        return statuses;
    }

    /// <summary>Reads <c>related: Relation code</c> lines; the code is returned as written.</summary>
    public IReadOnlyList<(CodeRelation Relation, string Code)> Related()
    {
        var related = new List<(CodeRelation, string)>();
        foreach (var line in _record.All("related"))
        {
            var parts = line.Split(new[] { ' ' }, 2, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 2 && Enum.TryParse<CodeRelation>(parts[0], out var relation) && Enum.IsDefined(typeof(CodeRelation), relation))
                related.Add((relation, parts[1].Trim()));
            else
                Error($"'related: {line}' must be '<{string.Join("|", Enum.GetNames(typeof(CodeRelation)))}> <code>'");
        }
        return related;
    }

    public void Error(string message) => _errors.Add($"{_record.Where}: {message}");
}
