using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace BounceTools.Interop;

/// <summary>
/// Carries the outcome of one parse across the boundary of the natively compiled core: a
/// report, a <see cref="BounceParseException"/>, or a fault. Both sides are built from this one
/// file, so a field added to <see cref="BounceRecord"/> is added here once.
/// </summary>
internal static class ReportCodec
{
    public const int Report = 0;
    public const int NotAMessage = 1;
    public const int Fault = 2;

    public static byte[] Encode(BounceReport report)
    {
        using var buffer = new MemoryStream(256 * (report.Records.Count + 1));
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8))
        {
            writer.Write(report.Format);
            writer.Write(report.NotBounceReason);
            writer.Write(report.Records.Count);
            foreach (var record in report.Records)
                Write(writer, record);
        }
        return buffer.ToArray();
    }

    /// <summary>The status and content that stand for <paramref name="failure"/>.</summary>
    public static (int Status, byte[] Content) EncodeFailure(Exception failure)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8))
        {
            writer.Write(failure is BounceParseException parse ? parse.ErrorKind : failure.GetType().Name);
            writer.Write(failure.Message);
        }
        return (failure is BounceParseException ? NotAMessage : Fault, buffer.ToArray());
    }

    /// <exception cref="BounceParseException">The status says the input is not a readable message.</exception>
    /// <exception cref="NativeCoreFault">The status says the parser failed.</exception>
    public static BounceReport Decode(int status, byte[] content)
    {
        using var reader = new BinaryReader(new MemoryStream(content, writable: false), Encoding.UTF8);
        if (status != Report)
        {
            var kind = reader.ReadString();
            var message = reader.ReadString();
            throw status == NotAMessage ? new BounceParseException(message, kind) : new NativeCoreFault(kind, message);
        }
        var format = reader.ReadString();
        var notBounceReason = reader.ReadString();
        var records = new BounceRecord[reader.ReadInt32()];
        for (var i = 0; i < records.Length; i++)
            records[i] = Read(reader);
        return new BounceReport(records, format, notBounceReason);
    }

    private static void Write(BinaryWriter writer, BounceRecord record)
    {
        writer.Write(record.Path);
        writer.Write(record.Recipient);
        writer.Write(record.OriginalRecipient);
        writer.Write(record.Action);
        writer.Write(record.Status);
        WriteOptional(writer, record.ReplyCode);
        writer.Write((int)record.Reason);
        writer.Write(record.ReasonSource);
        writer.Write(record.IsHardBounce);
        writer.Write(record.DiagnosticCode);
        writer.Write(record.DiagnosticType);
        writer.Write(record.SmtpCommand);
        writer.Write(record.RemoteMta);
        writer.Write(record.ReportingMta);
        writer.Write(record.ReceivedFromMta);
        WriteOptional(writer, record.Date);
        WriteOptional(writer, record.ArrivalDate);
        WriteOptional(writer, record.LastAttemptDate);
        WriteOptional(writer, record.WillRetryUntil);
        writer.Write(record.OriginalEnvelopeId);
        writer.Write(record.OriginalMessageId);
        writer.Write(record.OriginalSubject);
        WriteOptional(writer, record.OriginalDate);
        writer.Write(record.OriginalTo);
        writer.Write(record.Sender);
        writer.Write(record.Format);
        writer.Write(record.FeedbackType);
        writer.Write(record.BounceMessageId);
        writer.Write(record.SourceIp);
        WriteOptional(writer, record.MessageNumber);
        WriteOptional(writer, record.MessageOffset);
    }

    private static BounceRecord Read(BinaryReader reader) => new()
    {
        Path = reader.ReadString(),
        Recipient = reader.ReadString(),
        OriginalRecipient = reader.ReadString(),
        Action = reader.ReadString(),
        Status = reader.ReadString(),
        ReplyCode = ReadOptionalInt(reader),
        Reason = (BounceReason)reader.ReadInt32(),
        ReasonSource = reader.ReadString(),
        IsHardBounce = reader.ReadBoolean(),
        DiagnosticCode = reader.ReadString(),
        DiagnosticType = reader.ReadString(),
        SmtpCommand = reader.ReadString(),
        RemoteMta = reader.ReadString(),
        ReportingMta = reader.ReadString(),
        ReceivedFromMta = reader.ReadString(),
        Date = ReadOptionalDate(reader),
        ArrivalDate = ReadOptionalDate(reader),
        LastAttemptDate = ReadOptionalDate(reader),
        WillRetryUntil = ReadOptionalDate(reader),
        OriginalEnvelopeId = reader.ReadString(),
        OriginalMessageId = reader.ReadString(),
        OriginalSubject = reader.ReadString(),
        OriginalDate = ReadOptionalDate(reader),
        OriginalTo = reader.ReadString(),
        Sender = reader.ReadString(),
        Format = reader.ReadString(),
        FeedbackType = reader.ReadString(),
        BounceMessageId = reader.ReadString(),
        SourceIp = reader.ReadString(),
        MessageNumber = ReadOptionalInt(reader),
        MessageOffset = ReadOptionalLong(reader),
    };

    private static void WriteOptional(BinaryWriter writer, int? value)
    {
        writer.Write(value.HasValue);
        writer.Write(value.GetValueOrDefault());
    }

    private static void WriteOptional(BinaryWriter writer, long? value)
    {
        writer.Write(value.HasValue);
        writer.Write(value.GetValueOrDefault());
    }

    private static void WriteOptional(BinaryWriter writer, DateTimeOffset? value)
    {
        writer.Write(value.HasValue);
        writer.Write(value.GetValueOrDefault().Ticks);
        writer.Write((short)value.GetValueOrDefault().Offset.TotalMinutes);
    }

    private static int? ReadOptionalInt(BinaryReader reader)
    {
        var present = reader.ReadBoolean();
        var value = reader.ReadInt32();
        return present ? value : null;
    }

    private static DateTimeOffset? ReadOptionalDate(BinaryReader reader)
    {
        var present = reader.ReadBoolean();
        var ticks = reader.ReadInt64();
        var offset = TimeSpan.FromMinutes(reader.ReadInt16());
        return present ? new DateTimeOffset(ticks, offset) : null;
    }

    private static long? ReadOptionalLong(BinaryReader reader)
    {
        var present = reader.ReadBoolean();
        var value = reader.ReadInt64();
        return present ? value : null;
    }
}

/// <summary>The natively compiled core failed on a message: the type and message of what it threw.</summary>
public sealed class NativeCoreFault : Exception
{
    internal NativeCoreFault(string faultType, string message) : base(message)
    {
        FaultType = faultType;
    }

    public string FaultType { get; }
}
