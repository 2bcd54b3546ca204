namespace Focus.Quality.Handling.Resources;

/// <summary>Marker for the Handling module's texts (HandlingText.resx is Dutch, HandlingText.en.resx English).</summary>
internal sealed class HandlingText;
