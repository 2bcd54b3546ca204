using System.Net;
using System.Text;
using Focus.Quality.Intake.ReadMailbox;
using Microsoft.Identity.Client;

namespace Focus.Quality.UnitTests.Intake;

/// <summary>XOAUTH2 for Microsoft 365 up to the token request, against a stub of Entra ID's endpoints (no network).</summary>
public sealed class MailboxOAuthTests
{
    [Fact]
    public async Task An_app_registration_signs_in_with_one_client_credentials_token_for_the_mailbox_address()
    {
        var entra = new EntraStub();
        var signIn = new MailboxSignIn(entra);
        var mailbox = new MailboxOptions
        {
            UserName = "klachten@focus.example",
            OAuth = new MailboxOAuthOptions { TenantId = "focus-tenant", ClientId = "app-id", ClientSecret = "geheim" },
        };

        var first = await signIn.OAuthAsync(mailbox, CancellationToken.None);
        var second = await signIn.OAuthAsync(mailbox, CancellationToken.None);

        Assert.Equal("XOAUTH2", first.MechanismName);
        Assert.Equal("klachten@focus.example", first.Credentials.UserName);
        Assert.Equal(EntraStub.AccessToken, first.Credentials.Password);
        Assert.Equal(EntraStub.AccessToken, second.Credentials.Password);
        var request = Assert.Single(entra.TokenRequests);
        Assert.Equal("https://login.microsoftonline.com/focus-tenant/oauth2/v2.0/token", request.Uri);
        Assert.Contains("grant_type=client_credentials", request.Body, StringComparison.Ordinal);
        Assert.Contains("client_id=app-id", request.Body, StringComparison.Ordinal);
        Assert.Contains("client_secret=geheim", request.Body, StringComparison.Ordinal);
        Assert.Contains("scope=https%3A%2F%2Foutlook.office365.com%2F.default", request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_app_registration_is_an_error_with_entras_reason_not_a_sign_in_with_an_empty_password()
    {
        var signIn = new MailboxSignIn(new EntraStub(refuse: true));
        var mailbox = new MailboxOptions { UserName = "klachten@focus.example", OAuth = new MailboxOAuthOptions { TenantId = "t", ClientId = "app-id", ClientSecret = "fout" } };

        var refused = await Assert.ThrowsAsync<MsalServiceException>(() => signIn.OAuthAsync(mailbox, CancellationToken.None));

        Assert.Equal("invalid_client", refused.ErrorCode);
    }

    /// <summary>Answers MSAL's instance discovery and token requests as Entra ID does, and keeps the token requests.</summary>
    private sealed class EntraStub(bool refuse = false) : HttpMessageHandler, IMsalHttpClientFactory
    {
        public const string AccessToken = "eyJ0eXAiOiJKV1QifQ.stub.token";

        public List<(string Uri, string Body)> TokenRequests { get; } = [];

        public HttpClient GetHttpClient() => new(this, disposeHandler: false);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var uri = request.RequestUri!;
            if (uri.AbsolutePath.EndsWith("/discovery/instance", StringComparison.Ordinal))
            {
                return Json(HttpStatusCode.OK, """
                    {"tenant_discovery_endpoint":"https://login.microsoftonline.com/t/v2.0/.well-known/openid-configuration","api-version":"1.1",
                     "metadata":[{"preferred_network":"login.microsoftonline.com","preferred_cache":"login.windows.net","aliases":["login.microsoftonline.com","login.windows.net"]}]}
                    """);
            }

            if (uri.AbsolutePath.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal))
            {
                TokenRequests.Add((uri.GetLeftPart(UriPartial.Path), await request.Content!.ReadAsStringAsync(cancellationToken)));
                return refuse
                    ? Json(HttpStatusCode.Unauthorized, """{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided."}""")
                    : Json(HttpStatusCode.OK, $$"""{"token_type":"Bearer","expires_in":3599,"ext_expires_in":3599,"access_token":"{{AccessToken}}"}""");
            }

            return new HttpResponseMessage(HttpStatusCode.NotFound) { RequestMessage = request };
        }

        private static HttpResponseMessage Json(HttpStatusCode status, string json) =>
            new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
    }
}
