using System;
using BounceTools.Parsing;

namespace BounceTools.Recognizers.Providers;

/// <summary>
/// Exchange Online (Office 365) reports: standard delivery-status parts marked as notices by
/// X-MS-Exchange-Message-Is-Ndr, with the X-MS-Exchange-CrossTenant-* headers of Exchange Online
/// (an on-premises Exchange has the first only; other bounces delivered into an Office 365
/// mailbox get the second only). Notices that lost those headers on the way are still known by
/// their Reporting-MTA, a host of Microsoft's Exchange Online datacenters, as is their Message-ID. Read like Exchange
/// Server's notices (<see cref="ExchangeNotice"/>).
/// </summary>
internal sealed class Office365Recognizer : IFormatRecognizer
{
    private static readonly string[] OnlineHosts = { ".outlook.com", ".exchangelabs.com", ".outlook.office365.com" };

    public string Format => "Office365";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        var isNdr = message.Header("X-MS-Exchange-Message-Is-Ndr") != null;
        var crossTenant = message.Header("X-MS-Exchange-CrossTenant-OriginalArrivalTime") != null ||
                          message.Header("X-MS-Exchange-CrossTenant-Id") != null;
        if (isNdr && crossTenant)
            return ExchangeNotice.Read(message, draft);
        // A gateway on the way may have dropped the notice's own headers; its Message-ID and
        // Reporting-MTA still name an Exchange Online host.
        if (!isNdr && NoticeHeaders.Content(message, "Content-Language") == null && !crossTenant && !IsOnlineHost(MessageIdHost(message)))
            return false;
        return ExchangeNotice.Read(message, draft) && IsOnlineHost(draft.ReportingMta);
    }

    private static string MessageIdHost(BounceMessage message)
    {
        var id = (message.Header("Message-ID") ?? string.Empty).Trim().TrimEnd('>');
        return id.Substring(id.LastIndexOf('@') + 1);
    }

    private static bool IsOnlineHost(string host)
    {
        foreach (var suffix in OnlineHosts)
            if (host.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }
}
