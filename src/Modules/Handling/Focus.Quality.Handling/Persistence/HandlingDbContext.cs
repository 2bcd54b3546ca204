using Focus.Quality.Handling.Contracts;
using Focus.Quality.Handling.Domain;
using Focus.Quality.Rules.Contracts;
using Focus.Quality.Shared.Outbox;
using Focus.Quality.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Focus.Quality.Handling.Persistence;

internal abstract class HandlingDbContext : ModuleDbContext
{
    public const string SchemaName = "handling";

    protected HandlingDbContext(DbContextOptions options)
        : base(options) => SavingChanges += (_, _) =>
        {
            // One scan for changes serves both looks at the tracked entities (each would scan again, and a save after a
            // batch of opened cases tracks hundreds); the save itself scans once more for the events published here.
            ChangeTracker.DetectChanges();
            var autoDetect = ChangeTracker.AutoDetectChangesEnabled;
            ChangeTracker.AutoDetectChangesEnabled = false;
            try
            {
                GuardTimeline();
                PublishStateChanges();
            }
            finally
            {
                ChangeTracker.AutoDetectChangesEnabled = autoDetect;
            }
        };

    public DbSet<Case> Cases => Set<Case>();

    public DbSet<Audit.CaseRead> CaseReads => Set<Audit.CaseRead>();

    public DbSet<PortalLink> PortalLinks => Set<PortalLink>();

    protected override string Schema => SchemaName;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Audit.CaseRead>(read =>
        {
            read.HasKey(r => r.Id);
            read.Property(r => r.Reference).HasMaxLength(20);
            read.Property(r => r.ReadBy).HasMaxLength(256);
            read.HasIndex(r => new { r.Reference, r.ReadAt });
        });
        modelBuilder.Entity<PortalLink>(link =>
        {
            link.HasKey(l => l.Id);
            link.Property(l => l.Id).ValueGeneratedNever();
            link.Property(l => l.Reference).HasMaxLength(20);
            link.Property(l => l.TokenHash).HasMaxLength(64);
            link.HasIndex(l => l.TokenHash).IsUnique();
            link.HasIndex(l => l.Reference);
        });
        modelBuilder.Entity<Case>(@case =>
        {
            @case.HasKey(c => c.Id);
            @case.HasIndex(c => c.Reference).IsUnique();
            @case.HasIndex(c => c.ComplaintId).IsUnique();
            // The worklist's order (nearest term, then reference) with and without its usual filters: keyset pages read
            // the next 20 entries of an index instead of sorting every open case.
            @case.HasIndex(c => new { c.NextDueDate, c.Reference });
            @case.HasIndex(c => new { c.WorkflowState, c.NextDueDate, c.Reference });
            @case.HasIndex(c => new { c.AssignedTo, c.NextDueDate, c.Reference });
            @case.Property(c => c.AssignedTo).HasMaxLength(256);
            @case.Property(c => c.Reference).HasMaxLength(20);
            @case.Property(c => c.ComplainantName).HasMaxLength(200);
            @case.Property(c => c.Channel).HasConversion<string>().HasMaxLength(20);
            @case.Property(c => c.Category).HasConversion<string>().HasMaxLength(20);
            @case.Property(c => c.StateCategory).HasConversion<string>().HasMaxLength(20);
            @case.Property(c => c.NextTermCode).HasMaxLength(40);
            @case.Property(c => c.Version).IsConcurrencyToken();
            @case.Property(c => c.WorkflowState).HasMaxLength(60);
            @case.Ignore(c => c.WorkflowPin);
            @case.OwnsOne(c => c.Acknowledgement, ack =>
            {
                ack.Property(a => a.Method).HasConversion<string>().HasMaxLength(10);
                ack.Property(a => a.By).HasMaxLength(256);
                ack.Property(a => a.Note).HasMaxLength(2000);
            });
            @case.OwnsOne(c => c.Response, response =>
            {
                response.Property(r => r.Judgement).HasConversion<string>().HasMaxLength(20);
                response.Property(r => r.Summary).HasMaxLength(8000);
                response.Property(r => r.Solution).HasMaxLength(8000);
                response.Property(r => r.By).HasMaxLength(256);
            });
            @case.OwnsOne(c => c.NotHandled, decision =>
            {
                decision.Property(d => d.Reason).HasConversion<string>().HasMaxLength(30);
                decision.Property(d => d.AdvisingRule).HasMaxLength(100);
                decision.Property(d => d.RulesVersion).HasMaxLength(100);
                decision.Property(d => d.OverrideReason).HasMaxLength(2000);
                decision.Property(d => d.Motivation).HasMaxLength(8000);
                decision.Property(d => d.By).HasMaxLength(256);
            });
            @case.OwnsMany(c => c.Documents, document =>
            {
                document.ToTable("CaseDocuments");
                document.WithOwner().HasForeignKey("CaseId");
                document.HasKey(d => d.Id);
                document.Property(d => d.Id).ValueGeneratedNever();
                document.Property(d => d.Kind).HasConversion<string>().HasMaxLength(30);
                document.Property(d => d.FileName).HasMaxLength(260);
                document.Property(d => d.ContentType).HasMaxLength(100);
                document.Property(d => d.DocumentKey).HasMaxLength(300);
                document.Property(d => d.CreatedBy).HasMaxLength(256);
            });
            @case.OwnsMany(c => c.Terms, term =>
            {
                term.MapTrackedTerms("CaseTerms", "CaseId");
                term.Property(t => t.ExtensionReason).HasMaxLength(2000);
                term.Property(t => t.RuleFailure).HasMaxLength(CaseTerm.MaxFailureLength);
            });
            @case.OwnsMany(c => c.Timeline, entry =>
            {
                entry.ToTable("TimelineEntries");
                entry.WithOwner().HasForeignKey("CaseId");
                // Keys are set by the domain, so EF must treat a new entry in the collection as an insert, not an update.
                entry.HasKey(e => e.Id);
                entry.Property(e => e.Id).ValueGeneratedNever();
                entry.Property(e => e.Kind).HasConversion<string>().HasMaxLength(40);
                entry.Property(e => e.Actor).HasMaxLength(256);
                entry.Property(e => e.Details).HasMaxLength(4000);
            });
            @case.Navigation(c => c.Terms).AutoInclude();
        });
    }

    /// <summary>
    /// Anonymisation: erases the free text of the case's timeline entries (notes, addresses). The one change the audit trail
    /// allows, and only to empty: which entries there are, when and by whom, stays.
    /// </summary>
    public void EraseFreeText(Case @case)
    {
        foreach (var entry in @case.Timeline.Where(e => TimelineEntry.FreeText.Contains(e.Kind) && e.Details is not null))
        {
            Entry(entry).Property(e => e.Details).CurrentValue = null;
        }
    }

    /// <summary>The timeline is the case's audit trail: entries are added, never changed or removed (only erased, above).</summary>
    private void GuardTimeline()
    {
        var rewritten = ChangeTracker.Entries<TimelineEntry>().FirstOrDefault(e => e.State is EntityState.Deleted
            || (e.State is EntityState.Modified && !IsErasure(e)));
        if (rewritten is not null)
        {
            throw new InvalidOperationException($"Timeline entry {rewritten.Entity.Id} cannot be {rewritten.State.ToString().ToLowerInvariant()}: the audit trail is append-only.");
        }
    }

    /// <summary>
    /// Every change of a case's state, wherever in Handling it is made (a step, an event another module reported, a job,
    /// a move to another workflow version), reaches the reports in the same transaction.
    /// </summary>
    private void PublishStateChanges()
    {
        var changed = ChangeTracker.Entries<Case>()
            .Where(e => e.State == EntityState.Added
                || (e.State == EntityState.Modified && (e.Property(c => c.WorkflowState).IsModified || e.Property(c => c.WorkflowVersion).IsModified)))
            .Select(e => e.Entity)
            .ToList();
        foreach (var @case in changed)
        {
            // The step that changed the state is the case's latest timeline entry: the event happened when it did.
            Publish(new CaseStateChanged(
                Guid.CreateVersion7(), @case.Timeline.Max(e => e.At), @case.Reference, @case.WorkflowVersion, @case.WorkflowState, @case.StateCategory));
        }
    }

    private static bool IsErasure(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<TimelineEntry> entry) =>
        entry.Properties.Where(p => p.IsModified).All(p => p.Metadata.Name == nameof(TimelineEntry.Details) && p.CurrentValue is null);
}

internal sealed class HandlingSqliteDbContext(DbContextOptions<HandlingSqliteDbContext> options) : HandlingDbContext(options);

internal sealed class HandlingSqlServerDbContext(DbContextOptions<HandlingSqlServerDbContext> options) : HandlingDbContext(options);
