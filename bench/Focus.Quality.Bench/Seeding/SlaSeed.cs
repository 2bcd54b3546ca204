using System.Data.Common;
using Focus.Quality.Intake.Contracts;
using Focus.Quality.Objections.Contracts;
using Focus.Quality.Reporting.Persistence;
using Focus.Quality.Reporting.ReadModel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Extensions.DependencyInjection;

namespace Focus.Quality.Bench.Seeding;

/// <summary>
/// N realistic facts over three years (signals, late acknowledgements, extensions, "not handled", objections, open and
/// overdue cases), inserted with one prepared command: EF change tracking would take minutes for a million rows.
/// </summary>
internal static class SlaSeed
{
    private static readonly string[] Columns =
    [
        "Id", "Reference", "IsSignal", "Channel", "Category", "ReceivedAt", "ReceivedOn", "Handler", "AcknowledgementDue", "AcknowledgedAt", "AcknowledgedOn",
        "AcknowledgedOnTime", "ResponseDue", "ResponseDueOriginal", "RespondedOn", "RespondedOnTime", "Outcome", "NotHandledReason",
        "ObjectionReceivedOn", "ObjectionOutcome", "ObjectionConcludedOn", "ClosedOn",
    ];

    private static readonly string[] Reasons = ["OutsideSphereOfInfluence", "AlreadyHandled", "OlderThanOneYear", "InLegalProceedings"];

    public static async Task SeedAsync(IServiceProvider services, int count)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        await db.Database.MigrateAsync();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var random = new Random(42);
        var first = new DateOnly(2024, 1, 1);
        var days = new DateOnly(2026, 11, 20).DayNumber - first.DayNumber;
        var today = DateOnly.FromDateTime(DateTime.Today);
        await InsertAsync(connection, Enumerable.Range(0, count).Select(i => Fact(random, first.AddDays(random.Next(days)), i, today)));
    }

    /// <summary>Inserts the facts with one prepared command in one transaction.</summary>
    public static async Task InsertAsync(DbConnection connection, IEnumerable<ComplaintFact> facts)
    {
        await using var transaction = await connection.BeginTransactionAsync();
        await using var insert = connection.CreateCommand();
        insert.CommandText = $"INSERT INTO Facts ({string.Join(", ", Columns)}) VALUES ({string.Join(", ", Columns.Select(c => "$" + c))})";
        var parameters = Columns.ToDictionary(c => c, c =>
        {
            var parameter = insert.CreateParameter();
            parameter.ParameterName = "$" + c;
            insert.Parameters.Add(parameter);
            return parameter;
        });
        insert.Prepare();
        var binary = new DateTimeOffsetToBinaryConverter();
        foreach (var fact in facts)
        {
            foreach (var column in Columns)
            {
                parameters[column].Value = Value(fact, column, binary) ?? DBNull.Value;
            }

            await insert.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    private static ComplaintFact Fact(Random random, DateOnly received, int number, DateOnly today)
    {
        var isSignal = random.NextDouble() < 0.03;
        var fact = new ComplaintFact
        {
            Id = Guid.CreateVersion7(),
            Reference = isSignal ? null : $"KL-{received.Year}-{number:D7}",
            IsSignal = isSignal,
            Channel = (ComplaintChannel)random.Next(4),
            Category = (ComplaintCategory)random.Next(4),
            ReceivedAt = new DateTimeOffset(received.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(1)),
            ReceivedOn = received,
            Handler = isSignal ? null : $"behandelaar{random.Next(25):D2}@focus.example",
        };
        if (isSignal)
        {
            return fact;
        }

        fact.AcknowledgementDue = received.AddDays(7);
        if (random.NextDouble() < 0.97 && received.AddDays(10) < today)
        {
            fact.AcknowledgedOn = received.AddDays(random.Next(10));
            fact.AcknowledgedAt = new DateTimeOffset(fact.AcknowledgedOn.Value.ToDateTime(new TimeOnly(14, 0)), TimeSpan.FromHours(1));
            fact.AcknowledgedOnTime = fact.AcknowledgedOn <= fact.AcknowledgementDue;
        }

        fact.ResponseDue = received.AddDays(28);
        if (random.NextDouble() < 0.1)
        {
            fact.ResponseDueOriginal = fact.ResponseDue;
            fact.ResponseDue = fact.ResponseDue.Value.AddDays(14);
        }

        var responded = received.AddDays(5 + random.Next(36));
        if (responded >= today || random.NextDouble() < 0.02)
        {
            return fact;
        }

        fact.RespondedOn = responded;
        fact.RespondedOnTime = responded <= fact.ResponseDue;
        fact.Outcome = random.NextDouble() < 0.08 ? CaseOutcome.NotHandled : (CaseOutcome)random.Next(3);
        fact.NotHandledReason = fact.Outcome == CaseOutcome.NotHandled ? Reasons[random.Next(Reasons.Length)] : null;
        if (random.NextDouble() < 0.05)
        {
            fact.ObjectionReceivedOn = responded.AddDays(1 + random.Next(30));
            if (fact.ObjectionReceivedOn.Value.AddDays(30) < today)
            {
                fact.ObjectionOutcome = (ObjectionOutcome)random.Next(3);
                fact.ObjectionConcludedOn = fact.ObjectionReceivedOn.Value.AddDays(30);
                fact.ClosedOn = fact.ObjectionConcludedOn;
            }
        }
        else if (responded.AddDays(31) < today)
        {
            fact.ClosedOn = responded.AddDays(31);
        }

        return fact;
    }

    private static object? Value(ComplaintFact fact, string column, DateTimeOffsetToBinaryConverter binary) => column switch
    {
        "Id" => fact.Id.ToString().ToUpperInvariant(),
        "Reference" => fact.Reference,
        "IsSignal" => fact.IsSignal,
        "Channel" => fact.Channel.ToString(),
        "Category" => fact.Category.ToString(),
        "ReceivedAt" => binary.ConvertToProvider(fact.ReceivedAt),
        "ReceivedOn" => SqliteRows.Date(fact.ReceivedOn),
        "Handler" => fact.Handler,
        "AcknowledgementDue" => SqliteRows.Date(fact.AcknowledgementDue),
        "AcknowledgedAt" => fact.AcknowledgedAt is { } at ? binary.ConvertToProvider(at) : null,
        "AcknowledgedOn" => SqliteRows.Date(fact.AcknowledgedOn),
        "AcknowledgedOnTime" => fact.AcknowledgedOnTime,
        "ResponseDue" => SqliteRows.Date(fact.ResponseDue),
        "ResponseDueOriginal" => SqliteRows.Date(fact.ResponseDueOriginal),
        "RespondedOn" => SqliteRows.Date(fact.RespondedOn),
        "RespondedOnTime" => fact.RespondedOnTime,
        "Outcome" => fact.Outcome?.ToString(),
        "NotHandledReason" => fact.NotHandledReason,
        "ObjectionReceivedOn" => SqliteRows.Date(fact.ObjectionReceivedOn),
        "ObjectionOutcome" => fact.ObjectionOutcome?.ToString(),
        "ObjectionConcludedOn" => SqliteRows.Date(fact.ObjectionConcludedOn),
        "ClosedOn" => SqliteRows.Date(fact.ClosedOn),
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, null),
    };
}
