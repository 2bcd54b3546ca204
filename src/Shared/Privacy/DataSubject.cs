using System.Text.RegularExpressions;

namespace Focus.Quality.Shared.Privacy;

/// <summary>
/// Whom an access request is about: the e-mail address or the phone number the complainant gave. People write a phone
/// number in many ways ("06-1234 5678", "+31 6 12345678", "0031612345678"); the number is kept in one form and matched
/// against every way it can have been stored.
/// </summary>
public sealed partial record DataSubject
{
    private const string NetherlandsPrefix = "+31";

    private DataSubject(string? email, string? phone) => (Email, Phone) = (email, phone);

    public string? Email { get; }

    /// <summary>A Dutch number in national form ("0612345678"), a foreign one with its country code ("+3221234567").</summary>
    public string? Phone { get; }

    /// <summary>An e-mail address (it has an @) or a phone number; null when the text is neither.</summary>
    public static DataSubject? Parse(string? text)
    {
        var value = text?.Trim() ?? string.Empty;
        if (value.Length is 0 or > 256)
        {
            return null;
        }

        if (value.Contains('@', StringComparison.Ordinal))
        {
            return new DataSubject(value, null);
        }

        var digits = WithoutSeparators(value);
        if (!PhoneShape().IsMatch(digits))
        {
            return null;
        }

        var international = digits.StartsWith("00", StringComparison.Ordinal) ? $"+{digits[2..]}" : digits;
        // "+31 (0)6 …" writes the national 0 too: it is dropped once, as a caller from abroad would.
        var phone = international.StartsWith(NetherlandsPrefix, StringComparison.Ordinal) ? $"0{international[NetherlandsPrefix.Length..].TrimStart('0')}" : international;
        return new DataSubject(null, phone);
    }

    /// <summary>The text without the spaces, dashes, dots and brackets people put in phone numbers.</summary>
    public static string WithoutSeparators(string text) => Separators().Replace(text, string.Empty);

    /// <summary>Every way this phone number can be stored once its separators are removed.</summary>
    public IReadOnlyList<string> PhoneSpellings()
    {
        if (Phone is null)
        {
            return [];
        }

        if (Phone.StartsWith('+'))
        {
            return [Phone, $"00{Phone[1..]}"];
        }

        if (!Phone.StartsWith('0'))
        {
            return [Phone];
        }

        var subscriber = Phone[1..];
        return [Phone, $"{NetherlandsPrefix}{subscriber}", $"0031{subscriber}", $"{NetherlandsPrefix}0{subscriber}", $"00310{subscriber}"];
    }

    public override string ToString() => Email ?? Phone ?? string.Empty;

    [GeneratedRegex(@"[\s\-().]")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^\+?[0-9]{6,20}$")]
    private static partial Regex PhoneShape();
}
