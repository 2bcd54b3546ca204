using System.Globalization;

namespace Focus.Quality.Shared.Letters;

/// <summary>Letters and their e-mails go out in Dutch, whatever language the user's screen is in.</summary>
public static class DutchLetters
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("nl-NL");

    public static string LongDate(DateOnly date) => date.ToString("d MMMM yyyy", Culture);

    /// <summary>Runs <paramref name="compose"/> with Dutch resources, for localized letter and mail texts.</summary>
    public static T Compose<T>(Func<T> compose)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = Culture;
        try
        {
            return compose();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
