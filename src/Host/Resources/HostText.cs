namespace Focus.Quality.Host.Resources;

/// <summary>Marker for the shell's texts (HostText.resx is Dutch, HostText.en.resx English).</summary>
internal sealed class HostText;
