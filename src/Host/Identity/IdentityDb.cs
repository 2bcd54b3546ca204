using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Focus.Quality.Host.Identity;

/// <summary>
/// Users and roles, and the Data Protection key ring (which protects sign-in cookies, bearer tokens and antiforgery
/// tokens) so that every app instance on this database reads what the others wrote. Owned by the host because sign-in
/// belongs to no business module.
/// </summary>
internal abstract class IdentityDb(DbContextOptions options) : IdentityDbContext<IdentityUser>(options), IDataProtectionKeyContext
{
    public const string SchemaName = "identity";

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        // SQLite has no schemas: there each module gets its own database file instead.
        if (!Database.IsSqlite())
        {
            builder.HasDefaultSchema(SchemaName);
        }

        base.OnModelCreating(builder);
    }
}

internal sealed class IdentitySqliteDb(DbContextOptions<IdentitySqliteDb> options) : IdentityDb(options);

internal sealed class IdentitySqlServerDb(DbContextOptions<IdentitySqlServerDb> options) : IdentityDb(options);
