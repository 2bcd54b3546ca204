using System.Net;
using System.Net.Http.Headers;
using Focus.Quality.Host.Identity;
using Focus.Quality.Shared.Security;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Focus.Quality.IntegrationTests.ScaleOut;

/// <summary>The Data Protection key ring lives in the database, so what one instance signed another can read.</summary>
public sealed class SharedKeyRingTests
{
    [Fact]
    public async Task A_sign_in_token_from_one_instance_is_accepted_by_another_on_the_same_database()
    {
        var data = FocusApp.NewDataDirectory();
        await using var first = new FocusApp(data);
        await using var second = new FocusApp(data);
        var signedInAtFirst = await first.ClientForAsync(AppRoles.Handler);

        var atSecond = second.CreateClient();
        atSecond.DefaultRequestHeaders.Authorization = signedInAtFirst.DefaultRequestHeaders.Authorization;

        Assert.Equal(HttpStatusCode.OK, (await atSecond.GetAsync("/api/worklist")).StatusCode);
        Assert.True(await second.InScopeAsync(sp => sp.GetRequiredService<IdentityDb>().DataProtectionKeys.AnyAsync()));
        Assert.All(new[] { first, second }, app => Assert.IsNotType<FileSystemXmlRepository>(
            app.Services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository));
        var forged = second.CreateClient();
        forged.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "CfDJ8-niet-ondertekend");
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.GetAsync("/api/worklist")).StatusCode);
    }
}
