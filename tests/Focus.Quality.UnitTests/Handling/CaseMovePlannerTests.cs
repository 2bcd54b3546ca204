using System.Text.Json.Nodes;
using Focus.Quality.Handling.Contracts;
using Focus.Quality.Handling.Domain;
using Focus.Quality.Handling.MoveToVersion;
using Focus.Quality.Handling.Resources;
using Focus.Quality.Handling.Workflow;
using Focus.Quality.Intake.Contracts;
using Focus.Quality.Rules;
using Focus.Quality.Rules.Contracts;
using Focus.Quality.Rules.Contracts.Workflow;
using Focus.Quality.Rules.Versions;
using Focus.Quality.Rules.Workflows;
using Focus.Quality.UnitTests.Rules;
using Microsoft.Extensions.Time.Testing;

namespace Focus.Quality.UnitTests.Handling;

public sealed class CaseMovePlannerTests
{
    private static readonly DateTimeOffset Received = new(2026, 11, 20, 10, 0, 0, TimeSpan.FromHours(1));

    private static readonly CompiledWorkflow Old = CompiledWorkflow.Parse(1, RuleFiles.Read(Path.Combine(AppContext.BaseDirectory, "rules"), RuleSetKind.Workflow));

    /// <summary>Version 2: a review state (a second reader approves) whose entry starts a review term.</summary>
    private static readonly CompiledWorkflow New = CompiledWorkflow.Parse(2, WithReviewTerm());

    private readonly CaseMovePlanner _planner;

    public CaseMovePlannerTests()
    {
        var workflow = new TwoVersions();
        var clock = new FakeTimeProvider(Received.AddDays(3));
        _planner = new CaseMovePlanner(workflow, new CaseWorkflow(workflow, Localizers.For<HandlingText>(), clock), new ReviewTerms(), clock);
    }

    [Fact]
    public async Task A_mapped_state_gives_the_new_state_the_steps_gained_and_lost_and_the_terms_its_entry_starts()
    {
        var planned = await PlanAsync(NewCase(), new() { ["Registered"] = "Review" });

        Assert.True(planned.Plan.IsSafe);
        Assert.Equal("Review", planned.Plan.ToState);
        Assert.Equal(["ApproveResponse"], planned.Plan.ActionsGained);
        Assert.Equal(["Acknowledge", "DeclareNotHandled", "Respond"], planned.Plan.ActionsLost);
        Assert.Equal(["ReviewDeadline"], planned.Plan.TermsStarting);
        Assert.Empty(planned.Plan.TermsVanishing);
    }

    [Fact]
    public async Task A_state_without_a_mapping_or_mapped_to_a_state_the_new_version_lacks_leaves_the_case_where_it_is()
    {
        var unmapped = await PlanAsync(NewCase(), []);
        var unknown = await PlanAsync(NewCase(), new() { ["Registered"] = "Nowhere" });

        Assert.Equal((CaseMoveProblem.StateNotMapped, "Registered", null), (unmapped.Plan.Problem, unmapped.Plan.ProblemDetail, unmapped.Plan.ToState));
        Assert.Equal(CaseMoveProblem.StateNotMapped, unknown.Plan.Problem);
    }

    [Fact]
    public async Task A_state_past_every_step_that_ends_an_open_term_is_unsafe_and_names_the_term()
    {
        var planned = await PlanAsync(NewCase(), new() { ["Registered"] = "InObjection" });

        Assert.False(planned.Plan.IsSafe);
        Assert.Equal(CaseMoveProblem.TermWouldVanish, planned.Plan.Problem);
        Assert.Equal([TermCodes.Response, TermCodes.Acknowledgement], planned.Plan.TermsVanishing);
    }

    [Fact]
    public async Task A_completed_term_does_not_hold_a_case_back()
    {
        var @case = NewCase();
        @case.Acknowledge(AcknowledgementMethod.Phone, Received.AddDays(1), "behandelaar", null, Received.AddDays(1));

        var planned = await PlanAsync(@case, new() { ["Registered"] = "InObjection" });

        Assert.Equal([TermCodes.Response], planned.Plan.TermsVanishing);
    }

    private async Task<PlannedMove> PlanAsync(Case @case, Dictionary<string, string> map)
    {
        var request = new CaseMoveRequest(1, 2, map, null);
        return await _planner.PlanAsync(@case, request, await _planner.StatesAsync(request, CancellationToken.None), CancellationToken.None);
    }

    private static Case NewCase() => Case.Open(
        new ComplaintRegistered(Guid.NewGuid(), Received, Guid.NewGuid(), "KL-2026-00009", ComplaintChannel.Phone, ComplaintCategory.Other,
            Received, "Jan Jansen", ContactPreference.Phone, "behandelaar"),
        new WorkflowStart(new WorkflowPin(1, "Registered"), WorkflowStateCategory.Open, null),
        [Term(TermCodes.Response, new DateOnly(2026, 12, 18)), Term(TermCodes.Acknowledgement, new DateOnly(2026, 11, 27))]);

    private static ComputedTerm Term(string code, DateOnly due) =>
        new(code, code + "Rule", new DateOnly(2026, 11, 20), due, due.AddDays(-2), TermUnit.WorkingDays, 5, false, ExtensionDays.WorkingDayCalendar, [], "v1");

    private static string WithReviewTerm()
    {
        var definition = JsonNode.Parse(ComplaintWorkflowTests.WithReview())!;
        definition["states"]!.AsArray().Single(s => (string)s!["id"]! == "Review")!["entryTrigger"] = "ReviewStarted";
        definition["transitions"]!.AsArray().Single(t => (string)t!["action"]! == "ApproveResponse")!["guard"] = "!input.ActorIsHandler";
        return definition.ToJsonString();
    }

    /// <summary>The two versions as the Rules module would serve them.</summary>
    private sealed class TwoVersions : IComplaintWorkflow
    {
        public Task<WorkflowStart> StartAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

        public async Task<IReadOnlyList<string>> PermittedActionsAsync(WorkflowPin pin, WorkflowGuardInput input, CancellationToken cancellationToken) =>
            await Of(pin.Version).PermittedAsync(pin.State, input);

        public Task<WorkflowMove?> TryMoveAsync(WorkflowPin pin, string action, WorkflowGuardInput input, CancellationToken cancellationToken) =>
            Task.FromResult(Of(pin.Version).TryMove(pin.State, action, input));

        public Task<IReadOnlyList<WorkflowStateLabel>> StatesAsync(int version, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<WorkflowStateLabel>>([.. Of(version).Definition.States.Select(s => new WorkflowStateLabel(s.Id, s.Label, s.Category, s.EntryTrigger))]);

        public Task<IReadOnlySet<string>> ActionsAheadAsync(WorkflowPin pin, CancellationToken cancellationToken) => Task.FromResult(Of(pin.Version).ActionsAhead(pin.State));

        public Task<string> DefinitionJsonAsync(int version, CancellationToken cancellationToken) => Task.FromResult(Of(version).Json);

        private static CompiledWorkflow Of(int version) => version == 1 ? Old : New;
    }

    /// <summary>Term rules that start one review term on "ReviewStarted" and nothing else.</summary>
    private sealed class ReviewTerms : ITermRules
    {
        public Task<IReadOnlyList<ComputedTerm>> ComputeAsync(TermRequest request, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<ComputedTerm>>(request.Trigger == "ReviewStarted" ? [Term("ReviewDeadline", new DateOnly(2026, 11, 30))] : []);
    }
}
