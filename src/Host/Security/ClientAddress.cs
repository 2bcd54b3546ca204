namespace Focus.Quality.Host.Security;

internal static class ClientAddress
{
    /// <summary>The address rate limits count per; "onbekend" when the server cannot tell (a test server, a socket).</summary>
    public static string Of(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "onbekend";
}
