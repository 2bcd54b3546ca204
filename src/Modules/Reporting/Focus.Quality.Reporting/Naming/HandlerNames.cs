using Focus.Quality.Shared.Security;

namespace Focus.Quality.Reporting.Naming;

/// <summary>
/// Handlers by the name they sign letters with, not by their account (an e-mail address); the staff directory is asked
/// once per account for as long as the scope (one report, one dashboard circuit) lives.
/// </summary>
internal sealed class HandlerNames(IStaffDirectory staff)
{
    private readonly Dictionary<string, string> _names = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The name of <paramref name="userName"/>; null when no handler is assigned.</summary>
    public async ValueTask<string?> NameOfAsync(string? userName, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(userName))
        {
            return null;
        }

        if (!_names.TryGetValue(userName, out var name))
        {
            name = (await staff.SignatureOfAsync(userName, cancellationToken)).Name;
            _names[userName] = name;
        }

        return name;
    }

    /// <summary>The names of several accounts at once, keyed by account, for a breakdown or a filter list.</summary>
    public async Task<IReadOnlyDictionary<string, string>> NamesOfAsync(IEnumerable<string> userNames, CancellationToken cancellationToken)
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var userName in userNames.Where(u => u.Length > 0))
        {
            names[userName] = (await NameOfAsync(userName, cancellationToken))!;
        }

        return names;
    }
}
