namespace Focus.Quality.Host.Components.Layout;

/// <summary>The application shell for a page marked <see cref="Shared.Screens.WithoutOverlaysAttribute"/>.</summary>
internal sealed class LayoutWithoutOverlays : MainLayout
{
    protected override bool WithOverlays => false;
}
