using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace Focus.Quality.Shared.Persistence;

/// <summary>
/// Turns at a module's SQLite file for its steady writers: intake's registration writer and the outbox dispatcher.
/// SQLite's busy back-off favours whoever asks last; under intake load the registration writer, which begins its next
/// transaction the moment the last one commits, kept the dispatcher from claiming for seconds at a time and delivery
/// fell to a twentieth of intake. Turns here are first come, first served. SQL Server locks rows and takes no turns.
/// </summary>
public sealed class WriteTurns
{
    private readonly ConcurrentDictionary<Type, SemaphoreSlim> _turns = new();

    /// <summary>Waits for the turn at <paramref name="db"/>'s database; disposing the result ends it.</summary>
    public async Task<IDisposable> TakeAsync(DbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            return NoTurn.Instance;
        }

        var turn = _turns.GetOrAdd(db.GetType(), _ => new SemaphoreSlim(1, 1));
        await turn.WaitAsync(cancellationToken);
        return new Turn(turn);
    }

    private sealed class Turn(SemaphoreSlim turn) : IDisposable
    {
        private int _ended;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _ended, 1) == 0)
            {
                turn.Release();
            }
        }
    }

    private sealed class NoTurn : IDisposable
    {
        public static readonly NoTurn Instance = new();

        public void Dispose()
        {
        }
    }
}
