using System.Data.Common;
using Focus.Quality.Intake.Contracts;
using Focus.Quality.Objections.Contracts;
using Focus.Quality.Reporting.ReadModel;
using Focus.Quality.Rules.Contracts.Workflow;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Focus.Quality.Bench.Seeding;

/// <summary>The Intake, Reporting and Objections sides of the stories, each in one transaction of prepared inserts.</summary>
internal static class ModuleSeeds
{
    public static async Task IntakeAsync(DbConnection connection, IEnumerable<Story> stories)
    {
        await using var transaction = await connection.BeginTransactionAsync();
        var complaints = await SqliteRows.InsertCommandAsync(connection, "Complaints");
        var binary = new DateTimeOffsetToBinaryConverter();
        var lastPerYear = new Dictionary<int, int>();
        foreach (var story in stories)
        {
            var received = binary.ConvertToProvider(SqliteRows.MorningOf(story.Received));
            SqliteRows.Set(complaints, "Id", story.ComplaintId);
            SqliteRows.Set(complaints, "Reference", story.Reference);
            SqliteRows.Set(complaints, "Channel", story.Channel);
            SqliteRows.Set(complaints, "Category", story.Category);
            SqliteRows.Set(complaints, "ReceivedAt", received);
            SqliteRows.Set(complaints, "RegisteredAt", received);
            SqliteRows.Set(complaints, "ComplainantName", $"Klager {story.Number}");
            SqliteRows.Set(complaints, "Email", $"klager{story.Number}@example.org");
            SqliteRows.Set(complaints, "PreferredContact", "Email");
            SqliteRows.Set(complaints, "Description", "Mijn adviseur belt niet terug en de afspraak is drie keer verzet.");
            await complaints.ExecuteNonQueryAsync();
            lastPerYear[story.Received.Year] = story.Sequence;
        }

        // New registrations continue after the seeded numbers instead of colliding with them.
        var counters = await SqliteRows.InsertCommandAsync(connection, "ReferenceCounters");
        foreach (var (year, last) in lastPerYear)
        {
            SqliteRows.Set(counters, "Year", year);
            SqliteRows.Set(counters, "Last", last);
            await counters.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    public static Task ReportingAsync(DbConnection connection, IEnumerable<Story> stories) => SlaSeed.InsertAsync(connection, stories.Select(story => new ComplaintFact
    {
        Id = Guid.CreateVersion7(),
        Reference = story.Reference,
        Channel = Enum.Parse<ComplaintChannel>(story.Channel),
        Category = Enum.Parse<ComplaintCategory>(story.Category),
        ReceivedAt = SqliteRows.MorningOf(story.Received),
        ReceivedOn = story.Received,
        Handler = story.Handler,
        AcknowledgementDue = story.Received.AddDays(7),
        AcknowledgedOn = story.Status == "Registered" ? null : story.Received.AddDays(3),
        AcknowledgedOnTime = story.Status == "Registered" ? null : true,
        ResponseDue = story.Received.AddDays(28),
        RespondedOn = story.LetterDate,
        RespondedOnTime = story.LetterDate is { } letter ? letter <= story.Received.AddDays(28) : null,
        Outcome = story.Outcome is { } outcome ? Enum.Parse<CaseOutcome>(outcome) : null,
        NotHandledReason = story.Outcome == "NotHandled" ? "AlreadyHandled" : null,
        ObjectionReceivedOn = story.ObjectionReceived,
        ObjectionOutcome = story.ObjectionStatus switch { "Settled" => ObjectionOutcome.Settled, "Decided" => ObjectionOutcome.Decided, _ => null },
        ClosedOn = story.IsOpen ? null : (story.ObjectionReceived ?? story.LetterDate)?.AddDays(30),
        StateCategory = Enum.Parse<WorkflowStateCategory>(story.StateCategory),
    }));

    public static async Task ObjectionsAsync(DbConnection connection, IEnumerable<Story> stories)
    {
        await using var transaction = await connection.BeginTransactionAsync();
        var letters = await SqliteRows.InsertCommandAsync(connection, "Letters");
        var objections = await SqliteRows.InsertCommandAsync(connection, "Objections");
        foreach (var story in stories.Where(s => s.LetterDate is not null))
        {
            var kind = story.Outcome == "NotHandled" ? "NotHandled" : "Response";
            var due = SqliteRows.Date(story.LetterDate!.Value.AddDays(30));
            SqliteRows.Set(letters, "Id", Guid.CreateVersion7());
            SqliteRows.Set(letters, "Reference", story.Reference);
            SqliteRows.Set(letters, "Kind", kind);
            SqliteRows.Set(letters, "LetterDate", SqliteRows.Date(story.LetterDate));
            SqliteRows.Set(letters, "ObjectionDue", due);
            await letters.ExecuteNonQueryAsync();
            if (story.ObjectionReceived is not { } received)
            {
                continue;
            }

            var decided = story.ObjectionStatus == "Decided";
            SqliteRows.Set(objections, "Id", Guid.CreateVersion7());
            SqliteRows.Set(objections, "Reference", story.Reference);
            SqliteRows.Set(objections, "Against", kind);
            SqliteRows.Set(objections, "LetterDate", SqliteRows.Date(story.LetterDate));
            SqliteRows.Set(objections, "ObjectionDue", due);
            SqliteRows.Set(objections, "ReceivedOn", SqliteRows.Date(received));
            SqliteRows.Set(objections, "Via", "Email");
            SqliteRows.Set(objections, "Grounds", "Ik ben het niet eens met de afhandeling van mijn klacht.");
            SqliteRows.Set(objections, "Status", story.ObjectionStatus);
            SqliteRows.Set(objections, "NextDueDate", story.IsOpen ? SqliteRows.Date(received.AddDays(7)) : null);
            SqliteRows.Set(objections, "Decision_DecidedOn", decided ? SqliteRows.Date(received.AddDays(28)) : null);
            SqliteRows.Set(objections, "Decision_Judgement", decided ? "Unfounded" : null);
            SqliteRows.Set(objections, "Decision_Text", decided ? "De klacht is ongegrond; de reactie blijft staan." : null);
            SqliteRows.Set(objections, "Decision_By", decided ? "directeur@focus.example" : null);
            await objections.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }
}
