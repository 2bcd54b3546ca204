namespace Focus.Quality.Rules.Resources;

/// <summary>Marker for the Rules module's texts (RulesText.resx is Dutch, RulesText.en.resx English).</summary>
internal sealed class RulesText;
