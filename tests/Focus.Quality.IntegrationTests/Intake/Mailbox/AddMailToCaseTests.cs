using System.Text.Json;
using Focus.Quality.Intake.Contracts;
using Focus.Quality.Intake.TriageMail;
using Focus.Quality.Objections.Domain;
using Focus.Quality.Objections.Persistence;
using Focus.Quality.Objections.Register;
using Focus.Quality.Shared.Documents;
using Focus.Quality.Shared.Results;
using Focus.Quality.Shared.Security;
using Focus.Quality.Shared.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Focus.Quality.IntegrationTests.Intake.Mailbox;

/// <summary>"Toevoegen aan zaak": a mail that belongs to an existing case is suggested for it, lands on it and its handler is told.</summary>
public sealed class AddMailToCaseTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_mail_naming_a_reference_or_from_a_sender_with_an_open_case_is_suggested_for_it_and_lands_on_its_timeline()
    {
        await using var imap = await ImapServer.StartAsync();
        await using var app = new FocusApp(FocusApp.SeededDataDirectory(), imap.AppSettings());
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var reference = await Api.RegisterAsync(handler, DateTimeOffset.UtcNow.AddDays(-2), "Email", MailMessages.ComplainantAddress);
        await Api.CaseAsync(handler, reference);

        await imap.DeliverAsync(MailMessages.Plain("Nog een foto", "Hierbij nog wat informatie."));
        await imap.DeliverAsync(FromSomeoneElse(MailMessages.Plain("Vraag", $"Mijn moeder heeft klacht {reference.ToLowerInvariant()} ingediend.")));
        var mails = await Eventually.GetAsync(async () => await OpenAsync(app) is { Count: 2 } all ? all : null, Patience);
        var fromSender = mails.Single(m => m.Subject == "Nog een foto");
        var naming = mails.Single(m => m.Subject == "Vraag");

        var bySender = Assert.Single(await SuggestionsAsync(app, fromSender.Id));
        Assert.Equal(reference, bySender.Reference);
        Assert.Equal([$"De afzender heeft een lopende klacht: {reference}"], bySender.Reasons);
        Assert.Equal("Fatima el Amrani", bySender.ComplainantName);
        var byText = Assert.Single(await SuggestionsAsync(app, naming.Id));
        Assert.Equal([$"Het kenmerk {reference} staat in de tekst"], byText.Reasons);

        var unknown = await AddAsync(app, naming.Id, "KL-2026-99999");
        Assert.Equal(ResultStatus.Invalid, unknown.Status);
        Assert.Contains("Er is geen klacht met kenmerk KL-2026-99999", unknown.Errors.Values.Single().Single(), StringComparison.Ordinal);
        Assert.True((await AddAsync(app, fromSender.Id, reference)).IsSuccess);
        Assert.Equal(ResultStatus.Conflict, (await AddAsync(app, fromSender.Id, reference)).Status);

        var @case = await Eventually.GetAsync<JsonElement?>(async () =>
            await Api.CaseAsync(handler, reference) is var found && found.GetProperty("documents").GetArrayLength() == 1 ? found : null, Patience);
        Assert.EndsWith(".eml", @case!.Value.GetProperty("documents")[0].GetProperty("fileName").GetString(), StringComparison.Ordinal);
        Assert.Contains(@case.Value.GetProperty("timeline").EnumerateArray(), e =>
            e.GetProperty("kind").GetString() == "Communication" && e.GetProperty("details").GetString() == "Email|Incoming|Nog een foto");
        Assert.Equal(["Vraag"], (await OpenAsync(app)).Select(m => m.Subject));

        var told = await Eventually.GetAsync(() => Task.FromResult(SentMails(app).FirstOrDefault(m => m.Subject == $"Nieuwe e-mail bij klacht {reference}")), Patience);
        Assert.Equal(FocusApp.UserFor(AppRoles.Handler), told.To.Mailboxes.Single().Address);
        Assert.Contains("Onderwerp: Nog een foto", told.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reply_to_the_response_letter_is_suggested_for_its_case_by_its_headers_alone_and_becomes_an_objection_received_at_its_arrival()
    {
        await using var imap = await ImapServer.StartAsync();
        await using var app = new FocusApp(FocusApp.SeededDataDirectory(), imap.AppSettings());
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var reference = await Api.RegisterAsync(handler, DateTimeOffset.UtcNow.AddDays(-3), "Email", "jan@example.org");
        await Api.CaseAsync(handler, reference);
        Assert.Equal(System.Net.HttpStatusCode.Created, (await Api.RespondAsync(handler, reference, AmsterdamTime.Today(TimeProvider.System))).StatusCode);
        var letter = await Eventually.GetAsync(() => Task.FromResult(SentMails(app).FirstOrDefault(m => m.Subject == $"Reactie op uw klacht {reference}")), Patience);
        Assert.StartsWith($"{reference}.reactie.", letter.MessageId, StringComparison.Ordinal);

        // Written from another address, with a subject that has lost the reference: only the headers lead to the case.
        var reply = FromSomeoneElse(MailMessages.Plain("Re: uw brief", "Ik ben het hier niet mee eens."));
        reply.InReplyTo = letter.MessageId;
        reply.References.Add(letter.MessageId!);
        await imap.DeliverAsync(reply);
        var mail = await Eventually.GetAsync(async () => (await OpenAsync(app)).SingleOrDefault(), Patience);

        var suggestion = Assert.Single(await SuggestionsAsync(app, mail.Id));
        Assert.Equal(reference, suggestion.Reference);
        Assert.Equal([$"Antwoord op onze brief met de reactie of het besluit over {reference}"], suggestion.Reasons);
        Assert.True(suggestion.AnswersDecision);

        var marked = await app.InScopeAsync(sp => sp.GetRequiredService<MailTriage>().ForObjectionAsync(mail.Id, reference, FocusApp.UserFor(AppRoles.Handler), CancellationToken.None));
        Assert.True(marked.IsSuccess);
        var waiting = Assert.Single(await app.InScopeAsync(sp => sp.GetRequiredService<IObjectionMails>().WaitingAsync(CancellationToken.None)));
        Assert.Equal(reference, waiting.Reference);

        // What the director's registration does with the mail it was opened from: the .eml is the written original.
        var director = FocusApp.UserFor(AppRoles.Director);
        var form = new RegisterObjectionForm { Reference = reference, ReceivedOn = AmsterdamTime.DateOf(waiting.ArrivedAt), Via = ReceivedVia.Email, Grounds = waiting.Text };
        var registered = await app.InScopeAsync(async sp =>
        {
            await using var eml = await sp.GetRequiredService<IDocumentStore>().OpenAsync(waiting.EmlDocumentKey, CancellationToken.None);
            var result = await sp.GetRequiredService<RegisterObjectionHandler>().HandleAsync(form, waiting.FileName, eml, director, CancellationToken.None);
            await sp.GetRequiredService<IObjectionMails>().RegisteredAsync(waiting.Id, director, CancellationToken.None);
            return result;
        });
        Assert.True(registered.IsSuccess, string.Join(" ", registered.Errors.Values.SelectMany(e => e)));
        Assert.Empty(await app.InScopeAsync(sp => sp.GetRequiredService<IObjectionMails>().WaitingAsync(CancellationToken.None)));
        var objection = await app.InScopeAsync(sp => sp.GetRequiredService<ObjectionsDbContext>().Objections.Include(o => o.Documents).SingleAsync(o => o.Reference == reference));
        Assert.Equal(AmsterdamTime.DateOf(mail.ArrivedAt), objection.ReceivedOn);
        Assert.Equal(ReceivedVia.Email, objection.Via);
        Assert.Equal(waiting.FileName, Assert.Single(objection.Documents).FileName);
    }

    private static MimeMessage FromSomeoneElse(MimeMessage message)
    {
        message.From.Clear();
        message.From.Add(new MailboxAddress("Piet Bakker", "piet@example.net"));
        return message;
    }

    private static IEnumerable<MimeMessage> SentMails(FocusApp app)
    {
        var pickup = Path.Combine(app.DataDirectory, "mail-pickup");
        return Directory.Exists(pickup) ? Directory.GetFiles(pickup, "*.eml").Select(f => MimeMessage.Load(f)).ToList() : [];
    }

    private static Task<IReadOnlyList<OpenMail>> OpenAsync(FocusApp app) =>
        app.InScopeAsync(sp => sp.GetRequiredService<MailTriage>().OpenAsync(CancellationToken.None));

    private static Task<IReadOnlyList<CaseSuggestion>> SuggestionsAsync(FocusApp app, Guid id) =>
        app.InScopeAsync(sp => sp.GetRequiredService<MailTriage>().SuggestionsAsync(id, CancellationToken.None));

    private static Task<Result<string>> AddAsync(FocusApp app, Guid id, string reference) =>
        app.InScopeAsync(sp => sp.GetRequiredService<MailTriage>().AddToCaseAsync(id, reference, FocusApp.UserFor(AppRoles.Handler), CancellationToken.None));
}
