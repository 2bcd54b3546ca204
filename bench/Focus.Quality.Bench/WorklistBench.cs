using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Focus.Quality.Bench.Seeding;
using Focus.Quality.Handling.Domain;
using Focus.Quality.Handling.Persistence;
using Focus.Quality.Handling.Workflow;
using Focus.Quality.Handling.Worklist;
using Focus.Quality.Intake.Contracts;
using Focus.Quality.Rules;
using Focus.Quality.Rules.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Focus.Quality.Bench;

/// <summary>
/// The worklist over a Handling database of N cases (default 1,000,000): server time per page of 20 through the real
/// WorklistQuery, first and deep pages, with filters; the baseline is the same deep page reached with OFFSET, which is
/// what keyset paging replaces. Prints the query plan of the deep keyset page.
/// </summary>
internal static class WorklistBench
{
    private const int PageSize = 20;
    private const int Runs = 60;

    public static async Task RunAsync(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        var directory = Directory.CreateTempSubdirectory("focus-worklist-bench-").FullName;
        var capture = new LastCommand();
        var options = new DbContextOptionsBuilder<HandlingSqliteDbContext>()
            .UseSqlite($"Data Source={Path.Combine(directory, "handling.db")}").AddInterceptors(capture).Options;
        try
        {
            var seeding = Stopwatch.StartNew();
            await using (var db = new HandlingSqliteDbContext(options))
            {
                await db.Database.MigrateAsync();
                var connection = db.Database.GetDbConnection();
                await connection.OpenAsync();
                await CaseSeed.SeedAsync(connection, Story.All(count));
            }

            Console.WriteLine($"seeded {count:N0} cases in {seeding.Elapsed.TotalSeconds:F1} s");
            var calendar = new WorkingDayCalendar(RuleFiles.Load(Path.Combine(AppContext.BaseDirectory, "rules")).Calendar);
            await using var context = new HandlingSqliteDbContext(options);
            var query = new WorklistQuery(context, new NoContactSearch(), calendar, new WorkflowStateNames(context, new ShippedWorkflow()), TimeProvider.System);
            var open = await context.Cases.CountAsync(c => c.NextDueDate != null);
            var deep = open * 9 / 10;
            var cursor = await context.Cases.Where(c => c.NextDueDate != null).OrderBy(c => c.NextDueDate).ThenBy(c => c.Reference)
                .Skip(deep - 1).Select(c => new WorklistCursor(c.NextDueDate!.Value, c.Reference)).FirstAsync();
            var handler = "behandelaar07@focus.example";
            Console.WriteLine($"open cases {open:N0}; deep page starts at open case {deep:N0}");

            var offset = await MeasureAsync(query, new WorklistFilter(Skip: deep, Take: PageSize));
            var rows = new (string Name, double Ms)[]
            {
                ("first page", await MeasureAsync(query, new WorklistFilter(Take: PageSize))),
                ("deep page, keyset", await MeasureAsync(query, new WorklistFilter(Take: PageSize, After: cursor))),
                ("one handler, first page", await MeasureAsync(query, new WorklistFilter(AssignedTo: handler, Take: PageSize))),
                ("one handler, deep keyset page", await MeasureAsync(query, new WorklistFilter(AssignedTo: handler, Take: PageSize, After: cursor))),
                ("state Acknowledged, deep keyset", await MeasureAsync(query, new WorklistFilter(State: "Acknowledged", Take: PageSize, After: cursor))),
                ("overdue only, first page", await MeasureAsync(query, new WorklistFilter(OverdueOnly: true, Take: PageSize))),
            };
            Console.WriteLine($"{"baseline: deep page, OFFSET",-36} {offset,8:F2} ms");
            foreach (var (name, ms) in rows)
            {
                Console.WriteLine($"{name,-36} {ms,8:F2} ms   {ms / offset,6:F3}x baseline");
            }

            await TermJobAsync(context);

            await query.ListAsync(new WorklistFilter(Take: PageSize, After: cursor), CancellationToken.None);
            Console.WriteLine("query plan of the deep keyset page:");
            await context.Database.OpenConnectionAsync();
            foreach (var step in await PlanAsync(context.Database.GetDbConnection(), capture.Command!))
            {
                Console.WriteLine("  " + step);
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>
    /// The term job's search: every case with a term that needs a warning or a breach today, all of them at once; the
    /// baseline is one plain scan of the terms table.
    /// </summary>
    private static async Task TermJobAsync(HandlingDbContext context)
    {
        // Only the candidate search is measured; it reads the database alone, so the mail parts are not needed.
        var signaller = new Focus.Quality.Handling.TermSignals.CaseTermSignaller(context, null!, null!, TimeProvider.System);
        var today = Focus.Quality.Shared.Time.AmsterdamTime.Today(TimeProvider.System);
        var scan = await MedianAsync(5, () => context.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS Value FROM CaseTerms WHERE DueDate > ''").SingleAsync());
        var found = 0;
        var search = await MedianAsync(5, async () => found = (await signaller.CandidatesAsync(today, int.MaxValue, CancellationToken.None)).Count);
        Console.WriteLine($"{"baseline: scan of all terms",-36} {scan,8:F2} ms");
        Console.WriteLine($"{"term job: cases to warn or breach",-36} {search,8:F2} ms   {search / scan,6:F3}x baseline   ({found:N0} cases)");
    }

    private static async Task<double> MedianAsync(int runs, Func<Task> work)
    {
        await work();
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await work();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return times[runs / 2];
    }

    /// <summary>Median of <see cref="Runs"/> warm runs, in milliseconds.</summary>
    private static async Task<double> MeasureAsync(WorklistQuery query, WorklistFilter filter)
    {
        for (var i = 0; i < 5; i++)
        {
            await query.ListAsync(filter, CancellationToken.None);
        }

        var times = new List<double>(Runs);
        for (var i = 0; i < Runs; i++)
        {
            var watch = Stopwatch.StartNew();
            var page = await query.ListAsync(filter, CancellationToken.None);
            times.Add(watch.Elapsed.TotalMilliseconds);
            if (page.Count == 0)
            {
                throw new InvalidOperationException($"Empty page for {filter}: the benchmark would measure nothing.");
            }
        }

        times.Sort();
        return times[Runs / 2];
    }

    private static async Task<List<string>> PlanAsync(DbConnection connection, DbCommand command)
    {
        await using var explain = connection.CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        foreach (DbParameter parameter in command.Parameters)
        {
            var copy = explain.CreateParameter();
            (copy.ParameterName, copy.Value) = (parameter.ParameterName, parameter.Value);
            explain.Parameters.Add(copy);
        }

        var steps = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            steps.Add(reader.GetString(3));
        }

        return steps;
    }

    /// <summary>Keeps the last query EF sent, to ask SQLite how it runs it.</summary>
    private sealed class LastCommand : DbCommandInterceptor
    {
        public DbCommand? Command { get; private set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Command = command;
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }

    /// <summary>The measured filters search no text, so the worklist never asks Intake for contact details here.</summary>
    private sealed class NoContactSearch : IComplaintDirectory
    {
        public Task<ComplaintDetails?> FindAsync(string reference, CancellationToken cancellationToken) =>
            throw new NotSupportedException("The worklist benchmark reads no complaint details.");

        public Task<IReadOnlyList<string>> ReferencesByContactAsync(string text, int take, CancellationToken cancellationToken) =>
            throw new NotSupportedException("The worklist benchmark searches no text.");

        public Task<IReadOnlyDictionary<string, string>> NamesAsync(IReadOnlyCollection<string> references, CancellationToken cancellationToken) =>
            throw new NotSupportedException("The worklist benchmark shows no names.");
    }
}
