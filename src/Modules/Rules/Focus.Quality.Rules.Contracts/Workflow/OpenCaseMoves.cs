namespace Focus.Quality.Rules.Contracts.Workflow;

/// <summary>Which open cases move from one workflow version to a newer one, and where each old state goes.</summary>
/// <param name="StateMap">Old state id → state id in <paramref name="ToVersion"/>; a case whose state is not here stays where it is.</param>
/// <param name="References">The cases to move; null for every open case on <paramref name="FromVersion"/>.</param>
public sealed record CaseMoveRequest(int FromVersion, int ToVersion, IReadOnlyDictionary<string, string> StateMap, IReadOnlyCollection<string>? References);

/// <summary>Why a case is left on its version.</summary>
public enum CaseMoveProblem
{
    None,

    /// <summary>The case's state has no state in the new version.</summary>
    StateNotMapped,

    /// <summary>An open term of the case could no longer be ended: no step ahead of the new state ends it (the detail is the term's code).</summary>
    TermWouldVanish,

    /// <summary>Someone acted on the case while it was being moved, or it left the old version since the dry run.</summary>
    ChangedMeanwhile,
}

/// <summary>What moving one case does (dry run) or did (applied): never a step redone, nothing of the case lost.</summary>
/// <param name="ActionsGained">Steps possible in the new state that were not in the old one (for the handler or a second reader).</param>
/// <param name="ActionsLost">Steps possible before that no longer are.</param>
/// <param name="TermsStarting">Codes of terms the new state starts on entry that the case does not have yet.</param>
/// <param name="TermsVanishing">Codes of open terms nothing ahead of the new state can end; any makes the move unsafe.</param>
/// <param name="ProblemDetail">The state id or term code the problem is about.</param>
public sealed record CaseMovePlan(
    string Reference,
    string FromState,
    string? ToState,
    IReadOnlyList<string> ActionsGained,
    IReadOnlyList<string> ActionsLost,
    IReadOnlyList<string> TermsStarting,
    IReadOnlyList<string> TermsVanishing,
    CaseMoveProblem Problem,
    string? ProblemDetail,
    bool Moved)
{
    public bool IsSafe => Problem == CaseMoveProblem.None;
}

/// <summary>How many open cases run on a workflow version.</summary>
public sealed record OpenCasesOnVersion(int Version, int Count);

/// <summary>
/// Implemented by the module that owns the cases (Handling): the workflow screen moves open cases to a new version only
/// through this, never by reading or writing another module's schema.
/// </summary>
public interface IOpenCaseMoves
{
    Task<IReadOnlyList<OpenCasesOnVersion>> CountAsync(CancellationToken cancellationToken);

    /// <summary>What would happen to each case; nothing is changed.</summary>
    Task<IReadOnlyList<CaseMovePlan>> DryRunAsync(CaseMoveRequest request, CancellationToken cancellationToken);

    /// <summary>Moves every safe case, each on its own (a case changed meanwhile stays), and records the move or the reason on its timeline.</summary>
    Task<IReadOnlyList<CaseMovePlan>> ApplyAsync(CaseMoveRequest request, string by, CancellationToken cancellationToken);
}
