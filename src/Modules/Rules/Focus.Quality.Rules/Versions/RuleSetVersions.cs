using Focus.Quality.Rules.Persistence;
using Focus.Quality.Rules.Validation;
using Focus.Quality.Rules.Workflows;
using Focus.Quality.Shared.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Focus.Quality.Rules.Versions;

internal sealed record SavedVersion(int Number, bool IsValid, IReadOnlyList<RuleProblem> Problems);

/// <summary>A version without its content, for overviews.</summary>
internal sealed record VersionHeader(RuleSetKind Kind, int Number, RuleSetState State, string Author, DateTimeOffset CreatedAt, string? PublishedBy, DateTimeOffset? PublishedAt);

/// <summary>
/// The version history of every rule set: drafts are saved whatever their state, only a valid draft is published, and
/// publishing swaps the compiled rules in one step. The database copy is the live one.
/// </summary>
internal sealed class RuleSetVersions(RulesDbContext db, RuleBook book, TimeProvider clock, ILogger<RuleSetVersions> logger)
{
    public const int MaxContentLength = 1_000_000;

    public Task<List<RuleSetVersion>> HistoryAsync(RuleSetKind kind, CancellationToken cancellationToken) =>
        db.Versions.AsNoTracking().Where(v => v.Kind == kind).OrderByDescending(v => v.Number).ToListAsync(cancellationToken);

    public Task<List<VersionHeader>> HeadersAsync(CancellationToken cancellationToken) =>
        db.Versions.AsNoTracking().OrderByDescending(v => v.Number)
            .Select(v => new VersionHeader(v.Kind, v.Number, v.State, v.Author, v.CreatedAt, v.PublishedBy, v.PublishedAt))
            .ToListAsync(cancellationToken);

    public Task<RuleSetVersion?> FindAsync(RuleSetKind kind, int number, CancellationToken cancellationToken) =>
        db.Versions.AsNoTracking().SingleOrDefaultAsync(v => v.Kind == kind && v.Number == number, cancellationToken);

    public Task<RuleSetVersion?> PublishedAsync(RuleSetKind kind, CancellationToken cancellationToken) =>
        db.Versions.AsNoTracking().SingleOrDefaultAsync(v => v.Kind == kind && v.State == RuleSetState.Published, cancellationToken);

    public async Task<Result<SavedVersion>> SaveDraftAsync(RuleSetKind kind, string content, string author, string? comment, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(comment))
        {
            return Result<SavedVersion>.Invalid("Comment", "Geef in een opmerking aan wat er verandert en waarom.");
        }

        if (content.Length > MaxContentLength)
        {
            return Result<SavedVersion>.Invalid("Content", "De regelset is te groot (maximaal 1 MB).");
        }

        var problems = RuleSetValidator.Validate(kind, content);
        var number = (await db.Versions.Where(v => v.Kind == kind).MaxAsync(v => (int?)v.Number, cancellationToken) ?? 0) + 1;
        db.Versions.Add(RuleSetVersion.Draft(kind, number, content, author, comment.Trim(), problems.Count == 0, clock.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return Result<SavedVersion>.Conflict("Iemand anders sloeg tegelijk een versie op. Probeer het opnieuw.");
        }

        return Result<SavedVersion>.Success(new SavedVersion(number, problems.Count == 0, problems));
    }

    public async Task<Result<int>> PublishAsync(RuleSetKind kind, int number, string by, string? comment, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(comment) || comment.Trim().Length > 1000)
        {
            return Result<int>.Invalid("Comment", "Schrijf bij het publiceren in hoogstens 1000 tekens wat er verandert en waarom.");
        }

        var draft = await db.Versions.SingleOrDefaultAsync(v => v.Kind == kind && v.Number == number, cancellationToken);
        if (draft is null)
        {
            return Result<int>.NotFound();
        }

        if (draft.State != RuleSetState.Draft)
        {
            return Result<int>.Conflict($"Alleen een concept kan worden gepubliceerd; {draft.Label} is al {(draft.State == RuleSetState.Published ? "gepubliceerd" : "vervangen")}.");
        }

        var problems = RuleSetValidator.Validate(kind, draft.Content);
        if (problems.Count > 0)
        {
            return Result<int>.Invalid(new Dictionary<string, string[]> { ["Content"] = [.. problems.Select(p => p.ToString())] });
        }

        var candidate = Candidate(book.Current, draft);
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            // Retire first and save, so the "one published per kind" index never sees two.
            var current = await db.Versions.SingleOrDefaultAsync(v => v.Kind == kind && v.State == RuleSetState.Published, cancellationToken);
            current?.Retire();
            await db.SaveChangesAsync(cancellationToken);
            draft.Publish(by, clock.GetUtcNow(), comment.Trim(), RuleSetChanges.Describe(kind, current?.Content, draft.Content));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        book.Use(candidate);
        logger.LogInformation("{Kind} {Version} published by {By}", kind, draft.Label, by);
        return Result<int>.Success(number);
    }

    /// <summary>What publishing <paramref name="number"/> would change against the published version, for the confirmation.</summary>
    public async Task<IReadOnlyList<string>> ChangesAsync(RuleSetKind kind, int number, CancellationToken cancellationToken)
    {
        var versions = await db.Versions.AsNoTracking()
            .Where(v => v.Kind == kind && (v.Number == number || v.State == RuleSetState.Published)).ToListAsync(cancellationToken);
        var draft = versions.Single(v => v.Number == number);
        return RuleSetChanges.Describe(kind, versions.FirstOrDefault(v => v.State == RuleSetState.Published)?.Content, draft.Content);
    }

    /// <summary>Every publication of every rule set, newest first: who, when, why and what changed.</summary>
    public async Task<IReadOnlyList<RuleSetVersion>> PublicationsAsync(CancellationToken cancellationToken) =>
        [.. (await db.Versions.AsNoTracking().Where(v => v.PublishedAt != null).ToListAsync(cancellationToken)).OrderByDescending(v => v.PublishedAt)];

    /// <summary>The published rules with a stored, valid version of <paramref name="kind"/> in its place (test bench, what-if).</summary>
    public async Task<Result<CompiledRules>> TryCandidateAsync(RuleSetKind kind, int number, CancellationToken cancellationToken)
    {
        var version = await FindAsync(kind, number, cancellationToken);
        if (version is null)
        {
            return Result<CompiledRules>.NotFound();
        }

        return version.IsValid
            ? Result<CompiledRules>.Success(Candidate(book.Current, version))
            : Result<CompiledRules>.Invalid("Number", $"{version.Label} bevat fouten; herstel die eerst.");
    }

    /// <summary>The published rules with one version (a draft, or an old one) in place of its kind's published version.</summary>
    public static CompiledRules Candidate(CompiledRules published, RuleSetVersion version)
    {
        var source = new RuleSetSource(version.Content, version.Label);
        return version.Kind == RuleSetKind.Workflow
            ? published.With(RuleSetKind.Workflow, source, CompiledWorkflow.Parse(version.Number, version.Content))
            : published.With(version.Kind, source);
    }

    /// <summary>Seeds every kind without history from its file under rules/, then loads what is published.</summary>
    public async Task InitializeAsync(string rulesDirectory, CancellationToken cancellationToken)
    {
        foreach (var kind in RuleSetKinds.All)
        {
            if (!await db.Versions.AnyAsync(v => v.Kind == kind, cancellationToken))
            {
                await SeedAsync(kind, rulesDirectory, cancellationToken);
            }
        }

        await LoadPublishedAsync(cancellationToken);
    }

    /// <summary>
    /// Loads what is published when it differs from what this instance uses: another instance on the same database may
    /// have published since. Reads only the published labels when nothing changed.
    /// </summary>
    public async Task<bool> LoadPublishedAsync(CancellationToken cancellationToken)
    {
        var labels = await db.Versions.AsNoTracking().Where(v => v.State == RuleSetState.Published)
            .Select(v => new { v.Kind, v.Number }).ToListAsync(cancellationToken);
        if (book.IsLoaded && labels.All(l => book.Current.Sources.TryGetValue(l.Kind, out var source) && source.Label == $"v{l.Number}"))
        {
            return false;
        }

        var published = await db.Versions.AsNoTracking().Where(v => v.State == RuleSetState.Published).ToListAsync(cancellationToken);
        var workflow = published.Single(v => v.Kind == RuleSetKind.Workflow);
        book.Use(new CompiledRules(
            published.ToDictionary(v => v.Kind, v => new RuleSetSource(v.Content, v.Label)), CompiledWorkflow.Parse(workflow.Number, workflow.Content)));
        return true;
    }

    private async Task SeedAsync(RuleSetKind kind, string rulesDirectory, CancellationToken cancellationToken)
    {
        var content = kind.IsLetter() ? Letters.LetterContent.Read(rulesDirectory, kind) : RuleFiles.Read(rulesDirectory, kind);
        var problems = RuleSetValidator.Validate(kind, content);
        if (problems.Count > 0)
        {
            throw new InvalidDataException($"rules/{kind.FileName()} cannot seed the database: {string.Join("; ", problems)}");
        }

        var author = $"rules/{kind.FileName()}";
        var version = RuleSetVersion.Draft(kind, 1, content, author, $"Startversie uit {author}", isValid: true, clock.GetUtcNow());
        version.Publish(author, clock.GetUtcNow(), version.Comment, RuleSetChanges.Describe(kind, null, content));
        db.Versions.Add(version);
        await db.SaveChangesAsync(cancellationToken);
    }
}
