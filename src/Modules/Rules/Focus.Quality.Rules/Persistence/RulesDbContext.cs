using Focus.Quality.Rules.Versions;
using Microsoft.EntityFrameworkCore;

namespace Focus.Quality.Rules.Persistence;

internal abstract class RulesDbContext(DbContextOptions options) : DbContext(options)
{
    public const string SchemaName = "rules";

    public DbSet<RuleSetVersion> Versions => Set<RuleSetVersion>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // SQLite has no schemas: there the module has a database file of its own instead.
        if (!Database.IsSqlite())
        {
            modelBuilder.HasDefaultSchema(SchemaName);
        }

        modelBuilder.Entity<RuleSetVersion>(version =>
        {
            version.ToTable("RuleSetVersions");
            version.HasKey(v => v.Id);
            version.HasIndex(v => new { v.Kind, v.Number }).IsUnique();
            // At most one published version per kind, even when two quality officers publish at the same moment.
            version.HasIndex(v => v.Kind).IsUnique().HasFilter("\"State\" = 'Published'").HasDatabaseName("IX_RuleSetVersions_Kind_Published");
            version.Property(v => v.Kind).HasConversion<string>().HasMaxLength(20);
            version.Property(v => v.State).HasConversion<string>().HasMaxLength(20);
            version.Property(v => v.Author).HasMaxLength(256);
            version.Property(v => v.PublishedBy).HasMaxLength(256);
            version.Property(v => v.Comment).HasMaxLength(1000);
            version.Property(v => v.PublishComment).HasMaxLength(1000);
            version.Ignore(v => v.Label);
        });
    }
}

internal sealed class RulesSqliteDbContext(DbContextOptions<RulesSqliteDbContext> options) : RulesDbContext(options);

internal sealed class RulesSqlServerDbContext(DbContextOptions<RulesSqlServerDbContext> options) : RulesDbContext(options);
