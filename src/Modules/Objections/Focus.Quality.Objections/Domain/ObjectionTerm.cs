using Focus.Quality.Rules.Contracts;

namespace Focus.Quality.Objections.Domain;

/// <summary>A term of an objection: the hearing invitation, or the definitive decision after a waiver.</summary>
internal sealed class ObjectionTerm : TrackedTerm
{
    public static ObjectionTerm From(ComputedTerm term) => From<ObjectionTerm>(term);
}
