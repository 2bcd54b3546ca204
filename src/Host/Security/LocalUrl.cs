using Microsoft.AspNetCore.Http.HttpResults;

namespace Focus.Quality.Host.Security;

/// <summary>Where a "return to" parameter may send a browser: only to a path of this app, never to another host.</summary>
internal static class LocalUrl
{
    /// <summary>
    /// The URL when it is a path of this app, otherwise "/". ASP.NET's own check also refuses "//host" and "/\host",
    /// which browsers read as another host; "~/" is refused too because a Blazor navigation does not resolve it.
    /// </summary>
    public static string OrRoot(string? url) =>
        RedirectHttpResult.IsLocalUrl(url) && url!.StartsWith('/') ? url : "/";
}
