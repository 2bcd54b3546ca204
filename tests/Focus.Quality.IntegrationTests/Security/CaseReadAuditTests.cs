using Focus.Quality.Handling.Persistence;
using Focus.Quality.Shared.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Focus.Quality.IntegrationTests.Security;

public sealed class CaseReadAuditTests
{
    [Fact]
    public async Task Reading_a_case_is_recorded_with_who_and_when()
    {
        await using var app = new FocusApp();
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var director = await app.ClientForAsync(AppRoles.Director);
        var reference = await Api.SubmitPublicAsync(app.CreateClient());
        await Api.CaseAsync(handler, reference);
        var before = DateTimeOffset.UtcNow;

        await director.GetAsync($"/api/cases/{reference}");

        var reads = await app.InScopeAsync(services => services.GetRequiredService<HandlingDbContext>().CaseReads.AsNoTracking()
            .Where(r => r.Reference == reference).ToListAsync());
        Assert.Contains(reads, r => r.ReadBy == FocusApp.UserFor(AppRoles.Handler));
        var read = Assert.Single(reads, r => r.ReadBy == FocusApp.UserFor(AppRoles.Director));
        Assert.InRange(read.ReadAt, before.AddSeconds(-1), DateTimeOffset.UtcNow.AddSeconds(1));
    }
}
