namespace Focus.Quality.Shared.Screens;

/// <summary>
/// A staff page that opens no MudBlazor dialog, popover (list, menu, tooltip, picker) or message: its layout leaves out
/// MudBlazor's providers for those, which every open screen's circuit would otherwise keep (issue 21).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class WithoutOverlaysAttribute : Attribute;
