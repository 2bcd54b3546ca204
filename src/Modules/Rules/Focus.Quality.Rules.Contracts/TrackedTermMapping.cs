using Focus.Quality.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Focus.Quality.Rules.Contracts;

/// <summary>
/// How a module stores its <see cref="TrackedTerm"/>s. Handling and Objections each keep their own table in their own
/// schema, but with the same columns, so that a change to what a term is is one change here.
/// </summary>
public static class TrackedTermMapping
{
    public static OwnedNavigationBuilder<TOwner, TTerm> MapTrackedTerms<TOwner, TTerm>(
        this OwnedNavigationBuilder<TOwner, TTerm> term, string table, string ownerKey)
        where TOwner : class
        where TTerm : TrackedTerm
    {
        term.ToTable(table);
        term.WithOwner().HasForeignKey(ownerKey);
        term.HasKey(t => t.Id);
        term.Property(t => t.Id).ValueGeneratedNever();
        term.Property(t => t.Code).HasMaxLength(40);
        term.Property(t => t.RuleName).HasMaxLength(100);
        term.Property(t => t.RulesVersion).HasMaxLength(100);
        term.Property(t => t.Unit).HasConversion<string>().HasMaxLength(20);
        term.Property(t => t.Owner).HasConversion<string>().HasMaxLength(20);
        // Rows stored before the column existed ran to the next day of the working-day calendar.
        term.Property(t => t.ExtendsWhenEndingOn).HasConversion<string>().HasMaxLength(30).HasDefaultValue(ExtensionDays.WorkingDayCalendar);
        term.Property(t => t.SkippedDays).HasConversion(JsonColumn<SkippedDay>.Converter, JsonColumn<SkippedDay>.Comparer);
        return term;
    }
}
