using MudBlazor;

namespace Focus.Quality.Handling.CaseFile;

/// <summary>One colour per term state, the same on the worklist and the case page.</summary>
internal static class TermStateStyle
{
    public static Color Color(TermState state) => state switch
    {
        TermState.Overdue or TermState.Late => MudBlazor.Color.Error,
        TermState.DueSoon or TermState.NeedsDate => MudBlazor.Color.Warning,
        TermState.Met => MudBlazor.Color.Success,
        _ => MudBlazor.Color.Default,
    };
}
