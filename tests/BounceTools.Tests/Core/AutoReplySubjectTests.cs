using BounceTools.Recognizers.Special;
using Xunit;

namespace BounceTools.Tests.Core;

/// <summary>
/// The Subject prefixes that mail clients and servers put on automatic replies, in the languages
/// they ship (Outlook's localized "Automatic reply:" among them), and look-alikes that are not.
/// </summary>
public sealed class AutoReplySubjectTests
{
    [Theory]
    [InlineData("Automatic reply: Quote request")]
    [InlineData("Automatische Antwort: Ihre Anfrage")]
    [InlineData("Réponse automatique : Votre commande")]
    [InlineData("Respuesta automática: Pedido 7720")]
    [InlineData("Risposta automatica: Preventivo")]
    [InlineData("Automatisch antwoord: Offerte")]
    [InlineData("Resposta automática: Proposta")]
    [InlineData("Automatiskt svar: Offert")]
    [InlineData("Automatisk svar: Tilbud")]
    [InlineData("Automaattinen vastaus: Tarjous")]
    [InlineData("Odpowiedź automatyczna: Zamówienie")]
    [InlineData("Automatyczna odpowiedź: Zamówienie")]
    [InlineData("Automatická odpověď: Objednávka")]
    [InlineData("Automatikus válasz: Ajánlat")]
    [InlineData("Otomatik yanıt: Teklif")]
    [InlineData("Răspuns automat: Ofertă")]
    [InlineData("Automatski odgovor: Ponuda")]
    [InlineData("Αυτόματη απάντηση: Προσφορά")]
    [InlineData("Автоматический ответ: Счет")]
    [InlineData("Автоответ: Коммерческое предложение")]
    [InlineData("Автоматична відповідь: Рахунок")]
    [InlineData("自動応答: お見積り")]
    [InlineData("自动回复: 报价单")]
    [InlineData("自动答复: 报价单")]
    [InlineData("自動回覆: 報價單")]
    [InlineData("자동 응답: 견적 요청")]
    [InlineData("자동 회신: 견적 요청")]
    [InlineData("Out of Office: Quote request")]
    [InlineData("Nina Brandt is out of the office.")]
    public void Auto_reply_subjects_are_known(string subject) =>
        Assert.True(AutoReplySigns.IsReplySubject(subject), subject);

    [Theory]
    [InlineData("Out of office party on Friday")]
    [InlineData("Re: Out of stock items")]
    [InlineData("Automation report for October")]
    [InlineData("Undeliverable: Automatic reply: Quote request")]
    public void Look_alikes_are_not(string subject) =>
        Assert.False(AutoReplySigns.IsReplySubject(subject), subject);
}
