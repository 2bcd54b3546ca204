using System.Collections.Concurrent;
using Focus.Quality.Intake.Contracts;
using Focus.Quality.Intake.Domain;
using Focus.Quality.Intake.Persistence;
using Focus.Quality.Shared.Outbox;
using Focus.Quality.Shared.Persistence;
using Focus.Quality.Shared.Portal;
using Focus.Quality.Shared.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Focus.Quality.Intake.RegisterComplaint;

/// <summary>
/// Stores registrations in turn, each turn taking every registration that queued up meanwhile into one transaction.
/// All registrations wait for the year's reference counter anyway; writing them one per transaction paid a commit
/// (and a disk flush) each and left the database idle while the waiting writers slept in SQLite's busy back-off.
/// A caller is answered only after the transaction holding its complaint has committed. A submission whose idempotency
/// key an earlier complaint (or an earlier submission in the same turn) carries is answered with that complaint's
/// reference and stores nothing; the lookup runs inside the turn's transaction, so on SQLite, whose transactions here
/// take the write lock at once, no other writer can slip the same key in between. On SQL Server two hosts can: the
/// loser's insert breaks the unique index, and its retry finds the winner's complaint.
/// Before each turn the writer waits while event delivery is far behind (<see cref="DeliveryBacklog"/>).
/// </summary>
internal sealed class RegistrationWriter(IServiceScopeFactory scopes, WriteTurns turns, DeliveryBacklog backlog, TimeProvider clock)
{
    private const int MaxPerTransaction = 100;

    /// <summary>Two first-of-the-year registrations can race to create the year's counter; the loser simply tries again.</summary>
    private const int MaxAttempts = 3;

    /// <summary>In <see cref="AnsweredBy"/>: a complaint of an earlier turn answers this registration.</summary>
    private const int Earlier = -1;

    private readonly ConcurrentQueue<Pending> _queue = new();
    private int _writing;

    public Task<Registration> RegisterAsync(ComplaintSubmission submission, string? registeredBy)
    {
        var pending = new Pending(submission, registeredBy);
        _queue.Enqueue(pending);
        if (Interlocked.CompareExchange(ref _writing, 1, 0) == 0)
        {
            _ = Task.Run(WriteQueuedAsync);
        }

        return pending.Registration.Task;
    }

    private async Task WriteQueuedAsync()
    {
        do
        {
            while (!_queue.IsEmpty)
            {
                // What queues up while delivery catches up goes into this turn's transaction.
                await backlog.WaitForRoomAsync(CancellationToken.None);
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
            var registrations = await SaveWithRetryAsync(turn);
            for (var i = 0; i < turn.Count; i++)
            {
                turn[i].Registration.SetResult(registrations[i]);
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
            turn[0].Registration.SetException(failure);
        }
    }

    private async Task<Registration[]> SaveWithRetryAsync(List<Pending> turn)
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

    private async Task<Registration[]> SaveAsync(List<Pending> turn)
    {
        using var activity = IntakeTelemetry.Source.StartActivity("store registrations");
        activity?.SetTag("focus.registrations", turn.Count);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        using var writeTurn = await turns.TakeAsync(db, CancellationToken.None);
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var earlier = await EarlierReferencesAsync(db, turn, now);
        var answeredBy = AnsweredBy(turn, earlier);
        var storing = answeredBy.Where((by, i) => by == i).Count();
        var year = AmsterdamTime.DateOf(now).Year;
        var next = storing == 0 ? 0 : await ReferenceNumbers.NextAsync(db, year, storing, CancellationToken.None);
        var references = new string[turn.Count];
        var portalTokens = new string?[turn.Count];
        for (var i = 0; i < turn.Count; i++)
        {
            if (answeredBy[i] == i)
            {
                references[i] = ReferenceNumbers.Format(year, next++);
                portalTokens[i] = Add(db, turn[i], references[i], now);
            }
        }

        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return [.. answeredBy.Select((by, i) => by == Earlier
            ? new Registration(earlier[turn[i].Submission.IdempotencyKey!.Value], IsNew: false)
            : new Registration(references[by], IsNew: by == i, by == i ? portalTokens[i] : null))];
    }

    /// <summary>
    /// The references of complaints registered within the idempotency window under a key of this turn. A key older than
    /// the window is released here: the submission that brings it again is a new complaint and takes the key over.
    /// </summary>
    private static async Task<Dictionary<Guid, string>> EarlierReferencesAsync(IntakeDbContext db, List<Pending> turn, DateTimeOffset now)
    {
        var keys = turn.Select(p => p.Submission.IdempotencyKey).Where(key => key is not null).Distinct().ToList();
        var references = new Dictionary<Guid, string>();
        if (keys.Count == 0)
        {
            return references;
        }

        foreach (var complaint in await db.Complaints.Where(c => keys.Contains(c.IdempotencyKey)).ToListAsync())
        {
            if (now - complaint.RegisteredAt < Complaint.IdempotencyWindow)
            {
                references[complaint.IdempotencyKey!.Value] = complaint.Reference;
            }
            else
            {
                complaint.ReleaseIdempotencyKey();
            }
        }

        return references;
    }

    /// <summary>For each registration of the turn: <see cref="Earlier"/>, or the index of the one whose new complaint answers it (itself when it is stored).</summary>
    private static int[] AnsweredBy(List<Pending> turn, Dictionary<Guid, string> earlier)
    {
        var firstInTurn = new Dictionary<Guid, int>();
        var answeredBy = new int[turn.Count];
        for (var i = 0; i < turn.Count; i++)
        {
            answeredBy[i] = turn[i].Submission.IdempotencyKey switch
            {
                { } key when earlier.ContainsKey(key) => Earlier,
                { } key => firstInTurn.TryAdd(key, i) ? i : firstInTurn[key],
                null => i,
            };
        }

        return answeredBy;
    }

    /// <summary>Stores the complaint; returns the secret of its status-page link when the complainant filed it, for the receipt.</summary>
    private static string? Add(IntakeDbContext db, Pending pending, string reference, DateTimeOffset now)
    {
        var submission = pending.Submission;
        var complaint = Complaint.Register(submission, reference, pending.RegisteredBy, now);
        db.Complaints.Add(complaint);
        // Staff registrations get their link with the acknowledgement; only the receipt of the public form shows one at once.
        var portal = pending.RegisteredBy is null ? PortalTokens.New() : null;
        db.Publish(new ComplaintRegistered(
            Guid.CreateVersion7(), now, complaint.Id, reference, complaint.Channel, complaint.Category, complaint.ReceivedAt,
            complaint.ComplainantName, complaint.PreferredContact, pending.RegisteredBy, portal?.Hash));
        return portal?.Token;
    }

    private sealed record Pending(ComplaintSubmission Submission, string? RegisteredBy)
    {
        public TaskCompletionSource<Registration> Registration { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
