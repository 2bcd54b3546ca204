using System.Text.Json;
using Focus.Quality.Shared.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Focus.Quality.Shared.Outbox;

/// <summary>Base of every module's DbContext: its own schema plus the outbox and inbox tables of that module.</summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options)
{
    protected abstract string Schema { get; }

    internal DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    internal DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    /// <summary>Forgets which events this module's handlers handled, so a replay of the history reaches them again.</summary>
    public Task<int> ForgetHandledEventsAsync(CancellationToken cancellationToken) => InboxMessages.ExecuteDeleteAsync(cancellationToken);

    /// <summary>Whether this module ever published the event: work whose event id is fixed in advance is done once.</summary>
    public Task<bool> HasPublishedAsync(Guid eventId, CancellationToken cancellationToken) => OutboxMessages.AnyAsync(m => m.Id == eventId, cancellationToken);

    /// <summary>Queues the event; it is stored by the next SaveChanges, atomically with the state change.</summary>
    public void Publish(IIntegrationEvent integrationEvent)
    {
        OutboxMessages.Add(new OutboxMessage
        {
            Id = integrationEvent.EventId,
            Type = integrationEvent.GetType().FullName!,
            Payload = JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType(), OutboxJson.Options),
            OccurredAtUtc = integrationEvent.OccurredAt.UtcDateTime,
            NextAttemptAtUtc = integrationEvent.OccurredAt.UtcDateTime,
        });
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // SQLite has no schemas: there each module gets its own database file instead.
        if (!Database.IsSqlite())
        {
            modelBuilder.HasDefaultSchema(Schema);
        }

        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable("OutboxMessages");
            outbox.HasKey(m => m.Id);
            outbox.Property(m => m.Type).HasMaxLength(300);
            outbox.Property(m => m.LastError).HasMaxLength(2000);
            outbox.HasIndex(m => new { m.ProcessedAtUtc, m.NextAttemptAtUtc });
        });
        modelBuilder.Entity<InboxMessage>(inbox =>
        {
            inbox.ToTable("InboxMessages");
            inbox.HasKey(m => new { m.EventId, m.Handler });
            inbox.Property(m => m.Handler).HasMaxLength(300);
        });
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no date-time-offset type; without a converter EF cannot sort or compare such columns in SQL.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }
}
