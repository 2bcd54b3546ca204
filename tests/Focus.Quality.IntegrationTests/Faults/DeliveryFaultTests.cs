using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Focus.Quality.Shared.Security;
using Focus.Quality.Shared.Time;

namespace Focus.Quality.IntegrationTests.Faults;

/// <summary>A broken mail server and a document store that cannot write: visible, retried, and nothing lost or half-saved.</summary>
public sealed class DeliveryFaultTests
{
    [Fact]
    public async Task A_letter_to_a_broken_mail_server_shows_as_failed_delivery_and_arrives_once_the_server_is_back()
    {
        var smtpPort = SmtpSink.FreePort();
        await using var app = new FocusApp(FocusApp.SeededDataDirectory(), new Dictionary<string, string?>
        {
            ["Mail:SmtpHost"] = "127.0.0.1",
            ["Mail:SmtpPort"] = smtpPort.ToString(CultureInfo.InvariantCulture),
            ["Mail:UseStartTls"] = "false",
        });
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var administrator = await app.ClientForAsync(AppRoles.Administrator);
        var reference = await Api.SubmitPublicAsync(app.CreateClient());
        await Api.CaseAsync(handler, reference);

        Assert.Equal(HttpStatusCode.Created, (await Api.RespondAsync(handler, reference, AmsterdamTime.Today(TimeProvider.System))).StatusCode);

        var failed = await Eventually.GetAsync(async () => (await FailedMailsAsync(administrator)).FirstOrDefault(m => m.GetProperty("subject").GetString()!.Contains(reference, StringComparison.Ordinal)) is { ValueKind: JsonValueKind.Object } mail ? (JsonElement?)mail : null);
        Assert.Equal("jan@example.org", failed!.Value.GetProperty("recipient").GetString());
        Assert.True(failed.Value.GetProperty("attempts").GetInt32() >= 1);
        Assert.Contains("MailDelivery", failed.Value.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        Assert.Equal("Responded", (await Api.CaseAsync(handler, reference)).GetProperty("status").GetString());

        await using var smtp = await SmtpSink.StartAsync(smtpPort);
        var retry = await administrator.PostAsync($"/api/operations/failed-deliveries/{failed.Value.GetProperty("id").GetGuid()}/retry", null);

        Assert.Equal(HttpStatusCode.Accepted, retry.StatusCode);
        var delivered = await Eventually.GetAsync(() => Task.FromResult(smtp.Messages().FirstOrDefault()));
        Assert.Contains($"Subject: Reactie op uw klacht {reference}", delivered, StringComparison.Ordinal);
        await Eventually.TrueAsync(async () => (await FailedMailsAsync(administrator)).Count == 0);
        Assert.Single(smtp.Messages());
    }

    [Fact]
    public async Task A_document_store_that_cannot_write_refuses_letters_and_uploads_in_Dutch_and_saves_nothing()
    {
        var dataDirectory = FocusApp.NewDataDirectory();
        await using var app = new FocusApp(dataDirectory);
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var reference = await Api.SubmitPublicAsync(app.CreateClient());
        var before = await Api.CaseAsync(handler, reference);
        // A file where the documents folder should be: every write fails, as on a full or unmounted disk.
        var documents = Path.Combine(dataDirectory, "documents");
        if (Directory.Exists(documents))
        {
            Directory.Delete(documents, recursive: true);
        }

        await File.WriteAllTextAsync(documents, "not a folder");

        var response = await Api.RespondAsync(handler, reference, AmsterdamTime.Today(TimeProvider.System));
        var upload = await UploadTextAsync(handler, reference);

        foreach (var refused in new[] { response, upload })
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.Contains("documentopslag is vol of niet bereikbaar", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var after = await Api.CaseAsync(handler, reference);
        Assert.Equal(before.GetProperty("status").GetString(), after.GetProperty("status").GetString());
        Assert.Equal(before.GetProperty("documents").GetArrayLength(), after.GetProperty("documents").GetArrayLength());
        Assert.Equal(before.GetProperty("timeline").GetArrayLength(), after.GetProperty("timeline").GetArrayLength());

        File.Delete(documents);
        Assert.Equal(HttpStatusCode.Created, (await Api.RespondAsync(handler, reference, AmsterdamTime.Today(TimeProvider.System))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await UploadTextAsync(handler, reference)).StatusCode);
    }

    private static async Task<List<JsonElement>> FailedMailsAsync(HttpClient administrator) =>
        [.. (await administrator.GetFromJsonAsync<JsonElement>("/api/operations/failed-deliveries/")).EnumerateArray().Where(d => d.GetProperty("recipient").ValueKind == JsonValueKind.String)];

    private static Task<HttpResponseMessage> UploadTextAsync(HttpClient client, string reference)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent("Verslag van het telefoongesprek."u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "file", "gesprek.txt");
        return client.PostAsync($"/api/cases/{reference}/attachments", form);
    }
}
