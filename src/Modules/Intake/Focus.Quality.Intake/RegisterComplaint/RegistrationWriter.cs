using System.Collections.Concurrent;
using Focus.Quality.Intake.Contracts;
using Focus.Quality.Intake.Domain;
using Focus.Quality.Intake.Persistence;
using Focus.Quality.Shared.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Focus.Quality.Intake.RegisterComplaint;

/// <summary>
/// Stores registrations in turn, each turn taking every registration that queued up meanwhile into one transaction.
/// All registrations wait for the year's reference counter anyway; writing them one per transaction paid a commit
/// (and a disk flush) each and left the database idle while the waiting writers slept in SQLite's busy back-off.
/// A caller is answered only after the transaction holding its complaint has committed.
/// </summary>
internal sealed class RegistrationWriter(IServiceScopeFactory scopes, TimeProvider clock)
{
    private const int MaxPerTransaction = 100;

    /// <summary>Two first-of-the-year registrations can race to create the year's counter; the loser simply tries again.</summary>
    private const int MaxAttempts = 3;

    private readonly ConcurrentQueue<Pending> _queue = new();
    private int _writing;

    public Task<string> RegisterAsync(ComplaintSubmission submission, string? registeredBy)
    {
        var pending = new Pending(submission, registeredBy);
        _queue.Enqueue(pending);
        if (Interlocked.CompareExchange(ref _writing, 1, 0) == 0)
        {
            _ = Task.Run(WriteQueuedAsync);
        }

        return pending.Reference.Task;
    }

    private async Task WriteQueuedAsync()
    {
        do
        {
            while (!_queue.IsEmpty)
            {
                var turn = new List<Pending>();
                while (turn.Count < MaxPerTransaction && _queue.TryDequeue(out var pending))
                {
                    turn.Add(pending);
                }

                await WriteAsync(turn);
            }

            Volatile.Write(ref _writing, 0);
        }
        while (!_queue.IsEmpty && Interlocked.CompareExchange(ref _writing, 1, 0) == 0);
    }

    /// <summary>If a shared transaction fails, each registration is tried alone, so one cannot cost the others theirs.</summary>
    private async Task WriteAsync(List<Pending> turn)
    {
        try
        {
            var references = await SaveWithRetryAsync(turn);
            for (var i = 0; i < turn.Count; i++)
            {
                turn[i].Reference.SetResult(references[i]);
            }
        }
        catch (Exception) when (turn.Count > 1)
        {
            foreach (var pending in turn)
            {
                await WriteAsync([pending]);
            }
        }
        catch (Exception failure)
        {
            turn[0].Reference.SetException(failure);
        }
    }

    private async Task<string[]> SaveWithRetryAsync(List<Pending> turn)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await SaveAsync(turn);
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
            }
        }
    }

    private async Task<string[]> SaveAsync(List<Pending> turn)
    {
        using var activity = IntakeTelemetry.Source.StartActivity("store registrations");
        activity?.SetTag("focus.registrations", turn.Count);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var year = AmsterdamTime.DateOf(now).Year;
        var first = await ReferenceNumbers.NextAsync(db, year, turn.Count, CancellationToken.None);
        var references = new string[turn.Count];
        for (var i = 0; i < turn.Count; i++)
        {
            references[i] = ReferenceNumbers.Format(year, first + i);
            Add(db, turn[i], references[i], now);
        }

        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return references;
    }

    private static void Add(IntakeDbContext db, Pending pending, string reference, DateTimeOffset now)
    {
        var submission = pending.Submission;
        var complaint = new Complaint
        {
            Id = Guid.CreateVersion7(),
            Reference = reference,
            Channel = submission.Channel,
            Category = submission.Category,
            ReceivedAt = submission.ReceivedAt,
            RegisteredAt = now,
            RegisteredBy = pending.RegisteredBy,
            ComplainantName = submission.ComplainantName!,
            Email = submission.Email,
            Phone = submission.Phone,
            PreferredContact = submission.PreferredContact,
            Description = submission.Description!,
            EmployeeConcerned = submission.EmployeeConcerned,
            ContactPerson = submission.ContactPerson,
        };
        db.Complaints.Add(complaint);
        db.Publish(new ComplaintRegistered(
            Guid.CreateVersion7(), now, complaint.Id, reference, complaint.Channel, complaint.Category, complaint.ReceivedAt,
            complaint.ComplainantName, complaint.PreferredContact, pending.RegisteredBy));
    }

    private sealed record Pending(ComplaintSubmission Submission, string? RegisteredBy)
    {
        public TaskCompletionSource<string> Reference { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
