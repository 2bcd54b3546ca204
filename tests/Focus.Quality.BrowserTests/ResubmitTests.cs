using System.Text.RegularExpressions;
using Focus.Quality.BrowserTests.Faults;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Focus.Quality.BrowserTests;

/// <summary>What a complainant's browser does around the public form: reload the receipt, go back, double-click.</summary>
[Collection(SharedApps.Second)]
public sealed partial class ResubmitTests(RunningApp app)
{
    [Fact]
    public async Task Reloading_the_receipt_and_double_clicking_send_register_each_complaint_once()
    {
        var name = $"Herlaad {Guid.NewGuid():N}";
        var page = await app.NewPageAsync();
        await page.GotoAsync("/klacht-indienen");
        await FillAsync(page, name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Klacht versturen" }).ClickAsync();
        var first = await ReceiptReferenceAsync(page);

        await page.ReloadAsync();
        Assert.Equal(first, await ReceiptReferenceAsync(page));

        await page.GoBackAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Klacht versturen" })).ToBeEnabledAsync();
        await FillAsync(page, name);
        var (posts, firstPost, release) = (0, new TaskCompletionSource(), new TaskCompletionSource());
        await page.RouteAsync("**/klacht-indienen", async route =>
        {
            if (route.Request.Method == "POST" && Interlocked.Increment(ref posts) == 1)
            {
                firstPost.SetResult();
                await release.Task;
            }

            await route.ContinueAsync();
        });
        // A double click as it hurts: the second click lands while the first post is still on its way. (Playwright's
        // DblClick is so fast that Chromium folds both into one navigation before anything is sent.)
        var send = page.GetByRole(AriaRole.Button, new() { Name = "Klacht versturen" });
        await send.ScrollIntoViewIfNeededAsync();
        var box = (await send.BoundingBoxAsync())!;
        var firstClick = send.ClickAsync();
        await firstPost.Task.WaitAsync(TimeSpan.FromSeconds(20));
        await page.Mouse.ClickAsync(box.X + (box.Width / 2), box.Y + (box.Height / 2));
        release.SetResult();
        await firstClick;
        var second = await ReceiptReferenceAsync(page);

        Assert.Equal(1, posts);
        Assert.NotEqual(first, second);
        var stored = await new ModuleFiles(app.DataDirectory).QueryAsync(
            "intake", $"SELECT Reference FROM Complaints WHERE ComplainantName = '{name}' ORDER BY Reference", r => r.GetString(0));
        Assert.Equal([first, second], stored);
    }

    private static async Task FillAsync(IPage page, string name)
    {
        await page.GetByLabel("Naam").FillAsync(name);
        await page.GetByLabel("E-mailadres").FillAsync("herlaad@example.org");
        await page.GetByLabel("Omschrijving van de klacht").FillAsync("Mijn afspraak is zonder bericht afgezegd.");
    }

    private static async Task<string> ReceiptReferenceAsync(IPage page)
    {
        var reference = page.Locator("[data-testid=reference]");
        await Expect(reference).ToHaveTextAsync(ReferencePattern());
        return (await reference.TextContentAsync())!;
    }

    [GeneratedRegex(@"^KL-\d{4}-\d{5}$")]
    private static partial Regex ReferencePattern();
}
