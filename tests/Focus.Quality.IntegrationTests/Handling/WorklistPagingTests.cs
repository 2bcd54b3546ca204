using System.Net;
using System.Text.Json;
using Focus.Quality.Shared.Security;

namespace Focus.Quality.IntegrationTests.Handling;

public sealed class WorklistPagingTests
{
    [Fact]
    public async Task Keyset_pages_list_every_open_case_once_in_term_order()
    {
        await using var app = new FocusApp();
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var references = new List<string>();
        for (var day = 1; day <= 7; day++)
        {
            references.Add(await Api.RegisterAsync(handler, DateTimeOffset.UtcNow.AddDays(-day)));
        }

        foreach (var reference in references)
        {
            await Api.CaseAsync(handler, reference);
        }

        var all = await handler.GetFromJsonAsync<JsonElement>("/api/worklist?take=200");
        var paged = new List<JsonElement>();
        var query = "/api/worklist?take=3";
        while (true)
        {
            var page = (await handler.GetFromJsonAsync<JsonElement>(query)).EnumerateArray().ToList();
            paged.AddRange(page);
            if (page.Count < 3)
            {
                break;
            }

            var last = page[^1];
            query = $"/api/worklist?take=3&afterDue={last.GetProperty("dueDate").GetString()}&afterReference={last.GetProperty("reference").GetString()}";
        }

        Assert.Equal(all.EnumerateArray().Select(Key), paged.Select(Key));
        Assert.Equal(7, paged.Count);
        Assert.Equal(HttpStatusCode.BadRequest, (await handler.GetAsync("/api/worklist?afterDue=2026-01-01")).StatusCode);
    }

    private static string Key(JsonElement item) => $"{item.GetProperty("dueDate").GetString()}|{item.GetProperty("reference").GetString()}";
}
