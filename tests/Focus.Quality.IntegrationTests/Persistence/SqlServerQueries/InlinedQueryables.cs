using System.Linq.Expressions;

namespace Focus.Quality.IntegrationTests.Persistence.SqlServerQueries;

/// <summary>
/// Replaces a DbSet or query captured in a closure (a subquery over another table) by its own expression while its
/// context is alive, so that the recorded query no longer needs that context to be compiled again.
/// </summary>
internal sealed class InlinedQueryables : ExpressionVisitor
{
    protected override Expression VisitConstant(ConstantExpression node) =>
        node.Value is IQueryable { Expression: not ConstantExpression } query ? Visit(query.Expression) : node;

    protected override Expression VisitMember(MemberExpression node) =>
        typeof(IQueryable).IsAssignableFrom(node.Type) && IsClosureValue(node)
        && Expression.Lambda<Func<object?>>(Expression.Convert(node, typeof(object))).Compile()() is IQueryable query
            ? Visit(query.Expression)
            : base.VisitMember(node);

    private static bool IsClosureValue(Expression? node) => node switch
    {
        null or ConstantExpression => true,
        MemberExpression member => IsClosureValue(member.Expression),
        _ => false,
    };
}
