namespace Focus.Quality.Objections.Resources;

/// <summary>Marker for the Objections module's texts (ObjectionsText.resx is Dutch, ObjectionsText.en.resx English).</summary>
internal sealed class ObjectionsText;
