using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Focus.Quality.Bench.Seeding;

/// <summary>
/// The Handling side of N stories in a migrated database — every status, 25 handlers, three years of receipts, two
/// terms each — inserted with prepared commands in one transaction (EF change tracking would take many minutes).
/// </summary>
internal static class CaseSeed
{
    public static async Task SeedAsync(DbConnection connection, IEnumerable<Story> stories)
    {
        await using var transaction = await connection.BeginTransactionAsync();
        var cases = await SqliteRows.InsertCommandAsync(connection, "Cases");
        var terms = await SqliteRows.InsertCommandAsync(connection, "CaseTerms");
        var binary = new DateTimeOffsetToBinaryConverter();
        foreach (var story in stories)
        {
            var next = story.NextTerm;
            SqliteRows.Set(cases, "Id", story.CaseId);
            SqliteRows.Set(cases, "ComplaintId", story.ComplaintId);
            SqliteRows.Set(cases, "Reference", story.Reference);
            SqliteRows.Set(cases, "ComplainantName", $"Klager {story.Number}");
            SqliteRows.Set(cases, "Channel", story.Channel);
            SqliteRows.Set(cases, "Category", story.Category);
            SqliteRows.Set(cases, "ReceivedAt", binary.ConvertToProvider(SqliteRows.MorningOf(story.Received)));
            SqliteRows.Set(cases, "StateCategory", story.StateCategory);
            SqliteRows.Set(cases, "AssignedTo", story.Handler);
            SqliteRows.Set(cases, "NextTermCode", next?.Code);
            SqliteRows.Set(cases, "NextDueDate", SqliteRows.Date(next?.Due));
            SqliteRows.Set(cases, "NextWarnFrom", SqliteRows.Date(next?.Due.AddDays(-7)));
            SqliteRows.Set(cases, "Response_LetterDate", story.Outcome is "NotHandled" ? null : SqliteRows.Date(story.LetterDate));
            SqliteRows.Set(cases, "Response_Judgement", story.Outcome is "NotHandled" ? null : story.Outcome);
            SqliteRows.Set(cases, "NotHandled_LetterDate", story.Outcome is "NotHandled" ? SqliteRows.Date(story.LetterDate) : null);
            SqliteRows.Set(cases, "WorkflowVersion", 1);
            SqliteRows.Set(cases, "WorkflowState", story.Status);
            await cases.ExecuteNonQueryAsync();
            foreach (var (code, unit, length) in new[] { ("Acknowledgement", "WorkingDays", 7), ("Response", "Weeks", 28) })
            {
                var open = code == next?.Code;
                SqliteRows.Set(terms, "Id", Guid.CreateVersion7());
                SqliteRows.Set(terms, "CaseId", story.CaseId);
                SqliteRows.Set(terms, "Code", code);
                SqliteRows.Set(terms, "Unit", unit);
                SqliteRows.Set(terms, "SkippedDays", "[]");
                SqliteRows.Set(terms, "StartDate", SqliteRows.Date(story.Received));
                SqliteRows.Set(terms, "DueDate", SqliteRows.Date(story.Received.AddDays(length)));
                SqliteRows.Set(terms, "WarnFrom", SqliteRows.Date(story.Received.AddDays(length - 3)));
                SqliteRows.Set(terms, "Owner", "Focus");
                SqliteRows.Set(terms, "CompletedOn", open || (code == "Response" && story.LetterDate is null) ? null : SqliteRows.Date(story.LetterDate ?? story.Received.AddDays(length - 1)));
                await terms.ExecuteNonQueryAsync();
            }
        }

        await transaction.CommitAsync();
        await using var analyze = connection.CreateCommand();
        analyze.CommandText = "ANALYZE;";
        await analyze.ExecuteNonQueryAsync();
    }
}
