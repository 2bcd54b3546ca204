using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace Focus.Quality.Handling.Portal;

/// <summary>Post/redirect/get for the complainant's forms.</summary>
internal static class PortalRedirect
{
    /// <summary>
    /// To the objection page with 303 rather than Blazor's 302: any client fetches it with GET, so a reload shows the
    /// answer again and sends nothing twice.
    /// </summary>
    public static void ToObjection(HttpContext context, NavigationManager navigation, string reference, string token)
    {
        context.Response.OnStarting(() =>
        {
            if (context.Response.StatusCode == StatusCodes.Status302Found)
            {
                context.Response.StatusCode = StatusCodes.Status303SeeOther;
            }

            return Task.CompletedTask;
        });
        navigation.NavigateTo(ObjectionPath(reference, token));
    }

    public static string ObjectionPath(string reference, string token) => $"mijn-klacht/{Uri.EscapeDataString(reference)}/bezwaar?t={Uri.EscapeDataString(token)}";
}
