using Focus.Quality.Rules.Contracts;
using Focus.Quality.Rules.Versions;
using Focus.Quality.Shared.Results;

namespace Focus.Quality.Rules.TryOut;

internal sealed class WhatIfFilter
{
    public bool OpenOnly { get; set; } = true;

    public DateOnly? ReceivedFrom { get; set; }

    public DateOnly? ReceivedTo { get; set; }

    public int Max { get; set; } = 200;
}

/// <summary>One term of one case, by its Dutch name: its due date under the published rules and under the draft (null where a rule gives none).</summary>
internal sealed record TermDifference(string Code, DateOnly? Published, DateOnly? Draft);

internal sealed record WhatIfCase(string Reference, string Status, IReadOnlyList<TermDifference> Terms, IReadOnlyList<string> AdvicePublished, IReadOnlyList<string> AdviceDraft);

/// <param name="Changed">Only the cases where something differs.</param>
internal sealed record WhatIfResult(string PublishedVersion, string DraftVersion, int Compared, IReadOnlyList<WhatIfCase> Changed);

/// <summary>
/// Runs a draft and the published rules side by side over existing cases and lists what would differ: the terms a case
/// would get if it arrived now with the same dates, and the admissibility advice. Publishing never moves the stored terms.
/// </summary>
internal sealed class WhatIfQuery(RuleSetVersions versions, RuleBook book, IRuleSubjects subjects)
{
    public const int MaxCases = 2000;

    public async Task<Result<WhatIfResult>> RunAsync(RuleSetKind kind, int number, WhatIfFilter filter, CancellationToken cancellationToken)
    {
        if (filter.Max is < 1 or > MaxCases)
        {
            return Result<WhatIfResult>.Invalid(nameof(filter.Max), $"Kies 1 tot {MaxCases} zaken.");
        }

        if (kind == RuleSetKind.Workflow)
        {
            return Result<WhatIfResult>.Invalid(nameof(kind), "Een nieuwe werkwijze geldt alleen voor nieuwe zaken; lopende zaken blijven op hun versie.");
        }

        var candidate = await versions.TryCandidateAsync(kind, number, cancellationToken);
        if (!candidate.IsSuccess)
        {
            return candidate.Status == ResultStatus.NotFound ? Result<WhatIfResult>.NotFound() : Result<WhatIfResult>.Invalid(new Dictionary<string, string[]>(candidate.Errors));
        }

        var published = book.Current;
        var draft = candidate.Value!;
        var cases = await subjects.FindAsync(new RuleSubjectFilter(filter.OpenOnly, filter.ReceivedFrom, filter.ReceivedTo, filter.Max), cancellationToken);
        var changed = new List<WhatIfCase>();
        foreach (var subject in cases)
        {
            var request = new TermRequest(TermTriggers.ComplaintReceived, subject.ReceivedAt, subject.Channel, subject.Category);
            var termsNow = await published.Terms.ComputeAsync(request, cancellationToken);
            var termsDraft = await draft.Terms.ComputeAsync(request, cancellationToken);
            var adviceNow = (await published.Admissibility.AdviseAsync(subject.Facts, cancellationToken)).Select(a => published.Words.Rule(a.RuleName)).ToList();
            var adviceDraft = (await draft.Admissibility.AdviseAsync(subject.Facts, cancellationToken)).Select(a => draft.Words.Rule(a.RuleName)).ToList();
            var terms = termsNow.Select(t => t.Code).Union(termsDraft.Select(t => t.Code))
                .Select(code => new TermDifference(draft.Words.Term(code), termsNow.FirstOrDefault(t => t.Code == code)?.DueDate, termsDraft.FirstOrDefault(t => t.Code == code)?.DueDate))
                .Where(d => d.Published != d.Draft)
                .ToList();
            if (terms.Count > 0 || !adviceNow.SequenceEqual(adviceDraft))
            {
                changed.Add(new WhatIfCase(subject.Reference, subject.Status, terms, adviceNow, adviceDraft));
            }
        }

        return Result<WhatIfResult>.Success(new WhatIfResult(published.Snapshot.Version, draft.Snapshot.Version, cases.Count, changed));
    }
}
