using BounceTools.Recognizers.Providers;
using Xunit;

namespace BounceTools.Tests.Core.Providers;

public sealed class SesNotificationTests
{
    [Fact]
    public void Reads_a_bare_bounce_event()
    {
        const string json = "{\"notificationType\":\"Bounce\",\"bounce\":{\"bounceType\":\"Permanent\",\"bouncedRecipients\":[" +
                            "{\"emailAddress\":\"a@example.org\",\"action\":\"failed\",\"status\":\"5.1.1\",\"diagnosticCode\":\"smtp; 550 \\\"no\\\" user\"}," +
                            "{\"emailAddress\":\"b@example.org\"}],\"reportingMTA\":\"dsn; mta.example.com\"}}";

        var notification = SesNotification.Parse(json)!;

        Assert.Equal("Bounce", notification.NotificationType);
        var recipients = notification.Objects("bouncedRecipients");
        Assert.Equal(2, recipients.Count);
        Assert.Equal("smtp; 550 \"no\" user", recipients[0]["diagnosticCode"]);
        Assert.Equal(string.Empty, recipients[1]["status"]);
        Assert.Equal("Permanent", notification.Value("bounceType"));
    }

    [Fact]
    public void Unwraps_the_event_from_an_sns_envelope()
    {
        const string envelope = "{\n  \"Type\" : \"Notification\",\n  \"Message\" : \"{\\\"notificationType\\\":\\\"Delivery\\\"," +
                                "\\\"delivery\\\":{\\\"recipients\\\":[\\\"a@example.org\\\",\\\"b@example.org\\\"]}}\"\n}";

        var notification = SesNotification.Parse(envelope)!;

        Assert.Equal("Delivery", notification.NotificationType);
        Assert.Equal(new[] { "a@example.org", "b@example.org" }, notification.Strings("recipients"));
    }

    [Fact]
    public void Text_without_an_event_is_not_a_notification()
    {
        Assert.Null(SesNotification.Parse("{\"Type\":\"SubscriptionConfirmation\"}"));
        Assert.Null(SesNotification.Parse("plain text"));
    }
}
