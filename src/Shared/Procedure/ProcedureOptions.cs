namespace Focus.Quality.Shared.Procedure;

/// <summary>Facts of the published procedure that change with people, not with code.</summary>
public sealed class ProcedureOptions
{
    public const string Section = "Procedure";

    /// <summary>The director who handles objections, named in the letters.</summary>
    public string DirectorName { get; set; } = "de directeur";
}
