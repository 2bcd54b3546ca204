using Focus.Quality.Objections.Domain;
using Focus.Quality.Rules.Contracts;
using Focus.Quality.Shared.Outbox;
using Focus.Quality.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Focus.Quality.Objections.Persistence;

internal abstract class ObjectionsDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string SchemaName = "objections";

    public DbSet<Objection> Objections => Set<Objection>();

    public DbSet<ObjectableLetter> Letters => Set<ObjectableLetter>();

    protected override string Schema => SchemaName;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<ObjectableLetter>(letter =>
        {
            letter.HasKey(l => l.Id);
            letter.HasIndex(l => l.Reference).IsUnique();
            letter.Property(l => l.Reference).HasMaxLength(20);
            letter.Property(l => l.Kind).HasConversion<string>().HasMaxLength(20);
        });
        modelBuilder.Entity<Objection>(objection =>
        {
            objection.HasKey(o => o.Id);
            // One objection per case: the procedure has one round of objection, to the director.
            objection.HasIndex(o => o.Reference).IsUnique();
            objection.HasIndex(o => new { o.Status, o.NextDueDate });
            objection.Property(o => o.Reference).HasMaxLength(20);
            objection.Property(o => o.Against).HasConversion<string>().HasMaxLength(20);
            objection.Property(o => o.Via).HasConversion<string>().HasMaxLength(20);
            objection.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
            objection.Property(o => o.Grounds).HasMaxLength(8000);
            objection.Property(o => o.LateAdvice).HasMaxLength(100);
            objection.Property(o => o.Version).IsConcurrencyToken();
            objection.OwnsOne(o => o.Late, late =>
            {
                late.Property(l => l.AdvisingRule).HasMaxLength(100);
                late.Property(l => l.Reason).HasMaxLength(2000);
                late.Property(l => l.By).HasMaxLength(256);
            });
            objection.OwnsOne(o => o.Hearing, hearing =>
            {
                hearing.Property(h => h.Form).HasConversion<string>().HasMaxLength(20);
                hearing.Property(h => h.Place).HasMaxLength(300);
                hearing.Property(h => h.EmployeeInvited).HasMaxLength(200);
                hearing.Property(h => h.By).HasMaxLength(256);
            });
            objection.OwnsOne(o => o.Report, report =>
            {
                report.Property(r => r.Attendees).HasMaxLength(1000);
                report.Property(r => r.Report).HasMaxLength(16000);
                report.Property(r => r.SettlementProposal).HasMaxLength(8000);
                report.Property(r => r.By).HasMaxLength(256);
            });
            objection.OwnsOne(o => o.Waiver, waiver => waiver.Property(w => w.By).HasMaxLength(256));
            objection.OwnsOne(o => o.Settlement, settlement =>
            {
                settlement.Property(s => s.AgreedOutcome).HasMaxLength(8000);
                settlement.Property(s => s.By).HasMaxLength(256);
            });
            objection.OwnsOne(o => o.Decision, decision =>
            {
                decision.Property(d => d.Judgement).HasConversion<string>().HasMaxLength(20);
                decision.Property(d => d.Text).HasMaxLength(8000);
                decision.Property(d => d.By).HasMaxLength(256);
            });
            objection.OwnsMany(o => o.Terms, term => term.MapTrackedTerms("ObjectionTerms", "ObjectionId"));
            objection.OwnsMany(o => o.Documents, document =>
            {
                document.ToTable("ObjectionDocuments");
                document.WithOwner().HasForeignKey("ObjectionId");
                document.HasKey(d => d.Id);
                document.Property(d => d.Id).ValueGeneratedNever();
                document.Property(d => d.Kind).HasConversion<string>().HasMaxLength(30);
                document.Property(d => d.FileName).HasMaxLength(260);
                document.Property(d => d.ContentType).HasMaxLength(100);
                document.Property(d => d.DocumentKey).HasMaxLength(300);
                document.Property(d => d.CreatedBy).HasMaxLength(256);
            });
            objection.OwnsMany(o => o.Timeline, entry =>
            {
                entry.ToTable("ObjectionTimeline");
                entry.WithOwner().HasForeignKey("ObjectionId");
                entry.HasKey(e => e.Id);
                entry.Property(e => e.Id).ValueGeneratedNever();
                entry.Property(e => e.Step).HasConversion<string>().HasMaxLength(30);
                entry.Property(e => e.Actor).HasMaxLength(256);
                entry.Property(e => e.Details).HasMaxLength(4000);
            });
            objection.Navigation(o => o.Terms).AutoInclude();
        });
    }

    /// <summary>Anonymisation: erases what the steps say in words (reasons, place, attendees); steps, dates and actors stay.</summary>
    public void EraseFreeText(Objection objection)
    {
        foreach (var entry in objection.Timeline.Where(e => e.Details is not null && e.Step is not (ObjectionStep.TermWarning or ObjectionStep.TermBreached or ObjectionStep.Anonymised)))
        {
            Entry(entry).Property(e => e.Details).CurrentValue = null;
        }
    }
}

internal sealed class ObjectionsSqliteDbContext(DbContextOptions<ObjectionsSqliteDbContext> options) : ObjectionsDbContext(options);

internal sealed class ObjectionsSqlServerDbContext(DbContextOptions<ObjectionsSqlServerDbContext> options) : ObjectionsDbContext(options);
