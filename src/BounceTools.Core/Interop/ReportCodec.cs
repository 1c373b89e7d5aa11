using System;
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

    // Every property of a record, in the order it is written. A property added to BounceRecord is
    // added here, once; a test round-trips a record with every property set.
    private static readonly Field[] Fields =
    {
        Text(r => r.Path, (r, v) => r.Path = v),
        Text(r => r.Recipient, (r, v) => r.Recipient = v),
        Text(r => r.OriginalRecipient, (r, v) => r.OriginalRecipient = v),
        Text(r => r.Action, (r, v) => r.Action = v),
        Text(r => r.Status, (r, v) => r.Status = v),
        Number(r => r.ReplyCode, (r, v) => r.ReplyCode = (int?)v),
        Number(r => (int)r.Reason, (r, v) => r.Reason = (BounceReason)v!.Value),
        Text(r => r.ReasonSource, (r, v) => r.ReasonSource = v),
        Number(r => r.IsHardBounce ? 1 : 0, (r, v) => r.IsHardBounce = v == 1),
        Text(r => r.DiagnosticCode, (r, v) => r.DiagnosticCode = v),
        Text(r => r.DiagnosticType, (r, v) => r.DiagnosticType = v),
        Text(r => r.SmtpCommand, (r, v) => r.SmtpCommand = v),
        Text(r => r.RemoteMta, (r, v) => r.RemoteMta = v),
        Text(r => r.ReportingMta, (r, v) => r.ReportingMta = v),
        Text(r => r.ReceivedFromMta, (r, v) => r.ReceivedFromMta = v),
        Date(r => r.Date, (r, v) => r.Date = v),
        Date(r => r.ArrivalDate, (r, v) => r.ArrivalDate = v),
        Date(r => r.LastAttemptDate, (r, v) => r.LastAttemptDate = v),
        Date(r => r.WillRetryUntil, (r, v) => r.WillRetryUntil = v),
        Text(r => r.OriginalEnvelopeId, (r, v) => r.OriginalEnvelopeId = v),
        Text(r => r.OriginalMessageId, (r, v) => r.OriginalMessageId = v),
        Text(r => r.OriginalSubject, (r, v) => r.OriginalSubject = v),
        Date(r => r.OriginalDate, (r, v) => r.OriginalDate = v),
        Text(r => r.OriginalTo, (r, v) => r.OriginalTo = v),
        Text(r => r.Sender, (r, v) => r.Sender = v),
        Text(r => r.Format, (r, v) => r.Format = v),
        Text(r => r.FeedbackType, (r, v) => r.FeedbackType = v),
        Text(r => r.BounceMessageId, (r, v) => r.BounceMessageId = v),
        Text(r => r.SourceIp, (r, v) => r.SourceIp = v),
        Number(r => r.MessageNumber, (r, v) => r.MessageNumber = (int?)v),
        Number(r => r.MessageOffset, (r, v) => r.MessageOffset = v),
    };

    private static void Write(BinaryWriter writer, BounceRecord record)
    {
        foreach (var field in Fields)
            field.Write(writer, record);
    }

    private static BounceRecord Read(BinaryReader reader)
    {
        var record = new BounceRecord();
        foreach (var field in Fields)
            field.Read(reader, record);
        return record;
    }

    private static Field Text(Func<BounceRecord, string> get, Action<BounceRecord, string> set) =>
        new((writer, record) => writer.Write(get(record)), (reader, record) => set(record, reader.ReadString()));

    private static Field Number(Func<BounceRecord, long?> get, Action<BounceRecord, long?> set) =>
        new((writer, record) =>
        {
            var value = get(record);
            writer.Write(value.HasValue);
            writer.Write(value.GetValueOrDefault());
        },
        (reader, record) =>
        {
            var present = reader.ReadBoolean();
            var value = reader.ReadInt64();
            set(record, present ? value : null);
        });

    private static Field Date(Func<BounceRecord, DateTimeOffset?> get, Action<BounceRecord, DateTimeOffset?> set) =>
        new((writer, record) =>
        {
            var value = get(record);
            writer.Write(value.HasValue);
            writer.Write(value.GetValueOrDefault().Ticks);
            writer.Write((short)value.GetValueOrDefault().Offset.TotalMinutes);
        },
        (reader, record) =>
        {
            var present = reader.ReadBoolean();
            var ticks = reader.ReadInt64();
            var offset = TimeSpan.FromMinutes(reader.ReadInt16());
            set(record, present ? new DateTimeOffset(ticks, offset) : null);
        });

    private sealed class Field
    {
        public Field(Action<BinaryWriter, BounceRecord> write, Action<BinaryReader, BounceRecord> read)
        {
            Write = write;
            Read = read;
        }

        public Action<BinaryWriter, BounceRecord> Write { get; }
        public Action<BinaryReader, BounceRecord> Read { get; }
    }
}

/// <summary>The natively compiled core failed on a message: the type and message of what it threw.</summary>
internal sealed class NativeCoreFault : Exception
{
    public NativeCoreFault(string faultType, string message) : base(message)
    {
        FaultType = faultType;
    }

    public string FaultType { get; }
}
