using System.Diagnostics;
using System.Globalization;
using Focus.Quality.IntegrationTests.Infrastructure;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MailKit.Security;
using MimeKit;

namespace Focus.Quality.Bench;

/// <summary>
/// The complaints mailbox against a real Dovecot (the integration tests' server): how many messages per second the
/// host's poller stores, against a bare MailKit loop that only fetches and moves the same number in the same run, and
/// the time from a message's delivery to its item being stored (seen as its move to "Verwerkt", which follows the commit).
/// </summary>
internal static class MailboxBench
{
    private const string Processed = "Verwerkt";

    public static async Task RunAsync(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 300;
        var singles = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20;
        await using var imap = await ImapServer.StartAsync();

        await DeliverAsync(imap, count, "baseline");
        var baseline = await FetchAndMoveAsync(imap, count);
        Console.WriteLine($"baseline: MailKit fetch + move, {count} messages: {count / baseline.TotalSeconds,8:F1} msg/s");

        var settings = imap.AppSettings(pollInterval: "00:00:00.200").ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value!);
        settings["Mailboxes__klachten__ProcessedFolder"] = Processed + "App";
        await using var host = await HostProcess.StartAsync(settings: settings);
        await DeliverAsync(imap, count, "poller");
        var clock = Stopwatch.StartNew();
        await UntilAsync(imap, Processed + "App", count);
        var poller = clock.Elapsed;
        Console.WriteLine($"poller: stored and moved {count} messages: {count / poller.TotalSeconds,8:F1} msg/s   {baseline.TotalSeconds / poller.TotalSeconds,6:F3}x baseline");

        var latencies = new List<double>();
        for (var i = 0; i < singles; i++)
        {
            await DeliverAsync(imap, 1, $"single-{i}");
            var single = Stopwatch.StartNew();
            await UntilAsync(imap, Processed + "App", count + i + 1);
            latencies.Add(single.Elapsed.TotalMilliseconds);
        }

        latencies.Sort();
        Console.WriteLine($"delivery to stored item, {singles} single messages at a 200 ms poll: p50 {latencies[latencies.Count / 2]:F0} ms, max {latencies[^1]:F0} ms");
    }

    private static async Task DeliverAsync(ImapServer imap, int count, string batch)
    {
        using var client = await ConnectAsync(imap);
        for (var i = 0; i < count; i++)
        {
            var message = new MimeMessage { Subject = $"Klacht {batch} {i}", MessageId = $"{batch}.{i}.{Guid.NewGuid():N}@bench.example" };
            message.From.Add(new MailboxAddress($"Klager {i}", $"klager{i}@example.org"));
            message.To.Add(new MailboxAddress("Klachten", ImapServer.UserName));
            message.Body = new TextPart("plain") { Text = $"Mijn afspraak {i} is zonder bericht afgezegd." };
            await client.Inbox.AppendAsync(message, MessageFlags.None, DateTimeOffset.Now);
        }
    }

    private static async Task<TimeSpan> FetchAndMoveAsync(ImapServer imap, int count)
    {
        using var client = await ConnectAsync(imap);
        var processed = await client.GetFolder(client.PersonalNamespaces[0]).CreateAsync(Processed, isMessageFolder: true)
            ?? throw new InvalidOperationException($"Dovecot did not create {Processed}.");
        await client.Inbox.OpenAsync(FolderAccess.ReadWrite);
        var clock = Stopwatch.StartNew();
        foreach (var uid in (await client.Inbox.SearchAsync(SearchQuery.All)).Take(count))
        {
            using var content = new MemoryStream();
            await using (var stream = await client.Inbox.GetStreamAsync(uid))
            {
                await stream.CopyToAsync(content);
            }

            await client.Inbox.MoveToAsync(uid, processed);
        }

        return clock.Elapsed;
    }

    private static async Task UntilAsync(ImapServer imap, string folder, int count)
    {
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (await imap.CountAsync(folder) < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The poller had not moved {count} messages to {folder} after 5 minutes.");
            }

            await Task.Delay(20);
        }
    }

    private static async Task<ImapClient> ConnectAsync(ImapServer imap)
    {
        var client = new ImapClient();
        await client.ConnectAsync("127.0.0.1", imap.Port, SecureSocketOptions.None);
        await client.AuthenticateAsync(ImapServer.UserName, ImapServer.Password);
        return client;
    }
}
