using System.Globalization;
using Focus.Quality.Shared.Events;
using Focus.Quality.Shared.Outbox;
using Focus.Quality.Shared.Security;
using Focus.Quality.Shared.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Focus.Quality.IntegrationTests.Persistence.SqlServerQueries;

/// <summary>
/// SQL Server is the production database and no machine here runs one. The app walks the whole procedure on SQLite
/// while every LINQ query its contexts run is recorded; each is then compiled by EF's SQL Server provider and the
/// statement it would send is parsed as T-SQL. Raw SQL is written per provider and its SQL Server branch is run here.
/// </summary>
public sealed class SqlServerQueryTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static readonly DateOnly Today = AmsterdamTime.Today(TimeProvider.System);

    [Fact]
    public async Task Every_query_of_the_whole_procedure_translates_to_T_SQL_that_parses()
    {
        var recorder = new QueryRecorder();
        await using (var app = new FocusApp(FocusApp.NewDataDirectory(), services: recorder.AttachTo))
        {
            await WalkTheProcedureAsync(app);
        }

        using var replay = new SqlServerReplay();
        foreach (var query in recorder.Queries)
        {
            await replay.ReplayAsync(query);
        }

        Assert.Empty(replay.Untranslated.Select(u => $"{u.Query.SqliteContext.Name}: {u.Reason}"));
        var modules = recorder.Queries.Select(q => q.SqliteContext.Name).Distinct().ToList();
        Assert.True(modules.Count >= 5, $"Queries were recorded for {string.Join(", ", modules)} only.");
        Assert.True(replay.RawSqlQueries > 0, "The reference counter's raw SQL was not seen.");
        output.WriteLine($"{recorder.Queries.Count} queries of {string.Join(", ", modules)}; {replay.Statements.Distinct().Count()} distinct SQL Server statements; {replay.RawSqlQueries} on raw SQL");
        Assert.True(replay.Statements.Count > 50, $"Only {replay.Statements.Count} statements were replayed.");
        Assert.All(["[intake].", "[handling].", "[objections].", "[reporting].", "[identity]."], schema => Assert.Contains(replay.Statements, s => s.Contains(schema, StringComparison.Ordinal)));
        AssertParses(replay.Statements);
    }

    [Fact]
    public async Task The_reference_counter_sends_T_SQL_that_parses_on_SQL_Server()
    {
        using var replay = new SqlServerReplay();
        var intake = ProviderPairs.SqliteContexts().Single(t => t.Name.StartsWith("Intake", StringComparison.Ordinal));

        await Focus.Quality.Intake.Domain.ReferenceNumbers.NextAsync((Focus.Quality.Intake.Persistence.IntakeDbContext)replay.ContextFor(intake), 2026, 3, CancellationToken.None);

        var statement = Assert.Single(replay.Statements);
        Assert.Contains("OUTPUT inserted.", statement, StringComparison.Ordinal);
        AssertParses([statement]);
    }

    [Fact]
    public async Task The_inbox_rows_of_a_delivered_batch_are_one_INSERT_that_parses_on_SQL_Server()
    {
        using var replay = new SqlServerReplay();
        var handling = ProviderPairs.SqliteContexts().Single(t => t.Name.StartsWith("Handling", StringComparison.Ordinal));
        var now = DateTime.UtcNow;
        Delivery DeliveryTo(string handler) =>
            new(new PendingMessage(Guid.NewGuid(), nameof(DeliveredEvent), "{}", 0, now), new DeliveredEvent(Guid.NewGuid(), now), new NamedHandler(handler));

        await InboxRows.InsertAsync((ModuleDbContext)replay.ContextFor(handling), [DeliveryTo("A"), DeliveryTo("B"), DeliveryTo("A")], now, CancellationToken.None);

        // The shared time is @p0 and each handler's name is bound once.
        var statement = Assert.Single(replay.Statements);
        Assert.Equal(
            "INSERT INTO [handling].[InboxMessages] ([EventId], [Handler], [HandledAtUtc]) VALUES (@p2, @p1, @p0), (@p4, @p3, @p0), (@p5, @p1, @p0)",
            statement);
        AssertParses([statement]);
    }

    [Fact]
    public void The_parser_refuses_SQLite_only_syntax() // guards the tests above against a parser that accepts anything
    {
        Assert.NotEmpty(Errors("UPDATE [c] SET [Last] = [Last] + 1 WHERE [Year] = 2026 RETURNING [Last] AS \"Value\""));
    }

    private static async Task WalkTheProcedureAsync(FocusApp app)
    {
        var (director, handler, reference) = await ObjectionApi.RespondedCaseAsync(app, Today);
        await ObjectionApi.RegisterAsync(director, reference, Today);
        await ObjectionApi.StepAsync(director, reference, "invitation", new { letterDate = ObjectionApi.Iso(Today), hearingAt = Today.ToDateTime(new TimeOnly(9, 0)), form = "Phone", place = "06-00000000" });
        await ObjectionApi.StepAsync(director, reference, "hearing-report", new { heldOn = ObjectionApi.Iso(Today), attendees = "Klager, directeur", report = "Geen overeenstemming." });
        await ObjectionApi.StepAsync(director, reference, "decision", new { decidedOn = ObjectionApi.Iso(Today), judgement = "Unfounded", decision = "De reactie blijft in stand." });
        await Eventually.TrueAsync(async () => (await Api.CaseAsync(handler, reference)).GetProperty("status").GetString() == "Closed");

        var other = await Api.SubmitPublicAsync(app.CreateClient());
        await Api.CaseAsync(handler, other);
        await handler.PostAsJsonAsync($"/api/cases/{other}/acknowledgement", new { });
        await handler.PostAsJsonAsync($"/api/cases/{other}/notes", new { text = "Teruggebeld." });
        await handler.GetAsync("/api/worklist");
        await handler.GetAsync("/api/worklist?search=Jansen&overdueOnly=true&assignedTo=me&status=Received");
        await handler.GetAsync(string.Create(CultureInfo.InvariantCulture, $"/api/worklist?afterDue={ObjectionApi.Iso(Today)}&afterReference={other}"));
        var management = await app.ClientForAsync(AppRoles.Management);
        await management.GetAsync("/api/reports/sla.xlsx");
        await management.GetAsync(string.Create(CultureInfo.InvariantCulture, $"/api/reports/annual/{Today.Year}.xlsx"));
        var quality = await app.ClientForAsync(AppRoles.QualityOfficer);
        await quality.GetAsync("/api/rules/terms/versions");
    }

    private sealed record DeliveredEvent(Guid EventId, DateTimeOffset OccurredAt) : IIntegrationEvent;

    private sealed class NamedHandler(string name) : IEventHandlerInvoker
    {
        public Type EventType => typeof(DeliveredEvent);

        public string HandlerName => name;
    }

    private static void AssertParses(IEnumerable<string> statements)
    {
        var failures = statements.Distinct().Select(s => (Statement: s, Errors: Errors(s))).Where(p => p.Errors.Count > 0).ToList();
        Assert.True(failures.Count == 0, string.Join("\n\n", failures.Select(f => $"{string.Join("; ", f.Errors)}\n{f.Statement}")));
    }

    private static List<string> Errors(string statement)
    {
        new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(statement), out var errors);
        return errors.Select(e => $"line {e.Line}: {e.Message}").ToList();
    }
}
