using Focus.Quality.Reporting.ReadModel;
using Focus.Quality.Shared.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Focus.Quality.Reporting.Persistence;

internal abstract class ReportingDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string SchemaName = "reporting";

    public DbSet<ComplaintFact> Facts => Set<ComplaintFact>();

    protected override string Schema => SchemaName;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<ComplaintFact>(fact =>
        {
            fact.HasKey(f => f.Id);
            fact.HasIndex(f => f.Reference).IsUnique();
            fact.HasIndex(f => f.ReceivedAt);
            fact.HasIndex(f => new { f.ReceivedOn, f.Id });
            fact.Property(f => f.Reference).HasMaxLength(20);
            fact.Property(f => f.Channel).HasConversion<string>().HasMaxLength(20);
            fact.Property(f => f.Category).HasConversion<string>().HasMaxLength(20);
            fact.Property(f => f.Handler).HasMaxLength(256);
            fact.Property(f => f.StateCategory).HasConversion<string>().HasMaxLength(20);
            fact.Property(f => f.Outcome).HasConversion<string>().HasMaxLength(20);
            fact.Property(f => f.NotHandledReason).HasMaxLength(60);
            fact.Property(f => f.ObjectionOutcome).HasConversion<string>().HasMaxLength(20);
        });
    }
}

internal sealed class ReportingSqliteDbContext(DbContextOptions<ReportingSqliteDbContext> options) : ReportingDbContext(options);

internal sealed class ReportingSqlServerDbContext(DbContextOptions<ReportingSqlServerDbContext> options) : ReportingDbContext(options);
