namespace Focus.Quality.Shared.Procedure;

/// <summary>Facts of the published procedure that change with people, not with code.</summary>
public sealed class ProcedureOptions
{
    public const string Section = "Procedure";

    /// <summary>The director who handles objections, named in the letters.</summary>
    public string DirectorName { get; set; } = "de directeur";

    /// <summary>Where a complainant sends an objection by post, stated in the letters that give the right to object.</summary>
    public string DirectorPostalAddress { get; set; } = string.Empty;

    /// <summary>Where a complainant sends an objection by e-mail, stated next to the postal address.</summary>
    public string DirectorEmail { get; set; } = string.Empty;
}
