using System.Globalization;

namespace Focus.Quality.Intake.Contracts;

/// <summary>A complainant's Dutch postal address, for letters that go by post; the postcode is stored as "1234 AB".</summary>
public sealed record PostalAddress(string StreetAndNumber, string Postcode, string City)
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>
    /// The address block under the name in a letter, as PostNL asks for it: street and number, then postcode and town on
    /// one line with two spaces between them and the town in capitals.
    /// </summary>
    public string LetterLines() => $"{StreetAndNumber}\n{Postcode}  {City.ToUpper(Dutch)}";

    /// <summary>The address on one line, as people write it in a sentence.</summary>
    public string OneLine() => $"{StreetAndNumber}, {Postcode} {City}";
}
