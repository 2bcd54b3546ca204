using System.Collections.Concurrent;
using MailKit.Net.Imap;
using MailKit.Security;
using Microsoft.Identity.Client;

namespace Focus.Quality.Intake.ReadMailbox;

/// <summary>
/// Signs in to a mailbox: with an app registration's token (XOAUTH2) when one is configured, else with its user name and
/// password. One MSAL application per mailbox keeps its token until shortly before it expires.
/// </summary>
internal sealed class MailboxSignIn(IMsalHttpClientFactory http)
{
    public const string HttpClientName = "mailbox-oauth";

    private readonly ConcurrentDictionary<string, IConfidentialClientApplication> _applications = new();

    public async Task AuthenticateAsync(ImapClient client, MailboxOptions mailbox, CancellationToken cancellationToken)
    {
        if (!mailbox.OAuth.IsConfigured)
        {
            await client.AuthenticateAsync(mailbox.UserName, mailbox.Password ?? "", cancellationToken);
            return;
        }

        await client.AuthenticateAsync(await OAuthAsync(mailbox, cancellationToken), cancellationToken);
    }

    /// <summary>The XOAUTH2 credentials: the mailbox's address with an access token for the app registration.</summary>
    public async Task<SaslMechanismOAuth2> OAuthAsync(MailboxOptions mailbox, CancellationToken cancellationToken)
    {
        var oauth = mailbox.OAuth;
        var application = _applications.GetOrAdd($"{oauth.Instance}|{oauth.TenantId}|{oauth.ClientId}", _ =>
            ConfidentialClientApplicationBuilder.Create(oauth.ClientId)
                .WithClientSecret(oauth.ClientSecret)
                .WithAuthority(new Uri(new Uri(oauth.Instance), oauth.TenantId))
                .WithHttpClientFactory(http)
                .Build());
        var token = await application.AcquireTokenForClient([oauth.Scope]).ExecuteAsync(cancellationToken);
        return new SaslMechanismOAuth2(mailbox.UserName, token.AccessToken);
    }
}

/// <summary>MSAL's HTTP goes through the app's named client, so it gets the app's proxy settings (and tests a stub).</summary>
internal sealed class MailboxOAuthHttp(IHttpClientFactory clients) : IMsalHttpClientFactory
{
    public HttpClient GetHttpClient() => clients.CreateClient(MailboxSignIn.HttpClientName);
}
