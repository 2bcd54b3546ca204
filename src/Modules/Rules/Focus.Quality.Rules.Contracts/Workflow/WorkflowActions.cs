namespace Focus.Quality.Rules.Contracts.Workflow;

/// <summary>
/// The actions the modules implement in code. A workflow definition composes them with states, guards and terms; it
/// cannot invent new ones, so every transition a quality officer draws is one the application can carry out.
/// </summary>
public static class WorkflowActions
{
    public const string Acknowledge = "Acknowledge";
    public const string Respond = "Respond";
    public const string DeclareNotHandled = "DeclareNotHandled";
    public const string SubmitForReview = "SubmitForReview";
    public const string ApproveResponse = "ApproveResponse";
    public const string ReturnForRework = "ReturnForRework";
    public const string RegisterObjection = "RegisterObjection";
    public const string ConcludeObjection = "ConcludeObjection";
    public const string Close = "Close";

    public static readonly IReadOnlyList<string> All =
        [Acknowledge, Respond, DeclareNotHandled, SubmitForReview, ApproveResponse, ReturnForRework, RegisterObjection, ConcludeObjection, Close];

    /// <summary>Facts reported by another module or a job: the case follows them when the workflow allows, it cannot refuse them.</summary>
    public static readonly IReadOnlyList<string> Reported = [RegisterObjection, ConcludeObjection, Close];
}
