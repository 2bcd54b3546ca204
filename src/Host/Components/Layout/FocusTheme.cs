using MudBlazor;

namespace Focus.Quality.Host.Components.Layout;

/// <summary>The staff screens' colours.</summary>
internal static class FocusTheme
{
    /// <summary>
    /// MudBlazor's own info, success, warning and error colours carry white text at 2.2 to 3.7:1, and are as faint as text
    /// on white; these darker shades reach at least 5:1 both ways (WCAG 1.4.3 asks 4.5:1).
    /// </summary>
    public static readonly MudTheme Light = new()
    {
        PaletteLight = new PaletteLight
        {
            Info = "#1565c0",
            Success = "#2e7d32",
            Warning = "#a84d00",
            Error = "#c62828",
        },
    };
}
