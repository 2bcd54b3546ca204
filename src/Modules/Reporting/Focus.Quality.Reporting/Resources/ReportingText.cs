namespace Focus.Quality.Reporting.Resources;

/// <summary>Marker for the Reporting module's texts (ReportingText.resx is Dutch, ReportingText.en.resx English).</summary>
internal sealed class ReportingText;
