using Focus.Quality.Intake.Contracts;
using Focus.Quality.Intake.Persistence;
using Focus.Quality.Intake.RegisterComplaint;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Focus.Quality.IntegrationTests.Intake;

/// <summary>
/// Registrations that queue up while the database is busy are stored together in one transaction. The test holds
/// the intake database's write lock itself while the registrations queue, so the sharing is certain, not timing.
/// </summary>
public sealed class RegistrationWriterTests(FocusApp app) : IClassFixture<FocusApp>
{
    [Fact]
    public async Task Registrations_that_queued_share_a_transaction_and_each_caller_gets_the_reference_of_its_own_complaint()
    {
        var writer = app.Services.GetRequiredService<RegistrationWriter>();

        var registrations = await WhileDatabaseIsLockedAsync(() => Enumerable.Range(0, 40)
            .Select(i => (Name: $"Wachtrij {i}", Reference: writer.RegisterAsync(Submission($"Wachtrij {i}"), null)))
            .ToList());
        await Task.WhenAll(registrations.Select(r => r.Reference));
        var stored = await StoredAsync(registrations.Select(r => r.Name));

        foreach (var (name, reference) in registrations)
        {
            Assert.Equal(name, stored[(await reference).Reference].Name);
        }

        var numbers = stored.Keys.Select(r => int.Parse(r[^5..])).Order().ToList();
        Assert.Equal(Enumerable.Range(numbers[0], 40), numbers);
        Assert.True(stored.Values.Select(c => c.RegisteredAt).Distinct().Count() <= 2, "queued registrations were stored one by one");
    }

    [Fact]
    public async Task A_registration_the_database_refuses_does_not_cost_the_others_in_its_transaction_theirs()
    {
        var writer = app.Services.GetRequiredService<RegistrationWriter>();

        var (good, refused) = await WhileDatabaseIsLockedAsync(() =>
        (
            Enumerable.Range(0, 10).Select(i => (Name: $"Naast weigering {i}", Reference: writer.RegisterAsync(Submission($"Naast weigering {i}"), null))).ToList(),
            writer.RegisterAsync(Submission(name: null), null)));

        await Assert.ThrowsAsync<DbUpdateException>(() => refused);
        await Task.WhenAll(good.Select(r => r.Reference));
        var stored = await StoredAsync(good.Select(r => r.Name));
        foreach (var (name, reference) in good)
        {
            Assert.Equal(name, stored[(await reference).Reference].Name);
        }
    }

    [Fact]
    public async Task Registrations_queued_together_with_one_idempotency_key_are_one_complaint()
    {
        var writer = app.Services.GetRequiredService<RegistrationWriter>();
        var key = Guid.NewGuid();

        var registrations = await WhileDatabaseIsLockedAsync(() => new[] { key, key, key, Guid.NewGuid() }
            .Select((k, i) => writer.RegisterAsync(Submission(i < 3 ? "Driemaal verstuurd" : "Ander formulier") with { IdempotencyKey = k }, null))
            .ToList());
        var answers = await Task.WhenAll(registrations);

        Assert.Equal([true, false, false, true], answers.Select(a => a.IsNew));
        Assert.Single(answers[..3].Select(a => a.Reference).Distinct());
        var stored = await StoredAsync(["Driemaal verstuurd", "Ander formulier"]);
        Assert.Equal(new[] { answers[0].Reference, answers[3].Reference }.Order(), stored.Keys.Order());
    }

    private static ComplaintSubmission Submission(string? name) => new(
        ComplaintChannel.WebForm, DateTimeOffset.UtcNow, ComplaintCategory.Treatment, name, "indiener@example.org", null,
        ContactPreference.Email, "Mijn adviseur belt niet terug.", null, null);

    /// <summary>Runs <paramref name="queue"/> while another connection holds the write lock, then lets the writer in.</summary>
    private async Task<T> WhileDatabaseIsLockedAsync<T>(Func<T> queue)
    {
        await using var blocker = new SqliteConnection($"Data Source={Path.Combine(app.DataDirectory, "intake.db")}");
        await blocker.OpenAsync();
        var transaction = await blocker.BeginTransactionAsync();
        var queued = queue();
        await Task.Delay(300);
        await transaction.RollbackAsync();
        return queued;
    }

    private Task<Dictionary<string, (string Name, DateTimeOffset RegisteredAt)>> StoredAsync(IEnumerable<string> names) =>
        app.InScopeAsync(async services =>
        {
            var wanted = names.ToList();
            var complaints = await services.GetRequiredService<IntakeDbContext>().Complaints
                .Where(c => wanted.Contains(c.ComplainantName))
                .Select(c => new { c.Reference, c.ComplainantName, c.RegisteredAt })
                .ToListAsync();
            return complaints.ToDictionary(c => c.Reference, c => (c.ComplainantName, c.RegisteredAt));
        });
}
