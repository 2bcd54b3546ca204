using System.Security.Claims;
using System.Text;
using Focus.Quality.Rules.TryOut;
using Focus.Quality.Rules.Versions;
using Focus.Quality.Shared.Results;
using Focus.Quality.Shared.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Focus.Quality.Rules.Api;

internal sealed record DraftRequest(string? Content, string? Comment);

internal sealed record PublishRequest(string? Comment);

internal sealed record VersionSummary(
    string Kind, int Number, string State, string Author, DateTimeOffset CreatedAt, string Comment, bool IsValid, string? PublishedBy, DateTimeOffset? PublishedAt)
{
    public static VersionSummary From(RuleSetVersion v) =>
        new(v.Kind.Slug(), v.Number, v.State.ToString(), v.Author, v.CreatedAt, v.Comment, v.IsValid, v.PublishedBy, v.PublishedAt);
}

internal sealed record VersionDetail(VersionSummary Version, string Content, IReadOnlyList<string> Problems);

/// <summary>/api/rules: the quality officer's rule sets, calendar and workflow as versions; the screens use the same services.</summary>
internal static class RulesEndpoints
{
    public static IEndpointRouteBuilder MapRulesEndpoints(this IEndpointRouteBuilder api)
    {
        var rules = api.MapGroup("/rules").RequireAuthorization(AppPolicies.Rules).WithTags("Rules");
        rules.MapGet("/{kind}/versions", HistoryAsync).WithSummary("The version history of a rule set (terms, admissibility, objections, calendar, workflow).");
        rules.MapGet("/{kind}/versions/{number:int}", GetAsync).WithSummary("One version with its content and what validation finds wrong with it.");
        rules.MapPost("/{kind}/versions", SaveAsync).WithSummary("Saves a new draft version; an invalid draft is kept but can never be published.");
        rules.MapPost("/{kind}/versions/{number:int}/publish", PublishAsync).WithSummary("Publishes a valid draft with a required comment (why); new cases use it, existing terms keep their version.");
        rules.MapGet("/{kind}/versions/{number:int}/export", ExportAsync).WithSummary("The version as a JSON file in the format of rules/.");
        rules.MapPost("/{kind}/import", ImportAsync).DisableAntiforgery().WithSummary("A JSON file (format of rules/) becomes a new draft.");
        rules.MapPost("/{kind}/versions/{number:int}/what-if", WhatIfAsync).WithSummary("What would change for existing cases (terms, advice) under this version.");
        rules.MapPost("/test-bench", (TestBenchRequest request, TermTestBench bench, CancellationToken ct) => RunBenchAsync(request, bench, ct))
            .WithSummary("Every term a start date produces, with the days it skipped, under the published rules or a draft.");
        return api;
    }

    /// <summary>The editors' English addresses of before (bookmarks, links in mails) lead to their Dutch ones.</summary>
    public static IEndpointRouteBuilder MapOldRuleAddresses(this IEndpointRouteBuilder app)
    {
        app.MapGet("/regels/{old:regex(^(terms|admissibility|objections|calendar)$)}", (string old) => Results.LocalRedirect(RuleSetKinds.FromSlug(old)!.Value.Editor(), permanent: true))
            .AllowAnonymous() // only an address; the page it leads to asks for the quality officer
            .ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> HistoryAsync(string kind, RuleSetVersions versions, CancellationToken ct) =>
        RuleSetKinds.FromSlug(kind) is { } k ? TypedResults.Ok((await versions.HistoryAsync(k, ct)).Select(VersionSummary.From)) : TypedResults.NotFound();

    private static async Task<IResult> GetAsync(string kind, int number, RuleSetVersions versions, CancellationToken ct) =>
        RuleSetKinds.FromSlug(kind) is { } k && await versions.FindAsync(k, number, ct) is { } version
            ? TypedResults.Ok(new VersionDetail(VersionSummary.From(version), version.Content, [.. Validation.RuleSetValidator.Validate(k, version.Content).Select(p => p.ToString())]))
            : TypedResults.NotFound();

    private static async Task<IResult> SaveAsync(string kind, DraftRequest request, ClaimsPrincipal user, RuleSetVersions versions, CancellationToken ct) =>
        RuleSetKinds.FromSlug(kind) is { } k
            ? (await versions.SaveDraftAsync(k, request.Content ?? string.Empty, user.Identity!.Name!, request.Comment, ct)).ToHttpResult(saved => TypedResults.Ok(saved))
            : TypedResults.NotFound();

    private static async Task<IResult> PublishAsync(string kind, int number, PublishRequest? request, ClaimsPrincipal user, RuleSetVersions versions, CancellationToken ct) =>
        RuleSetKinds.FromSlug(kind) is { } k
            ? (await versions.PublishAsync(k, number, user.Identity!.Name!, request?.Comment, ct)).ToHttpResult(published => TypedResults.Ok(new { number = published }))
            : TypedResults.NotFound();

    private static async Task<IResult> ExportAsync(string kind, int number, RuleSetVersions versions, CancellationToken ct) =>
        RuleSetKinds.FromSlug(kind) is { } k && await versions.FindAsync(k, number, ct) is { } version
            ? TypedResults.File(Encoding.UTF8.GetBytes(version.Content), "application/json", RuleSetFiles.ExportName(version))
            : TypedResults.NotFound();

    private static async Task<IResult> ImportAsync(string kind, IFormFile file, ClaimsPrincipal user, RuleSetVersions versions, CancellationToken ct)
    {
        if (RuleSetKinds.FromSlug(kind) is not { } k)
        {
            return TypedResults.NotFound();
        }

        var content = await RuleSetFiles.ReadAsync(file, ct);
        return content.IsSuccess
            ? (await versions.SaveDraftAsync(k, content.Value!, user.Identity!.Name!, $"Geïmporteerd uit {file.FileName}", ct)).ToHttpResult(saved => TypedResults.Ok(saved))
            : content.ToHttpResult(_ => TypedResults.Ok());
    }

    private static async Task<IResult> WhatIfAsync(string kind, int number, WhatIfFilter filter, WhatIfQuery query, CancellationToken ct) =>
        RuleSetKinds.FromSlug(kind) is { } k ? (await query.RunAsync(k, number, filter, ct)).ToHttpResult(result => TypedResults.Ok(result)) : TypedResults.NotFound();

    private static async Task<IResult> RunBenchAsync(TestBenchRequest request, TermTestBench bench, CancellationToken ct) =>
        (await bench.RunAsync(request, ct)).ToHttpResult(result => TypedResults.Ok(result));
}
